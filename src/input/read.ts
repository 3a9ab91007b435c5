/**
 * The only fs access of the input stage: get the raw bytes of a file or a stream, mapping the
 * system's errors to InputError so the CLI prints one line instead of an errno dump.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from './errors.js';

/** Files larger than this are refused before reading (a page dump is kilobytes, rarely megabytes). */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export async function readInputBytes(path: string): Promise<Uint8Array> {
  try {
    const bytes = await readFile(path);
    if (bytes.length > MAX_INPUT_BYTES) throw new InputError('too-large', `file exceeds ${MAX_INPUT_BYTES} bytes`);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  } catch (err) {
    throw toInputError(err);
  }
}

/** Reads a whole stream (stdin) into one buffer. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      total += buf.length;
      if (total > MAX_INPUT_BYTES) throw new InputError('too-large', `input exceeds ${MAX_INPUT_BYTES} bytes`);
      chunks.push(buf);
    }
  } catch (err) {
    throw toInputError(err);
  }
  const all = Buffer.concat(chunks, total);
  return new Uint8Array(all.buffer, all.byteOffset, all.length);
}

function toInputError(err: unknown): InputError {
  if (err instanceof InputError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError('not-found', 'no such file');
    case 'EISDIR':
      return new InputError('is-directory', 'is a directory, not a file');
    case 'EACCES':
    case 'EPERM':
      return new InputError('unreadable', 'permission denied');
    case 'ENOTDIR':
      return new InputError('not-found', 'no such file (a parent is not a directory)');
    case 'ERR_FS_FILE_TOO_LARGE':
      return new InputError('too-large', 'file is too large to read');
    default:
      return new InputError('unreadable', `cannot read (${code ?? (err as Error)?.message ?? String(err)})`);
  }
}
