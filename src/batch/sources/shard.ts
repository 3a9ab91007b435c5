/**
 * Sharding a batch run (`--shard I/N`): a page belongs to shard I when the FNV-1a hash of its
 * name says so, the same on every machine. Apart from the walk so the CLI can check the option
 * without loading the batch machinery.
 */
import type { Shard } from './types.js';

/** 32-bit FNV-1a of the path's UTF-8 bytes: stable across machines, runs and Node versions. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** True when the page or error entry named `name` belongs to `shard`. */
export function inShard(name: string, shard: Shard): boolean {
  return fnv1a(name) % shard.count === shard.index - 1;
}

/** `"2/8"` -> `{ index: 2, count: 8 }`; throws an Error whose message the CLI can print as-is. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) throw new Error(`invalid shard "${text}": expected I/N, e.g. 2/8`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1) throw new Error(`invalid shard "${text}": N must be at least 1`);
  if (index < 1 || index > count) throw new Error(`invalid shard "${text}": I must be between 1 and ${count}`);
  return { index, count };
}
