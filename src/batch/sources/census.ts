/**
 * A count of what a batch run has ahead of it, for the progress line only: the pages (when every
 * input is a page file) and the bytes on disk. It walks the same arguments as the run, in the
 * background, and reads only each file's head; it holds nothing per input, so a tree of a
 * million files costs a counter, not a list. A list that can be read only once (stdin) is
 * counted from the copy its reader keeps of a short one (list-ahead.ts).
 */
import { expandInputs, type ListEntry } from './expand.js';
import { listReadOnce, type ListAhead } from './list-ahead.js';
import { inShard } from './shard.js';
import { dumpKind, type PageSourceOptions } from './index.js';
import { readHead } from './head.js';

export interface Census {
  /** Pages the run will write; null when a dump or a stream makes that unknowable ahead. */
  pages: number | null;
  /** Bytes on disk the run will read (page files of this shard, dumps whole); null for a stream. */
  bytes: number | null;
  /**
   * Counted only until `enough` was reached: the run has at least this much ahead. A list on
   * stdin longer than its reader keeps is partial with nothing counted (pages and bytes null).
   */
  partial?: boolean;
}

type CensusOptions = Pick<PageSourceOptions, 'fromList' | 'shard' | 'jsonlField' | 'filter'> & {
  /** Stops the count (the run ended first, or was interrupted): resolves with null. */
  signal?: AbortSignal;
  /** Stop counting once this many pages or bytes are found (the answer is then `partial`). */
  enough?: { pages: number; bytes: number };
  /** The reader of a `fromList` that can be read only once (stdin, a FIFO); without it such a list makes the count unknown. */
  list?: ListAhead;
};

export async function takeCensus(args: readonly string[], opts: CensusOptions = {}): Promise<Census | null> {
  let listed: readonly ListEntry[] | undefined;
  if (opts.fromList !== undefined && (await listReadOnce(opts.fromList))) {
    // Read once, by the run's reader, which keeps a copy of a short list for this count.
    const whole = opts.list ? await opts.list.whole(opts.signal) : 'unknown';
    if (whole === null) return null;
    if (whole === 'unknown') return { pages: null, bytes: null };
    if (whole === 'long') return { pages: null, bytes: null, partial: true };
    listed = whole;
  }
  let pages: number | null = 0;
  let bytes: number | null = 0;
  const mine = (name: string) => !opts.shard || inShard(name, opts.shard);
  const count = (input: string, file: Awaited<ReturnType<typeof readHead>> | undefined) => {
    if (file === undefined) {
      if (pages !== null && mine(input)) pages++; // unreadable: one error record
    } else if (file === null) {
      pages = bytes = null; // stdin or a FIFO
    } else if (dumpKind(file.head, input, opts.jsonlField !== undefined) !== 'page') {
      pages = null;
      if (bytes !== null) bytes += file.size; // every shard reads a dump whole
    } else if (mine(input)) {
      if (pages !== null) pages++;
      if (bytes !== null) bytes += file.size;
    }
  };
  // Heads are read many at once: a batch with --jobs 1 extracts on this thread, and the count
  // gets one turn of the event loop per page, so each turn must settle many files.
  const pending = new Set<Promise<void>>();
  const enough = opts.enough;
  const reached = () => enough !== undefined && ((pages !== null && pages >= enough.pages) || (bytes !== null && bytes >= enough.bytes));
  for await (const input of expandInputs(args, { fromList: opts.fromList, filter: opts.filter, listed })) {
    if (opts.signal?.aborted) return null;
    if (reached()) {
      await Promise.all(pending);
      return opts.signal?.aborted ? null : { pages, bytes, partial: true };
    }
    if (typeof input !== 'string') {
      if (pages !== null && mine(input.name)) pages++; // an error record is written for it
      continue;
    }
    if (input === '-') {
      count(input, null);
      continue;
    }
    const job: Promise<void> = readHead(input)
      .catch(() => undefined)
      .then((file) => count(input, file))
      .finally(() => pending.delete(job));
    pending.add(job);
    if (pending.size >= PARALLEL_HEADS) await Promise.race(pending);
  }
  await Promise.all(pending);
  return opts.signal?.aborted ? null : { pages, bytes };
}

const PARALLEL_HEADS = 64;
