/**
 * Byte plumbing shared by the sources: open a file or stdin as a stream, undo gzip found by its
 * magic bytes (not the name), peek at the head without losing it, and turn fs errors into the
 * same codes the single-file CLI uses.
 */
import { close as closeCb, createReadStream, fstat as fstatCb, open as openCb, read as readCb, stat as statCb } from 'node:fs';
import { promisify } from 'node:util';
import { constants, gunzipSync } from 'node:zlib';
import { InputError, isInputError } from '../../input/errors.js';
import type { SourceError } from './types.js';
import { firstMemberHead, gunzipMembers, type GunzipPiece } from './gzip-members.js';
import { fsPath } from './raw-names.js';

export type ByteSource = AsyncIterable<Uint8Array>;

// Promisified callbacks rather than node:fs/promises: readHead runs in a single-page run too
// (is this input a dump?), and that module costs a cold start some 10 ms of Node's own code.
const stat = promisify(statCb);
const open = promisify(openCb);
const fstat = promisify(fstatCb);
const read = promisify(readCb);
const close = promisify(closeCb);

/** Enough to tell a WARC or JSONL dump from a page, and cheap to read for every file. */
export const HEAD_BYTES = 4096;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A file as a stream; '-' is the given stdin (tests pass their own). */
export function rawStream(path: string, stdin: ByteSource = process.stdin): ByteSource {
  return path === '-' ? stdin : createReadStream(fsPath(path), { highWaterMark: 64 * 1024 });
}

/**
 * The first `n` bytes of a stream, and a stream that replays them before the rest. Stdin and
 * FIFOs cannot be reopened, so sniffing them must not consume what the reader needs.
 */
export async function peek(source: ByteSource, n: number): Promise<{ head: Uint8Array; stream: ByteSource }> {
  const it = source[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < n) {
    const r = await it.next();
    if (r.done) { ended = true; break; }
    seen.push(r.value);
    size += r.value.length;
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    try {
      yield* seen;
      while (!ended) {
        const r = await it.next();
        if (r.done) return;
        yield r.value;
      }
    } finally {
      // A consumer that stops early must still release the file descriptor.
      if (!ended) await it.return?.();
    }
  }
  return { head: Buffer.concat(seen).subarray(0, n), stream: replay() };
}

/** The bytes, gunzipped member by member when they are gzip: a corrupt member is a CORRUPT piece, not the end. */
export async function unzippedPieces(source: ByteSource): Promise<AsyncIterable<GunzipPiece>> {
  const { head, stream } = await peek(source, 2);
  return isGzip(head) ? gunzipMembers(stream) : stream;
}

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
    const { bytesRead } = await read(fd, buf, 0, buf.length, 0);
    return { head: unzipHead(buf.subarray(0, bytesRead)), size: info.size };
  } finally {
    await close(fd);
  }
}

export function unzipHead(head: Uint8Array): Uint8Array {
  if (!isGzip(head)) return head;
  try {
    return gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    // A later member may be corrupt (a damaged .warc.gz): the first one still says what this is.
    return firstMemberHead(head) ?? head; // else corrupt from the start: a page, whose read() reports it
  }
}

/** An fs or InputError as an error entry, with the single-file CLI's codes and wording. */
export function toSourceError(name: string, err: unknown): SourceError {
  if (isInputError(err)) return { name, code: err.code, message: err.message };
  const errno = (err as NodeJS.ErrnoException | undefined)?.code;
  const [code, message] =
    errno === 'ENOENT' ? ['not-found', 'no such file']
    : errno === 'ENOTDIR' ? ['not-found', 'no such file (a parent is not a directory)']
    : errno === 'EACCES' || errno === 'EPERM' ? ['unreadable', 'permission denied']
    : errno === 'EISDIR' ? ['is-directory', 'is a directory, not a file']
    : errno === 'ELOOP' ? ['unreadable', 'too many levels of symbolic links']
    : ['unreadable', `cannot read (${errno ?? (err as Error)?.message ?? String(err)})`];
  return { name, code, message: message.replace(/\s*\n\s*/g, ' ') };
}
