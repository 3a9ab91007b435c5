/**
 * A file's first bytes, inflated when gzipped: enough to tell a WARC or JSONL dump from a page.
 * Kept apart from the stream plumbing because every single-page run asks it (is this input a
 * dump?): it loads node:zlib only for a gzipped head, and no stream code at all.
 */
import { InputError } from '../../input/errors.js';
import { isGzip, loadZlib } from '../../input/decode.js';
import { close, fstat, open, read, stat } from '../../input/fs-promised.js';
import { fsPath } from './raw-names.js';

/** Enough to tell a WARC or JSONL dump from a page, and cheap to read for every file. */
export const HEAD_BYTES = 4096;

export { isGzip };

/**
 * The first bytes of a regular file and its size, gzip undone as far as the head allows (a
 * sync flush lets a truncated member give what it has). Returns `null` for a non-regular
 * file (FIFO, device): reading its head would consume it.
 */
export async function readHead(path: string): Promise<{ head: Uint8Array; size: number } | null> {
  // Asked before opening: opening a FIFO waits for its writer, and closing it again loses
  // what the writer sends (the page is then read once, as a stream).
  const kind = await stat(fsPath(path));
  if (kind.isDirectory()) throw new InputError('is-directory', 'is a directory, not a file');
  if (!kind.isFile()) return null;
  const fd = await open(fsPath(path), 'r');
  try {
    const info = await fstat(fd);
    if (!info.isFile()) return null;
    const buf = Buffer.alloc(Math.min(HEAD_BYTES, info.size));
    const bytesRead = await read(fd, buf, 0, buf.length, 0);
    return { head: unzipHead(buf.subarray(0, bytesRead)), size: info.size };
  } finally {
    await close(fd);
  }
}

export function unzipHead(head: Uint8Array): Uint8Array {
  if (!isGzip(head)) return head;
  try {
    const { gunzipSync, constants } = loadZlib();
    return gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    // A later member may be corrupt (a damaged .warc.gz): the first one still says what this is.
    return firstMemberHead(head) ?? head; // else corrupt from the start: a page, whose read() reports it
  }
}

const FTEXT_FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;

/**
 * The length of the gzip member header at the start of `buf`: a number, 'more' when `buf`
 * ends inside it, or 'none' when no header starts there.
 */
export function headerLength(buf: Uint8Array): number | 'more' | 'none' {
  const magic = [0x1f, 0x8b, 8];
  for (let i = 0; i < Math.min(3, buf.length); i++) if (buf[i] !== magic[i]) return 'none';
  if (buf.length < 10) return 'more';
  const flags = buf[3];
  let at = 10;
  if (flags & FEXTRA) {
    if (buf.length < at + 2) return 'more';
    at += 2 + (buf[at] | (buf[at + 1] << 8));
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    const end = buf.indexOf(0, at);
    if (end === -1) return 'more';
    at = end + 1;
  }
  if (flags & FTEXT_FHCRC) at += 2;
  return at <= buf.length ? at : 'more';
}

/** The start of the first member's content (enough to sniff a dump), or null when it cannot be inflated. */
export function firstMemberHead(bytes: Uint8Array): Uint8Array | null {
  const header = headerLength(bytes);
  if (typeof header !== 'number') return null;
  try {
    const { inflateRawSync, constants } = loadZlib();
    return inflateRawSync(bytes.subarray(header), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 1024 * 1024 });
  } catch {
    return null;
  }
}
