/**
 * The article pith prints: the kept blocks as paragraphs, and the metadata beside them.
 */
import type { Article, Block } from '../types.js';
import type { TextMetadata } from '../metadata/text/text-metadata.js';
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

export function buildArticle(inputName: string | null, meta: Omit<TextMetadata, 'taken'>, body: string): Article {
  return {
    input: inputName,
    title: meta.title,
    date: meta.date,
    author: meta.author,
    description: meta.description,
    section: meta.section,
    source: meta.source,
    site: null,
    lang: guessLanguage(body),
    url: null,
    body,
    wordCount: countWords(body),
  };
}
