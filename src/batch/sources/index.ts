/**
 * Batch inputs -> pages. Expands the arguments, then looks at each input's first bytes (gzip
 * undone) to tell a WARC or JSONL dump from a page file, and yields one entry per page or per
 * failure. The iteration never throws: every input ends as a page or an error entry.
 */
import { InputError } from '../../input/errors.js';
import { readInputBytes } from '../../input/read.js';
import { type ExpandOptions, expandInputs } from './expand.js';
import { inShard } from './shard.js';
import { jsonlPages } from './jsonl.js';
import { type ByteSource, peek, rawStream, toSourceError } from './streams.js';
import { HEAD_BYTES, readHead, unzipHead } from './head.js';
import { DEFAULT_MAX_BYTES, type JsonlField, type PageSource, type Shard, type SkippedRecord, type SourceEntry } from './types.js';
import { warcPages } from './warc.js';
import { fsPath } from './raw-names.js';
import { dumpKind } from './dump-kind.js';

export * from './types.js';
export { dumpKind, type DumpKind } from './dump-kind.js';
export { expandInputs, type ExpandedInput, type ExpandOptions, type ListEntry } from './expand.js';
export { createFileFilter, filterIsCustom, type FileFilter, type FileFilterOptions } from './file-filter.js';
export { isPageFileName, PAGE_FILE_EXTENSIONS } from './page-files.js';
export { fnv1a, inShard, parseShard } from './shard.js';
export { jsonlPages, type JsonlOptions } from './jsonl.js';
export { warcPages, type WarcOptions } from './warc.js';
export { takeCensus, type Census } from './census.js';
export { listReadOnce, readListAhead, type ListAhead } from './list-ahead.js';

export interface PageSourceOptions extends ExpandOptions {
  /** Per-page cap (decompressed); a larger page is a `too-large` error entry. */
  maxBytes?: number;
  /** `--jsonl-field`: the page field; given, it also makes any input starting with `{` JSONL. */
  jsonlField?: JsonlField;
  /** Called for each WARC record that is not a page. */
  onSkip?: (skip: SkippedRecord) => void;
  /** Called when a WARC's framing is off but reading goes on (warcio's recoverable warnings). */
  onWarning?: (warning: { name: string; message: string }) => void;
  /**
   * `--shard I/N`: keep only this shard's entries, by a hash of each entry's name. Pages are
   * named per record inside a dump (`dump.warc.gz#<id>`, `dump.jsonl:12`), so one big dump is
   * split across shards too: every shard reads it, each extracts its own records.
   */
  shard?: Shard;
  /** Called with the size of each chunk of file bytes read (on disk, before gunzip): progress. */
  onBytes?: (n: number) => void;
}

export async function* pageSources(args: readonly string[], opts: PageSourceOptions = {}): AsyncGenerator<SourceEntry> {
  const { shard, onSkip, onWarning } = opts;
  if (!shard) {
    yield* allSources(args, opts);
    return;
  }
  // Skipped WARC records and error entries are sharded by name too, so each is counted once.
  const sharded: PageSourceOptions = {
    ...opts,
    onSkip: onSkip && ((skip) => inShard(skip.name, shard) && onSkip(skip)),
    onWarning: onWarning && ((warning) => inShard(warning.name, shard) && onWarning(warning)),
  };
  for await (const entry of allSources(args, sharded)) if (inShard(entry.name, shard)) yield entry;
}

async function* allSources(args: readonly string[], opts: PageSourceOptions): AsyncGenerator<SourceEntry> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const input of expandInputs(args, opts)) {
    if (typeof input === 'string') yield* sourcesOf(input, { ...opts, maxBytes });
    else yield input;
  }
}

type Resolved = PageSourceOptions & { maxBytes: number };

async function* sourcesOf(path: string, opts: Resolved): AsyncGenerator<SourceEntry> {
  let file: Awaited<ReturnType<typeof readHead>>;
  try {
    file = path === '-' ? null : await readHead(path);
  } catch (err) {
    yield toSourceError(path, err);
    return;
  }
  if (file === null) {
    yield* streamSources(path, opts); // stdin or a FIFO: read once, so sniff by peeking
    return;
  }
  const kind = dumpKind(file.head, path, opts.jsonlField !== undefined);
  if (kind !== 'page') yield* dumpPages(kind, path, opts);
  else if (file.size > opts.maxBytes) yield { name: path, code: 'too-large', message: `file exceeds ${opts.maxBytes} bytes` };
  else yield filePage(path, opts.maxBytes, opts.onBytes);
}

function dumpPages(kind: 'warc' | 'jsonl', path: string, opts: Resolved, source?: ByteSource): AsyncGenerator<SourceEntry> {
  source ??= opts.onBytes ? counted(rawStream(path), opts.onBytes) : undefined;
  return kind === 'warc'
    ? warcPages(path, { maxBytes: opts.maxBytes, onSkip: opts.onSkip, onWarning: opts.onWarning, source })
    : jsonlPages(path, { field: opts.jsonlField ?? 'auto', maxBytes: opts.maxBytes, source });
}

async function* streamSources(path: string, opts: Resolved): AsyncGenerator<SourceEntry> {
  let peeked: Awaited<ReturnType<typeof peek>>;
  try {
    peeked = await peek(rawStream(path, opts.stdin), HEAD_BYTES);
  } catch (err) {
    yield toSourceError(path, err);
    return;
  }
  const kind = dumpKind(unzipHead(peeked.head), path, opts.jsonlField !== undefined);
  if (kind !== 'page') yield* dumpPages(kind, path, opts, peeked.stream);
  else yield streamPage(path, peeked.stream, opts.maxBytes);
}

async function* counted(source: ByteSource, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    onBytes(chunk.length);
    yield chunk;
  }
}

/**
 * A page file, read when the runner asks (so it decides how many pages are in memory). Bytes
 * come as they are on disk: a gzipped page is inflated, under the cap, by the worker that
 * extracts it, so the main thread only reads.
 */
function filePage(path: string, maxBytes: number, onBytes?: (n: number) => void): PageSource {
  return {
    name: path,
    url: null,
    read: async () => {
      const bytes = await readInputBytes(fsPath(path), maxBytes);
      onBytes?.(bytes.length);
      // The size was checked when listed; the file may have grown since.
      if (bytes.length > maxBytes) throw new InputError('too-large', `file exceeds ${maxBytes} bytes`);
      return bytes;
    },
  };
}

/** A page on stdin or a FIFO: collected once, with the cap checked as bytes arrive. */
function streamPage(path: string, stream: ByteSource, maxBytes: number): PageSource {
  let bytes: Promise<Uint8Array> | undefined;
  const collect = async (): Promise<Uint8Array> => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of stream) {
        size += chunk.length;
        if (size > maxBytes) throw new InputError('too-large', `input exceeds ${maxBytes} bytes`);
        chunks.push(chunk);
      }
    } catch (err) {
      const { code, message } = toSourceError(path, err);
      throw err instanceof InputError ? err : new InputError(code as InputError['code'], message);
    }
    return new Uint8Array(Buffer.concat(chunks, size)); // gzip is undone by the worker, as for files
  };
  return { name: path, url: null, read: () => (bytes ??= collect()) };
}
