/**
 * Pages of a WARC or WARC.gz: one per `response` record whose HTTP payload is HTML or plain
 * text. warcio parses the records; gzip is undone by Node's zlib before it (native, and it
 * handles the one-member-per-record layout), so warcio sees a plain WARC. Streaming: only the
 * current record's payload, capped at maxBytes, is ever in memory.
 */
import { AsyncIterReader, LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { type ByteSource, gunzipIfNeeded, rawStream, toSourceError } from './streams.js';
import type { PageSource, SkippedRecord, SourceEntry } from './types.js';

export interface WarcOptions {
  maxBytes: number;
  /** Called for each record that is not a page, so the runner can count skips. */
  onSkip?: (skip: SkippedRecord) => void;
  /** The raw (maybe gzipped) bytes when already open, e.g. stdin after sniffing. */
  source?: ByteSource;
  /** Called when the framing is off but parsing goes on (a Content-Length that is too small). */
  onWarning?: (warning: { name: string; message: string }) => void;
}

/** HTTP content types that are pages, and what pith calls them. */
const PAGE_TYPES: Record<string, 'html' | 'text'> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
};

export async function* warcPages(path: string, opts: WarcOptions): AsyncGenerator<SourceEntry> {
  // compressed: null — the bytes are already plain; warcio would otherwise try pako first.
  const reader = new AsyncIterReader(gunzipIfNeeded(opts.source ?? rawStream(path)), null);
  const parser = new WARCParser(reader);
  let count = 0;
  const warn = (message: string) => opts.onWarning?.({ name: `${path}#record-${count + 1}`, message });
  try {
    for (;;) {
      const record = await quietly(() => parser.parse(), warn);
      if (!record) break;
      count++;
      const id = recordId(record, count);
      const name = `${path}#${id}`;
      const place = { dump: path, id };
      const page = classify(record, name);
      const entry = 'reason' in page ? page : await readPage(record, name, page.inputType, page.contentType, opts.maxBytes);
      if (!(await drain(record))) {
        yield { name, record: place, code: 'unreadable', message: `WARC ends inside record ${count}` };
        return;
      }
      if ('reason' in entry) opts.onSkip?.(entry);
      else yield { ...entry, record: place };
    }
  } catch (err) {
    // The stream or the WARC framing broke: what follows cannot be found. One entry says so.
    const at = count === 0 ? '' : ` after record ${count}`;
    const error = toSourceError(path, err);
    yield { ...error, message: `${error.message}${at}` };
  }
}

/**
 * warcio reports framing it can recover from with console.warn, which would put a stray,
 * unprefixed line on our stderr. While it parses, such warnings go to `warn` instead; nothing
 * else of ours writes to console.warn.
 */
async function quietly<T>(parse: () => Promise<T>, warn: (message: string) => void): Promise<T> {
  const original = console.warn;
  console.warn = (...args: unknown[]) => warn(args.map(String).join(' '));
  try {
    return await parse();
  } finally {
    console.warn = original;
  }
}

/** Why a record is not a page, or the type of page it is. */
function classify(record: WARCRecord, name: string): SkippedRecord | { inputType: 'html' | 'text'; contentType: string } {
  const recordType = record.warcType ?? 'unknown';
  if (recordType !== 'response') return { name, recordType, reason: 'not-response' };
  const http = record.httpHeaders;
  const contentType = http?.headers.get('content-type') ?? '';
  const status = Number(http?.statusCode);
  // A redirect's body is a stub ("Moved"); its target is a record of its own.
  if (status >= 300 && status < 400) return { name, recordType, reason: 'redirect', contentType };
  const inputType = PAGE_TYPES[mediaType(contentType)];
  if (!inputType) return { name, recordType, reason: 'not-page', contentType };
  return { inputType, contentType };
}

/** The payload, with transfer and content encodings undone by warcio, or too-large past maxBytes. */
async function readPage(record: WARCRecord, name: string, inputType: 'html' | 'text', contentType: string, maxBytes: number): Promise<SourceEntry> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of record) {
      size += chunk.length;
      // Stop holding bytes at the cap; drain() reads past the rest of the record.
      if (size > maxBytes) return { name, code: 'too-large', message: `page exceeds ${maxBytes} bytes` };
      chunks.push(chunk);
    }
  } catch (err) {
    return { name, code: 'unreadable', message: `cannot read record payload (${(err as Error).message})` };
  }
  const bytes = new Uint8Array(Buffer.concat(chunks, size));
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1]?.toLowerCase();
  const source: PageSource = {
    name,
    url: record.warcTargetURI ?? null,
    inputType,
    extra: {
      recordId: record.warcHeader('WARC-Record-ID') ?? null,
      status: Number(record.httpHeaders?.statusCode) || null,
      contentType,
      ...(charset ? { charset } : {}),
    },
    read: async () => bytes,
  };
  return source;
}

/**
 * Reads what is left of the record's block. warcio skips it too, but on a truncated file its
 * skip loops forever (a read of 0 bytes never ends the loop); iterating ends with the stream,
 * and the unread remainder tells us the file was cut short.
 */
async function drain(record: WARCRecord): Promise<boolean> {
  const block = record._reader;
  if (!(block instanceof LimitReader)) return true;
  for await (const chunk of block) void chunk;
  return block.limit <= 0;
}

/** `<urn:uuid:...>` -> `urn:uuid:...`; a record without an id is named by its position. */
function recordId(record: WARCRecord, position: number): string {
  const id = record.warcHeader('WARC-Record-ID');
  return id ? id.replace(/^<(.*)>$/, '$1') : `record-${position}`;
}

function mediaType(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}
