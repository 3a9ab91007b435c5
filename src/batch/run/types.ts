/**
 * The shapes batch processing speaks. Inputs come from src/batch/sources/ (a readable page, or
 * an error entry naming an input that gave none); the rest is this side's own.
 */
import type { MessagePort } from 'node:worker_threads';
import type { InputType, PageType } from '../../types.js';

export { isSourceError, type PageSource, type SourceEntry, type SourceError } from '../sources/types.js';

/** What happened to one input, as the summary and the exit code count it. */
export type PageOutcome = 'article' | 'no-article' | 'other-type' | 'error';

/** The source facts a record carries, whatever the outcome. Plain data: it crosses threads. */
export interface RecordMeta {
  name: string;
  url?: string | null;
  extra?: Readonly<Record<string, unknown>>;
  /** How the record is written: --format, --blocks, --links, --images. */
  render?: RecordRender;
}

/** One unit of work for a worker: plain data plus the page, which is transferred, not copied. */
export interface PageTask extends RecordMeta {
  page: Uint8Array | string;
  inputType: InputType | 'auto';
  now: string;
  maxBytes: number;
  /** The user rules file (--rules): a worker loads it once; compiled rules cannot cross threads. */
  rulesPath?: string;
  /** --page-type and --only, as extract() takes them. */
  pageType?: PageType;
  only?: readonly PageType[];
  /** On a worker with a time budget: told when the worker takes the page, so its clock starts then (not while a new worker boots). */
  started?: MessagePort;
}

/**
 * `--format` and `--blocks` as a page's record needs them: a JSON record on one line (jsonl,
 * the default) or pretty (json), with `blocks` when asked; an article as Markdown or text.
 * Error and no-article records stay JSON.
 */
export interface RecordRender {
  format?: 'json' | 'jsonl' | 'markdown' | 'text';
  blocks?: boolean;
  /** --links and --images: kept by the extraction, drawn by the formats. */
  links?: boolean;
  images?: boolean;
}

/** The finished record line (JSON, no newline; Markdown or text for an article when asked) and its outcome, so the main thread never parses it. */
export interface PageResult {
  line: string;
  outcome: PageOutcome;
}
