/**
 * Pages of a WARC or WARC.gz: one per `response` record whose HTTP payload is HTML or plain
 * text. The framing is ours (warc-frames.ts: a wrong Content-Length is resynchronised on the
 * next record, a cut or corrupt record is an error entry and reading goes on) and gzip is
 * undone member by member (gzip-members.ts: a corrupt member costs its own record only);
 * warcio parses each framed record alone. Streaming: only the current record, its page capped
 * at maxBytes, is ever in memory.
 */
import { AsyncIterReader, WARCParser, type WARCRecord } from 'warcio';
import { type ByteSource, rawStream, toSourceError, unzippedPieces } from './streams.js';
import type { PageSource, SkippedRecord, SourceEntry } from './types.js';
import { warcFrames, type Frame } from './warc-frames.js';

export interface WarcOptions {
  maxBytes: number;
  /** Called for each record that is not a page, so the runner can count skips. */
  onSkip?: (skip: SkippedRecord) => void;
  /** The raw (maybe gzipped) bytes when already open, e.g. stdin after sniffing. */
  source?: ByteSource;
  /** Called when a record's framing was off and was repaired (a wrong Content-Length), or bytes between records were skipped. */
  onWarning?: (warning: { name: string; message: string }) => void;
}

/** HTTP content types that are pages, and what pith calls them. */
const PAGE_TYPES: Record<string, 'html' | 'text'> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
};

/** Room for a response's HTTP headers above the page's own cap. */
const HTTP_HEADROOM = 64 * 1024;

export async function* warcPages(path: string, opts: WarcOptions): AsyncGenerator<SourceEntry> {
  let position = 0;
  try {
    const pieces = await unzippedPieces(opts.source ?? rawStream(path));
    for await (const frame of warcFrames(pieces, opts.maxBytes + HTTP_HEADROOM)) {
      if (frame.kind === 'garbage') {
        opts.onWarning?.({ name: `${path}#record-${position + 1}`, message: `${frame.bytes} bytes that are no WARC record skipped` });
        continue;
      }
      position = frame.position;
      const id = frame.id ?? `record-${frame.position}`;
      const name = `${path}#${id}`;
      const place = { dump: path, id };
      if (frame.kind === 'broken') {
        yield { name, record: place, code: frame.code, message: frame.message };
        continue;
      }
      if (frame.repaired) opts.onWarning?.({ name, message: frame.repaired });
      const record = await parseFrame(frame);
      const page = classify(record, name);
      if ('reason' in page) {
        opts.onSkip?.(page);
        continue;
      }
      const entry = frame.block ? await readPage(record, name, page.inputType, page.contentType, opts.maxBytes) : tooLarge(name, opts.maxBytes);
      yield { ...entry, record: place };
    }
  } catch (err) {
    // The stream broke (a read error): what follows cannot be found. One entry says so.
    const at = position === 0 ? '' : ` after record ${position}`;
    const error = toSourceError(path, err);
    yield { ...error, message: `${error.message}${at}` };
  }
}

function tooLarge(name: string, maxBytes: number): SourceEntry {
  return { name, code: 'too-large', message: `page exceeds ${maxBytes} bytes` };
}

/**
 * One framed record parsed by warcio on its own: HTTP status and headers, chunked and content
 * encodings. Its Content-Length is the block's true length (the framing may have repaired it);
 * a block too large to hold is parsed from its head, which is enough to tell what it was.
 */
async function parseFrame(frame: Frame): Promise<WARCRecord> {
  const block = frame.block ?? frame.head ?? new Uint8Array(0);
  const header = frame.header.replace(/^Content-Length:[^\r\n]*/im, `Content-Length: ${block.length}`);
  const bytes = Buffer.concat([Buffer.from(header, 'latin1'), block, Buffer.from('\r\n\r\n')]);
  const record = await new WARCParser(new AsyncIterReader([bytes], null)).parse();
  if (!record) throw new Error('a framed record warcio cannot parse');
  return record;
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
      // Stop holding bytes at the cap.
      if (size > maxBytes) return tooLarge(name, maxBytes);
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

function mediaType(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}
