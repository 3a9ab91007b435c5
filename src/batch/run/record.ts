/**
 * One input's outcome -> its output record. Same keys, in the same order, as a single-file
 * run's record (orderArticle / noArticleRecord), so batch output and `pith page.html` agree;
 * batch adds only `extra` (fields the dump carried), last, and only when there are any.
 */
import { noArticleRecord, orderArticle, toJson, toJsonLine } from '../../format/json.js';
import { blockRecord } from '../../format/blocks.js';
import { formatMarkdown } from '../../format/markdown.js';
import { formatText } from '../../format/text.js';
import type { ExtractResult } from '../../types.js';
import type { PageResult, RecordMeta } from './types.js';

/** A failure that is not a page property (unreadable, too large, a worker crash). */
export interface ErrorOutcome {
  code: string;
  message: string;
}

export type Outcome = { result: ExtractResult } | { error: ErrorOutcome };

export function buildRecord(meta: RecordMeta, outcome: Outcome): Record<string, unknown> {
  const render = meta.render ?? {};
  let record: Record<string, unknown>;
  if ('error' in outcome) {
    record = noArticleRecord(meta.name, outcome.error.code, outcome.error.message) as unknown as Record<string, unknown>;
  } else if (outcome.result.ok) {
    record = orderArticle({ ...outcome.result.article, input: meta.name }) as unknown as Record<string, unknown>;
    if (render.blocks) record.blocks = outcome.result.bodyBlocks.map(blockRecord);
  } else {
    // A page without an article still says what it found (title, date...): keep it.
    const { reason, message, fields } = outcome.result;
    record = noArticleRecord(meta.name, reason, message, fields) as unknown as Record<string, unknown>;
  }
  // The page's own canonical URL wins; the source's URL (WARC target, JSONL field) fills a gap,
  // and is kept as it is in sourceUrl, so records join back to the crawl.
  if (record.url === null && meta.url) record.url = meta.url;
  record.sourceUrl = meta.url ?? null;
  if (meta.extra && Object.keys(meta.extra).length > 0) record.extra = { ...meta.extra };
  // Problems with user rules on this page (a regex that ran out of time) travel with its record.
  if ('result' in outcome && outcome.result.warnings?.length) record.warnings = outcome.result.warnings;
  return record;
}

export function outcomeOf(outcome: Outcome): PageResult['outcome'] {
  if ('error' in outcome) return 'error';
  if (outcome.result.ok) return 'article';
  // A page --only leaves out was not asked for: its record is out, and nothing failed.
  return outcome.result.reason === 'other-type' ? 'other-type' : 'no-article';
}

/**
 * The record serialised (no final newline) with its outcome: one JSON line, or pretty JSON
 * (--format json), or an article in Markdown or text when asked.
 */
export function recordLine(meta: RecordMeta, outcome: Outcome): PageResult {
  const format = meta.render?.format;
  if ('result' in outcome && outcome.result.ok && (format === 'markdown' || format === 'text')) {
    const { article, bodyBlocks } = outcome.result;
    const named = { ...article, input: meta.name };
    return { line: format === 'markdown' ? formatMarkdown(named, bodyBlocks) : formatText(named, bodyBlocks), outcome: 'article' };
  }
  const record = buildRecord(meta, outcome);
  return { line: format === 'json' ? toJson(record) : toJsonLine(record), outcome: outcomeOf(outcome) };
}

/** Shorthand for the main thread's own error records (source errors, read failures, crashes). */
export function errorLine(meta: RecordMeta, code: string, message: string): PageResult {
  return recordLine(meta, { error: { code, message: message.replace(/\s*[\r\n]+\s*/g, ' ') } });
}
