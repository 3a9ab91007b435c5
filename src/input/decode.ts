/**
 * bytes -> string for page dumps. Pure: no fs, no process. Every way the bytes can fail to be
 * text becomes an InputError with a code the CLI maps to exit 2.
 */
import { createRequire } from 'node:module';
import { InputError } from './errors.js';

/**
 * encoding-sniffer (and the iconv-lite tables behind it) loads only for a page that needs its
 * prescan, and node:zlib only for a gzipped page: most pages need neither, and a cold start
 * pays for every module it loads.
 */
const requireLazily = createRequire(import.meta.url);
let zlib: typeof import('node:zlib') | undefined;
/** node:zlib, loaded on first use (the batch sources' head reader shares it). */
export const loadZlib = (): typeof import('node:zlib') => (zlib ??= requireLazily('node:zlib') as typeof import('node:zlib'));
let sniffer: typeof import('encoding-sniffer') | undefined;
function sniffEncoding(raw: Uint8Array): string {
  sniffer ??= requireLazily('encoding-sniffer') as typeof import('encoding-sniffer');
  return sniffer.getEncoding(raw, { defaultEncoding: 'utf-8' }).toLowerCase();
}

/** How much of the start we look at to call an input binary (cheap, and enough for any header). */
const SNIFF_BYTES = 8 * 1024;
/** Share of C0 control characters above which text is really binary (text dumps have ~0). */
const MAX_CONTROL_SHARE = 0.1;
/**
 * The largest page, in bytes as extracted (after gunzip), unless the caller sets another
 * (`maxBytes`, `--max-bytes`): one limit in every mode. A gzip bomb stops inflating there.
 */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export interface DecodeOptions {
  /**
   * The charset the transport declared (an HTTP Content-Type kept in a WARC): it outranks the
   * page's own <meta>, as in a browser; only a byte-order mark outranks it.
   */
  charset?: string | null;
  /** The largest page accepted, in bytes after gunzip (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
}

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): string {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const gzipped = isGzip(bytes);
  if (!gzipped && bytes.length > maxBytes) throw tooLarge(maxBytes);
  const raw = gzipped ? gunzip(bytes, maxBytes) : bytes;
  if (raw.length === 0) throw new InputError('empty', 'input is empty');

  const declared = hasBom(raw) ? null : transportDecoder(opts.charset);
  const text = declared ? declared.decode(raw) : decodeText(raw, gzipped);
  if (text.trim() === '') throw new InputError('empty', 'input contains only whitespace');
  return text;
}

function hasBom(raw: Uint8Array): boolean {
  return (raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) || (raw[0] === 0xff && raw[1] === 0xfe) || (raw[0] === 0xfe && raw[1] === 0xff);
}

/** A decoder for a declared legacy charset; null for UTF-8 (checked strictly below) or an unknown label. */
function transportDecoder(charset: string | null | undefined): { decode(bytes: Uint8Array): string } | null {
  if (!charset || /^utf-?8$/i.test(charset.trim())) return null;
  try {
    return new TextDecoder(charset.trim());
  } catch {
    return null;
  }
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The page is over the limit; `inflated`: only once gunzipped. */
export function tooLarge(maxBytes: number, inflated = false): InputError {
  return new InputError('too-large', `${inflated ? 'decompressed ' : ''}page exceeds the limit of ${maxBytes} bytes (--max-bytes)`);
}

/** Inflating stops at the limit: a gzip bomb never gets its memory. */
function gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return loadZlib().gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(maxBytes, true);
    throw new InputError('unreadable', `corrupt gzip data (${(err as Error).message})`);
  }
}

