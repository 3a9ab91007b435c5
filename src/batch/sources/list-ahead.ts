/**
 * A `--from-list` that can be read only once (stdin, a FIFO such as `<(find ...)`), read by
 * one reader for both the run and the census. Before, the census gave up on a list on stdin
 * (the run's size unknown: no total on the progress line, and the pool grew blindly after
 * BLIND_GROW_AFTER_MS: 1,000 paths took 6.09 s with --jobs 2 against 6.01 with --jobs 1), and
 * opened a FIFO a second time, taking lines the run then never saw.
 *
 * The reader takes entries as they come and queues them for the run, at most `limit` ahead of
 * it: a list of millions of paths never sits whole in memory, and a slow producer holds up
 * nothing (the run takes each entry as soon as it is read). It also keeps every entry while
 * there are at most `limit`: that copy is the census's, so a list that ends within it is
 * counted like a tree, and a longer one is a long run (a partial census), as a tree is past
 * ENOUGH_AHEAD.
 */
import { stat } from 'node:fs/promises';
import { listEntries, type ListEntry } from './expand.js';
import { fsPath } from './raw-names.js';
import { type ByteSource, toSourceError } from './streams.js';

export interface ListAhead {
  /** The list's entries in list order, each once: for the run (one consumer). */
  entries(): AsyncGenerator<ListEntry>;
  /**
   * Every entry, once the list has ended within the limit; 'long' once more came first; null
   * when `signal` fires before either.
   */
  whole(signal?: AbortSignal): Promise<readonly ListEntry[] | 'long' | null>;
}

/** Whether a list can be read only once: stdin, or anything not a regular file (a FIFO, a device). */
export async function listReadOnce(list: string): Promise<boolean> {
  if (list === '-') return true;
  // A list that cannot be stat'ed fails when the run opens it, as an error entry.
  return stat(fsPath(list)).then((info) => !info.isFile(), () => false);
}

/** Starts reading `list` now; `limit` bounds both the entries queued ahead of the run and the census's copy. */
export function readListAhead(list: string, stdin: ByteSource | undefined, limit: number): ListAhead {
  const source = listEntries(list, stdin);
  let queue: ListEntry[] = [];
  let taken = 0; // queue[0, taken) went to the run
  let kept: ListEntry[] | null = [];
  let ended = false;
  let stopped = false; // the run let go of the list
  // One wake-up for every change (an entry read, one taken, the end): each waiter checks again.
  let waiting: (() => void)[] = [];
  const changed = () => new Promise<void>((resolve) => waiting.push(resolve));
  const wake = () => {
    const woken = waiting;
    waiting = [];
    for (const resolve of woken) resolve();
  };
  let decide!: () => void;
  const decided = new Promise<void>((resolve) => (decide = resolve));

  void (async () => {
    try {
      while (!stopped) {
        // One past the limit, so that a longer list is known to be long without the run taking any.
        if (queue.length - taken > limit) {
          await changed();
          continue;
        }
        const next = await source.next();
        if (next.done) break;
        queue.push(next.value);
        if (kept !== null && kept.push(next.value) > limit) {
          kept = null;
          decide();
        }
        wake();
      }
      if (stopped) await source.return(undefined);
    } catch (err) {
      // listEntries reports a failed read as an entry; anything else is one too, not a crash.
      queue.push(toSourceError(list, err));
      kept?.push(toSourceError(list, err));
    } finally {
      ended = true;
      decide();
      wake();
    }
  })();

  return {
    async *entries() {
      try {
        for (;;) {
          if (taken < queue.length) {
            const entry = queue[taken++];
            // Drop what was taken now and then, not at every entry (shift would copy the queue each time).
            if (taken >= 1024 && 2 * taken >= queue.length) {
              queue = queue.slice(taken);
              taken = 0;
            }
            wake();
            yield entry;
          } else if (ended) return;
          else await changed();
        }
      } finally {
        stopped = true;
        wake();
      }
    },
    async whole(signal) {
      if (signal?.aborted) return null;
      let onAbort = () => {};
      const aborted = new Promise<void>((resolve) => (onAbort = resolve));
      signal?.addEventListener('abort', onAbort, { once: true });
      await Promise.race([decided, aborted]);
      signal?.removeEventListener('abort', onAbort);
      return signal?.aborted ? null : (kept ?? 'long');
    },
  };
}
