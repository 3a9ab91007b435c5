/**
 * Byte plumbing shared by the sources: open a file or stdin as a stream, undo gzip found by its
 * magic bytes (not the name), peek at the head without losing it, and turn fs errors into the
 * same codes the single-file CLI uses.
 */
import { createReadStream } from 'node:fs';
import { isInputError } from '../../input/errors.js';
import type { SourceError } from './types.js';
import { gunzipMembers, type GunzipPiece } from './gzip-members.js';
import { isGzip } from './head.js';
import { fsPath } from './raw-names.js';

export type ByteSource = AsyncIterable<Uint8Array>;

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
