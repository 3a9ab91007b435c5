/**
 * The article pith prints: the kept blocks as paragraphs, and the metadata beside them.
 */
import type { Article, PageType } from '../types.js';
import { guessLanguage } from '../metadata/text/language.js';
import { hasCjk, sizeOf } from '../rules/features.js';
import { eachWordRun } from '../rules/letter-runs.js';

/** Runs of letters, digits and underscores: words as the benchmark counts them. */
const WORD = /[\p{L}\p{N}_]+/gu;

/** The words of a text, as the benchmark counts them. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** How many words the text has, counted without making a list of them (a body can be long). */
export function countWords(text: string): number {
  let n = 0;
  eachWordRun(text, () => void n++);
  return n;
}

/**
 * Whether the text is at least `n` words in size (rules/features sizeOf: Chinese and Japanese,
 * written without spaces, count by characters), reading no further than needed otherwise.
 */
export function hasSize(text: string, n: number): boolean {
  return hasCjk(text) ? sizeOf(text) >= n : hasWords(text, n);
}

/** Whether the text has at least `n` words, reading no further than the n-th. */
export function hasWords(text: string, n: number): boolean {
  WORD.lastIndex = 0;
  let seen = 0;
  while (seen < n && WORD.exec(text) !== null) seen++;
  return seen >= n;
}

/** The metadata an article carries, whichever front door found it. */
export type ArticleFields = Pick<
  Article,
  'title' | 'date' | 'modified' | 'author' | 'description' | 'section' | 'source' | 'site' | 'lang' | 'url'
>;

/**
 * `wordCount`: the body's words (countWords), when the caller has them counted already (the
 * pipeline sums its blocks' counts: a body is blocks joined by blank lines, and no word runs
 * across one).
 */
export function buildArticle(inputName: string | null, fields: ArticleFields, body: string, pageType: PageType | null, sourceUrl: string | null = null, wordCount = countWords(body)): Article {
  return {
    input: inputName,
    ...fields,
    sourceUrl,
    pageType,
    lang: fields.lang ?? guessLanguage(body),
    body,
    wordCount,
  };
}
