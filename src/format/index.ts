/** The format stage: one Article (or a no-article outcome) -> the text of one output record. */
import type { Article, BodyBlock } from '../types.js';
import { noArticleRecord, orderArticle, toJson, toJsonLine } from './json.js';
import { blockRecord } from './blocks.js';
import { formatMarkdown } from './markdown.js';
import { formatText } from './text.js';

export const OUTPUT_FORMATS = ['json', 'jsonl', 'text', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface FormatOptions {
  /** The body's structure (ExtractResult.bodyBlocks): drawn by Markdown and text. */
  structure?: readonly BodyBlock[];
  /** JSON formats: add it to the record as `blocks` (`--blocks`). */
  withBlocks?: boolean;
}

/** The record for one article, without a trailing newline. */
export function formatArticle(article: Article, format: OutputFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'json':
      return toJson(jsonRecord(article, options));
    case 'jsonl':
      return toJsonLine(jsonRecord(article, options));
    case 'text':
      return formatText(article, options.structure);
    case 'markdown':
      return formatMarkdown(article, options.structure);
  }
}

/** The article's keys in order, then (`--blocks`) the body as `[{kind, level, text}]`. */
export function jsonRecord(article: Article, options: FormatOptions = {}): Record<string, unknown> {
  const record = orderArticle(article) as unknown as Record<string, unknown>;
  if (options.withBlocks) record.blocks = (options.structure ?? []).map(blockRecord);
  return record;
}

export { blockRecord } from './blocks.js';

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
