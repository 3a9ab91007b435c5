/**
 * The only fs access of the input stage: get the raw bytes of a file or a stream, mapping the
 * system's errors to InputError so the CLI prints one line instead of an errno dump.
 */
import { InputError } from './errors.js';
import { readFile, stat } from './fs-promised.js';
import { DEFAULT_MAX_BYTES, tooLarge } from './decode.js';

/**
 * A page file's bytes; one larger than `maxBytes` is refused before it is read (a gzipped
 * one may be smaller on disk: decodeBytes checks it again as it inflates).
 */
export async function readInputBytes(path: string | Buffer, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isFile() && info.size > maxBytes) throw tooLarge(maxBytes);
    const bytes = await readFile(path);
    if (bytes.length > maxBytes) throw tooLarge(maxBytes);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  } catch (err) {
    throw toInputError(err);
  }
}

/** Reads a whole stream (stdin) into one buffer. */
export async function readStream(stream: NodeJS.ReadableStream, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      total += buf.length;
      if (total > maxBytes) throw tooLarge(maxBytes);
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
