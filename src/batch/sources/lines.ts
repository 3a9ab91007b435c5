/**
 * Lines of a byte stream, split on LF (a trailing CR dropped), numbered from 1. Not readline:
 * readline holds a line of any length in memory and swallows an over-long line's size; here a
 * line longer than `maxLineBytes` is reported (bytes: null) and skipped without being buffered,
 * so one runaway record cannot take the process's memory.
 */
import type { ByteSource } from './streams.js';
import { CORRUPT, type GunzipPiece } from './gzip-members.js';

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line without its end, or null when it was longer than the cap. */
  bytes: Uint8Array | null;
  /** The line's length in bytes (counted even when it was not kept). */
  length: number;
  /** Set in place of the lines a corrupt gzip member held (their number is unknown; this counts as one). */
  corrupt?: true;
}

const LF = 0x0a;
const CR = 0x0d;

export async function* splitLines(source: ByteSource | AsyncIterable<GunzipPiece>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let number = 0;

  const finish = (): Line => {
    number++;
    let bytes: Uint8Array | null = null;
    if (length <= maxLineBytes) {
      bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts);
      if (bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    }
    const line = { number, bytes, length };
    parts = [];
    length = 0;
    return line;
  };

  for await (const chunk of source) {
    if (chunk === CORRUPT) {
      // The line in progress ran into the damage: it is lost with the member's lines.
      parts = [];
      length = 0;
      yield { number: ++number, bytes: null, length: 0, corrupt: true };
      continue;
    }
    let start = 0;
    for (let end = chunk.indexOf(LF); end !== -1; end = chunk.indexOf(LF, start)) {
      keep(chunk.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    keep(chunk.subarray(start));
  }
  if (length > 0) yield finish();

  /** Buffers a piece of the current line only while the line is still under the cap. */
  function keep(piece: Uint8Array): void {
    if (piece.length === 0) return;
    length += piece.length;
    if (length <= maxLineBytes) parts.push(piece);
    else parts = [];
  }
}
