/**
 * The input side of batch mode speaks two shapes: a page that can be read, or an error entry
 * naming the input that could not become one. Sources yield one or the other for every input and
 * never throw out of their iteration, so the runner can keep "one record per input, nothing lost".
 */

/** One page of a dump: a file, a WARC response record, or a JSONL line. */
/** Where a record sits in a dump: the dump's path and the record's id (WARC-Record-ID, JSONL line number). */
export interface RecordPlace {
  dump: string;
  id: string;
}

export interface PageSource {
  /** `path`, `path#<WARC-Record-ID>` or `path:<line>`; unique within a run. */
  name: string;
  /** Set for a record of a WARC or JSONL dump (a file may be named `x#1` or `x:1` too). */
  record?: RecordPlace;
  /** The page's URL when the dump says it (WARC-Target-URI, a JSONL `url` field). */
  url: string | null;
  /** Facts the dump carries about the page: JSONL fields, WARC `charset`, `status`, `recordId`. */
  extra?: Record<string, unknown>;
  /** Set when the dump says what the page is (WARC Content-Type, JSONL field); else sniff. */
  inputType?: 'html' | 'text';
  /**
   * The page: bytes (undecoded; a page file may still be gzipped: the worker inflates it
   * under --max-bytes) or a string (JSONL). Dump records are
   * already in memory (the stream has moved on); plain files are read lazily so the runner
   * decides how many are held at once. Rejects only with an InputError (its `code` names why).
   */
  read(): Promise<Uint8Array | string>;
}

/** An input that gave no page: a missing path, an unreadable directory, a bad JSONL line... */
export interface SourceError {
  name: string;
  /** Set for a record of a dump, as on PageSource. */
  record?: RecordPlace;
  /** An InputErrorCode (`not-found`, `unreadable`, `too-large`...) or `bad-json`, `missing-field`. */
  code: string;
  message: string;
}

export type SourceEntry = PageSource | SourceError;

export function isSourceError(entry: SourceEntry): entry is SourceError {
  return typeof (entry as Partial<PageSource>).read !== 'function';
}

/** A WARC record that is not a page (request, metadata, image...), reported so it can be counted. */
export interface SkippedRecord {
  name: string;
  /** WARC-Type of the record, e.g. `request`, `response`. */
  recordType: string;
  reason: 'not-response' | 'not-page' | 'redirect';
  /** The HTTP Content-Type, when the record had one. */
  contentType?: string;
}

export type JsonlField = 'html' | 'text' | 'auto';

/** `--shard I/N`: 1-based index I of N shards. */
export interface Shard {
  index: number;
  count: number;
}

/** Default `--max-bytes`: generous for any real page, small enough to never exhaust memory (one limit in every mode). */
export { DEFAULT_MAX_BYTES } from '../../input/decode.js';
