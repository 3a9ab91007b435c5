/**
 * WARC framing that checks itself: each record is its header, a blank line, Content-Length
 * bytes of block, and a blank line before the next `WARC/` header. A length that is wrong
 * (too large swallowed the next record; too small cut this one) is found by that check and
 * the record is resynchronised on the next `WARC/1.x` header, its block recovered whole; a
 * record cut by the end of the file or by a corrupt gzip member is reported as such, and
 * reading goes on with the next good record. warcio then parses each framed record alone
 * (HTTP headers, chunked and content encodings).
 */
import { CORRUPT, type GunzipPiece } from './gzip-members.js';

/** A record as framed: its header text and block (null when larger than the cap), and what was wrong with its framing. */
export interface Frame {
  kind: 'record';
  /** Position in the file, from 1. */
  position: number;
  header: string;
  /** WARC-Record-ID without its angle brackets, when the header has one. */
  id: string | null;
  block: Uint8Array | null;
  /** With no block: its first bytes (enough for the HTTP headers), to tell what the record was. */
  head?: Uint8Array;
  /** Set when the record's Content-Length was wrong and the block was recovered by resynchronising. */
  repaired?: string;
}

/** A record that cannot be read: cut by the end of the file, or by a corrupt gzip member. */
export interface BrokenFrame {
  kind: 'broken';
  position: number;
  id: string | null;
  code: 'truncated' | 'corrupt';
  message: string;
}

/** Bytes skipped between records because they were not a record (damage too). */
export interface Garbage {
  kind: 'garbage';
  bytes: number;
}

const CRLF2 = Buffer.from('\r\n\r\n');
const NEXT_RECORD = Buffer.from('\r\n\r\nWARC/1.');
const WARC = Buffer.from('WARC/');
/** A header longer than this is no header. */
const MAX_HEADER = 64 * 1024;
/** Of a block too large to hold, this much is kept: its HTTP headers say what it was. */
const HEAD_OF_LARGE_BLOCK = 64 * 1024;

class CorruptInput extends Error {}

/** A byte buffer over the gunzipped pieces; a CORRUPT piece throws CorruptInput where it falls. */
class Reader {
  private buf: Buffer = Buffer.alloc(0);
  private ended = false;
  private pendingCorrupt = false;
  constructor(private readonly input: AsyncIterator<GunzipPiece>) {}

  get length(): number {
    return this.buf.length;
  }

  /** Reads until `n` bytes are held or the input ends; false at the end. */
  async fill(n: number): Promise<boolean> {
    while (this.buf.length < n) {
      if (this.pendingCorrupt) {
        this.pendingCorrupt = false;
        throw new CorruptInput();
      }
      if (this.ended) return false;
      const next = await this.input.next();
      if (next.done) this.ended = true;
      else if (next.value === CORRUPT) this.pendingCorrupt = true;
      else this.buf = this.buf.length === 0 ? Buffer.from(next.value) : Buffer.concat([this.buf, next.value]);
    }
    return true;
  }

  /** After a corrupt member: what was held belonged to the damaged part. */
  dropHeld(): void {
    this.buf = Buffer.alloc(0);
  }

  /** A corrupt member met while looking past a record that was whole: the next read meets it. */
  corruptAhead(): void {
    this.pendingCorrupt = true;
  }

  byteAt(i: number): number {
    return this.buf[i];
  }

  startsWith(bytes: Uint8Array, at = 0): boolean {
    return this.buf.subarray(at, at + bytes.length).equals(bytes);
  }

  /** Position of `pattern` from `from`, reading on while it is not found, up to `limit` bytes held; -1 when not found. */
  async find(pattern: Uint8Array, from: number, limit = Infinity): Promise<number> {
    let start = from;
    for (;;) {
      const at = this.buf.indexOf(pattern, start);
      if (at !== -1) return at;
      start = Math.max(from, this.buf.length - pattern.length + 1);
      if (this.buf.length >= limit || !(await this.fill(this.buf.length + 1))) return -1;
    }
  }

  take(n: number): Buffer {
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }

  /** Drops `n` bytes, reading on as needed; false when the input ends first. */
  async skip(n: number): Promise<boolean> {
    while (n > 0) {
      if (this.buf.length === 0 && !(await this.fill(1))) return false;
      const step = Math.min(n, this.buf.length);
      this.take(step);
      n -= step;
    }
    return true;
  }

  /** Puts bytes back in front (a record the previous one swallowed). */
  unshift(bytes: Uint8Array): void {
    this.buf = Buffer.concat([bytes, this.buf]);
  }
}

/**
 * The records of a WARC (gunzipped pieces in), in order. `maxBlock`: blocks larger than this
 * are skipped rather than held (their frame has `block: null`).
 */