function decodeText(raw: Uint8Array, gzipped: boolean): string {
  // UTF-16 first: its NUL high bytes would otherwise look binary.
  if (raw[0] === 0xff && raw[1] === 0xfe) return checkText(decodeUtf16(raw.subarray(2), false));
  if (raw[0] === 0xfe && raw[1] === 0xff) return checkText(decodeUtf16(raw.subarray(2), true));

  const bomLength = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? 3 : 0;
  const body = raw.subarray(bomLength);
  // A binary file is also invalid UTF-8; "binary" is the more useful diagnosis, so check it first.
  if (looksBinary(body.subarray(0, SNIFF_BYTES))) throw binaryError();
  if (looksLikeHtml(body)) return decodeHtml(raw);
  try {
    // ignoreBOM: we stripped it ourselves; a second BOM would be content.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const offset = bomLength + firstInvalidUtf8Offset(body);
    const where = gzipped ? 'of the decompressed data' : '';
    throw new InputError('invalid-encoding', `invalid UTF-8 at byte ${offset}${where ? ' ' + where : ''}`);
  }
}

/** A page that starts like HTML: its own declarations say how it is encoded. */
function looksLikeHtml(body: Uint8Array): boolean {
  const head = Buffer.from(body.subarray(0, 1024)).toString('latin1');
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body)\b/i.test(head);
}

/**
 * HTML follows the browser's order: BOM, then <meta charset> or http-equiv (the WHATWG
 * prescan, done by encoding-sniffer), then UTF-8 when the bytes are valid UTF-8, else
 * windows-1252, which decodes any byte.
 */
function decodeHtml(raw: Uint8Array): string {
  // Bytes that are valid UTF-8 and use it (multi-byte sequences) are UTF-8 whatever the page
  // declares: a saved copy often keeps its original <meta charset> after re-encoding.
  const utf8 = validUtf8(raw);
  if (utf8 !== null && /[^\x00-\x7f]/.test(utf8)) return utf8;
  // Plain ASCII reads the same in every encoding a page can declare but the ISO-2022 family,
  // which shifts with ESC: no declaration to look for, no second decoding.
  if (utf8 !== null && !utf8.includes('\x1b')) return utf8;
  const declared = sniffEncoding(raw);
  if (declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(raw);
    } catch {
      // An encoding the runtime does not know: fall through to UTF-8 and windows-1252.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder('windows-1252').decode(raw);
  }
}

function validUtf8(raw: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return null;
  }
}

function decodeUtf16(body: Uint8Array, bigEndian: boolean): string {
  if (body.length % 2 !== 0) throw new InputError('invalid-encoding', 'invalid UTF-16: odd number of bytes');
  // Swap to little-endian ourselves rather than rely on the ICU build having 'utf-16be'.
  const le = bigEndian ? swapPairs(body) : body;
  try {
    return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le);
  } catch {
    throw new InputError('invalid-encoding', `invalid UTF-16${bigEndian ? 'BE' : 'LE'} (unpaired surrogate)`);
  }
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  return out;
}

/** The binary test for already-decoded text (UTF-16 inputs). */
function checkText(text: string): string {
  const sample = text.slice(0, SNIFF_BYTES);
  const codes = Array.from(sample, (ch) => ch.charCodeAt(0));
  if (looksBinary(codes)) throw binaryError();
  return text;
}

function looksBinary(units: ArrayLike<number>): boolean {
  let controls = 0;
  for (let i = 0; i < units.length; i++) {
    const c = units[i];
    if (c === 0) return true;
    // Tab, LF, VT, FF, CR are layout; ESC shows up in dumps that kept terminal colours.
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f) {
      controls++;
    }
  }
  return units.length > 0 && controls / units.length > MAX_CONTROL_SHARE;
}

function binaryError(): InputError {
  return new InputError('binary', 'input looks binary, not text');
}

/**
 * Offset of the first byte that breaks UTF-8 (only called after TextDecoder failed, so the
 * cost is paid on the error path). Follows the well-formed table of Unicode 15, section 3.9.
 */
export function firstInvalidUtf8Offset(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k++) {
      const n = b[i + k];
      if (n === undefined) return i;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (n < min || n > max) return i;
    }
    i += need + 1;
  }
  return b.length;
}
