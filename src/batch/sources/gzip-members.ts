/**
 * Gunzip that survives a damaged member. A .warc.gz is a chain of gzip members, one record
 * each; zlib's stream stops at the first corrupt byte, and every record after it was lost. Here
 * each member is inflated on its own, so a corrupt one is reported (a CORRUPT marker in the
 * output, where its bytes would have been) and reading goes on at the next member's header.
 * A member too large to hold (a whole dump gzipped as one stream) is streamed through zlib as
 * before: one such member has nothing after it to save.
 */
import { Readable, pipeline } from 'node:stream';
import { constants, createGunzip, inflateRawSync } from 'node:zlib';
import { headerLength } from './head.js';
import type { ByteSource } from './streams.js';

/** In the output where a member could not be inflated. */
export const CORRUPT = Symbol('corrupt gzip member');
export type GunzipPiece = Uint8Array | typeof CORRUPT;

/** Compressed bytes of a member held at once before it is streamed instead. */
const MAX_MEMBER_BYTES = 16 * 1024 * 1024;
/** Inflated bytes of a member held at once (a record's page is capped far below this). */
const MAX_MEMBER_OUTPUT = 256 * 1024 * 1024;

/** The next position after `from` where a gzip header may start (1f 8b 08), or -1. */
function nextMagic(buf: Uint8Array, from: number): number {
  for (let i = buf.indexOf(0x1f, from); i !== -1; i = buf.indexOf(0x1f, i + 1)) {
    if (i + 2 >= buf.length || (buf[i + 1] === 0x8b && buf[i + 2] === 8)) return i;
  }
  return -1;
}

export async function* gunzipMembers(source: ByteSource): AsyncGenerator<GunzipPiece> {
  const input = source[Symbol.asyncIterator]();
  let buf: Buffer = Buffer.alloc(0);
  let ended = false;
  /** Reads one more chunk of compressed bytes; false at the end of the source. */
  const more = async (): Promise<boolean> => {
    if (ended) return false;
    const next = await input.next();
    if (next.done) {
      ended = true;
      return false;
    }
    buf = buf.length === 0 ? Buffer.from(next.value) : Buffer.concat([buf, next.value]);
    return true;
  };
  let inGarbage = false;
  try {
    for (;;) {
      if (buf.length === 0 && !(await more())) return;
      const header = headerLength(buf);
      if (header === 'more') {
        if (await more()) continue;
        // The file ends inside a member's header.
        yield CORRUPT;
        return;
      }
      if (header === 'none') {
        // Not a member here: say so once, then look for the next member.
        if (!inGarbage) yield CORRUPT;
        inGarbage = true;
        const at = nextMagic(buf, 1);
        if (at !== -1) buf = buf.subarray(at);
        else {
          buf = buf.subarray(Math.max(1, buf.length - 2));
          if (!(await more())) return;
        }
        continue;
      }
      inGarbage = false;
      const member = await inflateMember(header);
      if (member === 'stream') {
        // Too large to hold: the rest goes through zlib's stream, as a single member would.
        yield* streamRest();
        return;
      }
      if (member === null) {
        yield CORRUPT;
        const at = nextMagic(buf, 1);
        buf = at === -1 ? buf.subarray(buf.length) : buf.subarray(at);
        inGarbage = at === -1;
        continue;
      }
      yield member;
    }
  } finally {
    if (!ended) await input.return?.();
  }

  /**
   * Inflates the member at the start of `buf` (its header `header` bytes long) and drops it
   * from `buf`. Null when it is corrupt or cut short; 'stream' when it is too large to hold.
   * More input is read only when the bytes held doubled, so a large member costs a few tries.
   */
  async function inflateMember(header: number): Promise<Uint8Array | null | 'stream'> {
    for (;;) {
      try {
        const { buffer, engine } = inflateRawSync(buf.subarray(header), { info: true, maxOutputLength: MAX_MEMBER_OUTPUT }) as unknown as {
          buffer: Buffer;
          engine: { bytesWritten: number };
        };
        // Eight bytes of trailer (CRC32, size) follow the deflate stream.
        buf = buf.subarray(Math.min(buf.length, header + engine.bytesWritten + 8));
        return buffer;
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'ERR_BUFFER_TOO_LARGE') return 'stream';
        if (code !== 'Z_BUF_ERROR') return null;
        // The file ends inside the member: what it holds, so the reader finds the record cut short.
        if (ended) return cutShort(header);
        if (buf.length > MAX_MEMBER_BYTES) return 'stream';
        const target = buf.length * 2;
        while (buf.length < target && (await more()));
      }
    }
  }

  function cutShort(header: number): Uint8Array | null {
    try {
      const partial = inflateRawSync(buf.subarray(header), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: MAX_MEMBER_OUTPUT });
      buf = buf.subarray(buf.length);
      return partial;
    } catch {
      return null;
    }
  }

  async function* streamRest(): AsyncGenerator<Uint8Array> {
    const held = buf;
    buf = Buffer.alloc(0);
    async function* rest(): AsyncGenerator<Uint8Array> {
      yield held;
      for (let next = await input.next(); !next.done; next = await input.next()) yield next.value;
      ended = true;
    }
    const gunzip = createGunzip({ finishFlush: constants.Z_SYNC_FLUSH });
    // pipeline forwards a source error (EACCES mid-read) into gunzip, so our loop sees it.
    pipeline(Readable.from(rest()), gunzip, () => {});
    yield* gunzip as AsyncIterable<Buffer>;
  }
}
