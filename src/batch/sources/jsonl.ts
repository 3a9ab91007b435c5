/**
 * Pages of a JSON Lines dump (`{"url": ..., "html": ...}` a line), gzip found by magic bytes.
 * Each line is its own record: a bad line becomes an error entry named `path:line` and the
 * iteration goes on, so one broken line costs one record, not the dump.
 */
import { splitLines } from './lines.js';
import { type ByteSource, rawStream, toSourceError, unzippedPieces } from './streams.js';
import type { JsonlField, SourceEntry } from './types.js';

export interface JsonlOptions {
  /** Which field holds the page; `auto`: html, else text, else content, else body. */
  field: JsonlField;
  maxBytes: number;
  /**
   * Longest line kept in memory. Default 4 x maxBytes + 1 MiB: JSON escaping can triple a page
   * (`\u00e9` for é), and the other fields need room; past it the page could not fit anyway.
   */
  maxLineBytes?: number;
  /** The raw (maybe gzipped) bytes when already open, e.g. stdin after sniffing. */
  source?: ByteSource;
}

/** Fields that hold a page: never copied into `extra` (they are the page, and large). */
const PAGE_FIELDS = ['html', 'text', 'content', 'body'] as const;
type PageField = (typeof PAGE_FIELDS)[number];

export async function* jsonlPages(path: string, opts: JsonlOptions): AsyncGenerator<SourceEntry> {
  const maxLine = opts.maxLineBytes ?? 4 * opts.maxBytes + 1024 * 1024;
  let lastLine = 0;
  try {
    for await (const line of splitLines(await unzippedPieces(opts.source ?? rawStream(path)), maxLine)) {
      lastLine = line.number;
      const name = `${path}:${line.number}`;
      const record = { dump: path, id: String(line.number) };
      if (line.corrupt) {
        yield { name, record, code: 'corrupt', message: 'a corrupt gzip member: the lines it held are lost (line numbers after it are approximate)' };
        continue;
      }
      if (line.bytes === null) {
        yield { name, record, code: 'too-large', message: `line of ${line.length} bytes exceeds ${maxLine}` };
        continue;
      }
      const entry = pageOfLine(line.bytes, name, opts);
      if (entry) yield { ...entry, record };
    }
  } catch (err) {
    const error = toSourceError(path, err);
    yield { ...error, message: lastLine ? `${error.message} after line ${lastLine}` : error.message };
  }
}

/** One line -> a page, an error entry, or null for a blank line (not a record). */
function pageOfLine(bytes: Uint8Array, name: string, opts: JsonlOptions): SourceEntry | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // also drops a BOM
  } catch {
    return { name, code: 'invalid-encoding', message: 'line is not valid UTF-8' };
  }
  if (text.trim() === '') return null;

  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (err) {
    return { name, code: 'bad-json', message: `invalid JSON (${(err as Error).message})` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { name, code: 'bad-json', message: 'line is not a JSON object' };
  }
  const fields = record as Record<string, unknown>;
  const field = pickField(fields, opts.field);
  if (!field) {
    const wanted = opts.field === 'auto' ? 'an html, text, content or body' : `a "${opts.field}"`;
    return { name, code: 'missing-field', message: `record has no ${wanted} string field` };
  }
  const page = fields[field] as string;
  if (Buffer.byteLength(page, 'utf8') > opts.maxBytes) {
    return { name, code: 'too-large', message: `page exceeds ${opts.maxBytes} bytes` };
  }

  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key !== 'url' && !(PAGE_FIELDS as readonly string[]).includes(key)) extra[key] = value;
  }
  return {
    name,
    url: typeof fields.url === 'string' ? fields.url : null,
    extra,
    // content/body say nothing about the markup: leave it to the sniffer.
    inputType: field === 'html' ? 'html' : field === 'text' ? 'text' : undefined,
    read: async () => page,
  };
}

function pickField(fields: Record<string, unknown>, wanted: JsonlField): PageField | null {
  const candidates: readonly PageField[] = wanted === 'auto' ? PAGE_FIELDS : [wanted];
  return candidates.find((key) => typeof fields[key] === 'string') ?? null;
}
