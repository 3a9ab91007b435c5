/** The format stage: one Article (or a no-article outcome) -> the text of one output record. */
import type { Article } from '../types.js';
import { noArticleRecord, orderArticle, toJson, toJsonLine } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatText } from './text.js';

export const OUTPUT_FORMATS = ['json', 'jsonl', 'text', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The record for one article, without a trailing newline. */
export function formatArticle(article: Article, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return toJson(orderArticle(article));
    case 'jsonl':
      return toJsonLine(orderArticle(article));
    case 'text':
      return formatText(article);
    case 'markdown':
      return formatMarkdown(article);
  }
}

/**
 * The record for an input that gave no article (unreadable, or nothing found), so batch
 * output keeps one record per input. Text formats print nothing: the stderr line says it.
 * Returns null when the format has no record to print.
 */
export function formatNoArticle(
  input: string | null,
  code: string,
  message: string,
  format: OutputFormat = 'jsonl',
  fields: Partial<Article> = {},
): string | null {
  const record = noArticleRecord(input, code, message, fields);
  if (format === 'json') return toJson(record);
  if (format === 'jsonl') return toJsonLine(record);
  return null;
}

/** What goes between two records when several inputs are printed in one format. */
export function recordSeparator(format: OutputFormat): string {
  if (format === 'markdown') return '\n---\n\n';
  if (format === 'text') return '\n';
  return '';
}
