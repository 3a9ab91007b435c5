/**
 * The article pith prints: the kept blocks as paragraphs, and the metadata beside them.
 */
import type { Article, Block, PageType } from '../types.js';
import { guessLanguage } from '../metadata/text/language.js';

export function buildBody(blocks: readonly Block[], keep: (index: number) => boolean): string {
  return blocks
    .filter((b) => keep(b.index))
    .map((b) => b.text)
    .join('\n\n');
}

/** Words as the benchmark counts them: runs of letters, digits and underscores. */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}_]+/gu) ?? []).length;
}

const WORD = /[\p{L}\p{N}_]+/gu;

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

export function buildArticle(inputName: string | null, fields: ArticleFields, body: string, pageType: PageType | null): Article {
  return {
    input: inputName,
    ...fields,
    pageType,
    lang: fields.lang ?? guessLanguage(body),
    body,
    wordCount: countWords(body),
  };
}