export async function* warcFrames(pieces: AsyncIterable<GunzipPiece>, maxBlock: number): AsyncGenerator<Frame | BrokenFrame | Garbage> {
  const reader = new Reader(pieces[Symbol.asyncIterator]());
  let position = 0;
  for (;;) {
    let id: string | null = null;
    let started = false;
    try {
      // Blank lines between records.
      while ((await reader.fill(1)) && (reader.byteAt(0) === 0x0d || reader.byteAt(0) === 0x0a)) reader.take(1);
      if (reader.length === 0) return;
      if (!(await reader.fill(WARC.length)) || !reader.startsWith(WARC)) {
        // Not a record here: skip to the next record's header.
        const next = await reader.find(Buffer.from('\nWARC/1.'), 0);
        const skipped = next === -1 ? reader.length : next + 1;
        reader.take(skipped);
        yield { kind: 'garbage', bytes: skipped };
        continue;
      }
      position++;
      started = true;
      const headerEnd = await reader.find(CRLF2, 0, MAX_HEADER);
      if (headerEnd === -1) {
        yield { kind: 'broken', position, id, code: 'truncated', message: `WARC ends inside the header of record ${position}` };
        return;
      }
      const header = reader.take(headerEnd + CRLF2.length).toString('latin1');
      id = /^WARC-Record-ID:\s*<?([^>\r\n]*)>?\s*$/im.exec(header)?.[1] ?? null;
      const length = Number(/^Content-Length:\s*(\d+)\s*$/im.exec(header)?.[1] ?? NaN);
      if (!Number.isFinite(length)) {
        yield* resyncAfterBadLength(reader, position, id, header, 'has no Content-Length', maxBlock);
        continue;
      }
      let block: Buffer | null = null;
      let head: Buffer | undefined;
      if (length <= maxBlock) {
        if (!(await reader.fill(length))) {
          // The file ends first: unless the length was too large and the next record is in there, the record is cut.
          const got = Buffer.from(reader.take(reader.length));
          // The last record's length is too large, but its block ends as a record does.
          if (got.length >= CRLF2.length && got.subarray(got.length - CRLF2.length).equals(CRLF2) && got.indexOf(NEXT_RECORD) === -1) {
            const whole = got.subarray(0, got.length - CRLF2.length);
            yield { kind: 'record', position, header, id, block: whole, repaired: `Content-Length ${length} is ${length - whole.length} bytes too large: read to the end of the file` };
            return;
          }
          const inside = got.indexOf(NEXT_RECORD);
          if (inside === -1) {
            yield { kind: 'broken', position, id, code: 'truncated', message: `WARC ends inside record ${position}` };
            return;
          }
          reader.unshift(got.subarray(inside + CRLF2.length));
          yield { kind: 'record', position, header, id, block: got.subarray(0, inside), repaired: `Content-Length ${length} is ${length - inside} bytes too large: read up to the next record` };
          continue;
        }
        block = Buffer.from(reader.take(length));
      } else {
        await reader.fill(HEAD_OF_LARGE_BLOCK);
        head = Buffer.from(reader.take(Math.min(HEAD_OF_LARGE_BLOCK, reader.length)));
        if (!(await reader.skip(length - head.length))) {
          yield { kind: 'broken', position, id, code: 'truncated', message: `WARC ends inside record ${position}` };
          return;
        }
      }
      if (await endsWell(reader)) {
        yield { kind: 'record', position, header, id, block, ...(head && { head }) };
        continue;
      }
      // The length is wrong. Too large: the block holds the next record's start.
      const inside = block ? block.indexOf(NEXT_RECORD) : -1;
      if (block && inside !== -1) {
        reader.unshift(block.subarray(inside + CRLF2.length));
        const whole = block.subarray(0, inside);
        yield { kind: 'record', position, header, id, block: whole, repaired: `Content-Length ${length} is ${length - whole.length} bytes too large: read up to the next record` };
        continue;
      }
      // Too small: the block goes on up to the next record.
      yield* resyncAfterBadLength(reader, position, id, header, `Content-Length ${length} is too small`, maxBlock, block);
    } catch (err) {
      if (!(err instanceof CorruptInput)) throw err;
      reader.dropHeld();
      // A member that cannot be inflated held a record (one a member, as WARC writers do): it is lost, and said so.
      if (!started) position++;
      yield { kind: 'broken', position, id, code: 'corrupt', message: `record ${position} is in a corrupt gzip member` };
    }
  }
}

/**
 * After a block: blank lines, then the end of the file or the next record. A corrupt member
 * just past a whole record (one record per member) is the next record's trouble, not this one's.
 */
async function endsWell(reader: Reader): Promise<boolean> {
  try {
    let at = 0;
    while ((await reader.fill(at + 1)) && at < 4 && (reader.byteAt(at) === 0x0d || reader.byteAt(at) === 0x0a)) at++;
    if (!(await reader.fill(at + 1))) return true;
    return at > 0 && (await reader.fill(at + WARC.length)) && reader.startsWith(WARC, at);
  } catch (err) {
    if (!(err instanceof CorruptInput)) throw err;
    reader.corruptAhead();
    return true;
  }
}

/** The block runs on to the next record's header (or the end): recovered whole, up to maxBlock. */
async function* resyncAfterBadLength(
  reader: Reader,
  position: number,
  id: string | null,
  header: string,
  why: string,
  maxBlock: number,
  read: Uint8Array | null = Buffer.alloc(0),
): AsyncGenerator<Frame> {
  const next = await reader.find(NEXT_RECORD, 0);
  const rest = next === -1 ? reader.length : next;
  const tail = reader.take(rest);
  if (next !== -1) reader.take(CRLF2.length);
  const size = (read?.length ?? 0) + tail.length;
  const block = read && size <= maxBlock ? Buffer.concat([read, tail]) : null;
  yield { kind: 'record', position, header, id, block, repaired: `${why}: read up to the ${next === -1 ? 'end of the file' : 'next record'}` };
}
