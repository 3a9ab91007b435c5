/**
 * Telling a dump from a page by its first bytes. Apart from the sources so the CLI can decide
 * whether a run is a batch without loading the WARC and JSONL readers.
 */
export type DumpKind = 'warc' | 'jsonl' | 'page';

const JSONL_NAME = /\.(?:jsonl|ndjson)(?:\.gz)?$/i;

/**
 * What an input is, from its first bytes with gzip undone. A page never starts with `WARC/`;
 * a text page may start with `{`, so JSONL also needs the name or an explicit --jsonl-field.
 */
export function dumpKind(head: Uint8Array, name: string, jsonlFieldGiven: boolean): DumpKind {
  const start = Buffer.from(head.subarray(0, 1024)).toString('latin1');
  if (start.startsWith('WARC/')) return 'warc';
  // \xef\xbb\xbf: a UTF-8 BOM, read as latin1.
  if (/^(?:\xef\xbb\xbf)?\s*\{/.test(start) && (jsonlFieldGiven || JSONL_NAME.test(name))) return 'jsonl';
  return 'page';
}
