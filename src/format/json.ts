/**
 * JSON and JSON Lines records. Keys are written in the order of the `Article` type, whatever
 * order the pipeline built the object in, so output diffs and `jq` views stay stable.
 */
import type { Article } from '../types.js';

/** The `Article` keys in declaration order (types.ts). Kept in sync by the `satisfies` check. */
export const ARTICLE_KEYS = [
  'input',
  'title',
  'date',
  'modified',
  'author',
  'description',
  'section',
  'source',
  'site',
  'lang',
  'url',
  'sourceUrl',
  'pageType',
  'body',
  'wordCount',
] as const satisfies readonly (keyof Article)[];

// Compile-time check that no Article key is missing from the list above.
type MissingKeys = Exclude<keyof Article, (typeof ARTICLE_KEYS)[number]>;
const noMissingKeys: MissingKeys extends never ? true : never = true;
void noMissingKeys;

/** A copy of the article with keys in type order; absent values become null (body '' and 0). */
export function orderArticle(article: Article): Article {
  const out: Record<string, unknown> = {};
  for (const key of ARTICLE_KEYS) {
    const value = article[key];
    out[key] = value === undefined ? emptyValue(key) : value;
  }
  return out as unknown as Article;
}

/** The record for an input with no article: every article key (null when unknown) plus `error`. */
export interface NoArticleRecord extends Article {
  error: { code: string; message: string };
}

export function noArticleRecord(input: string | null, code: string, message: string, fields: Partial<Article> = {}): NoArticleRecord {
  const empty = {} as Record<string, unknown>;
  for (const key of ARTICLE_KEYS) empty[key] = fields[key] ?? emptyValue(key);
  empty.input = input;
  return { ...(empty as unknown as Article), error: { code, message } };
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

export function toJsonLine(value: unknown): string {
  // JSON.stringify never emits a raw newline, so one record is always one line.
  return JSON.stringify(value);
}

function emptyValue(key: keyof Article): null | string | number {
  if (key === 'body') return '';
  if (key === 'wordCount') return 0;
  return null;
}
