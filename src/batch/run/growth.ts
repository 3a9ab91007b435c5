/**
 * When a batch run's second (and later) workers pay for themselves. A worker costs its start
 * (a thread, the pipeline's code loaded) and then a warm-up: its first pages run cold, and V8
 * compiles them on background threads that take the same cores the first worker and its own
 * compiler use. On the 2-core machine a run of 200 pages (2.4 s) was no faster with two
 * workers (wall 0.94x-0.98x of one, for a third more CPU), 500 pages (6 s) 1.00x-1.04x,
 * 1,000 pages 1.10x, 20,000 pages 1.42x. So the others start only when what is left of the
 * run, at the rate the first worker now goes, is longer than their payback (paybackMs).
 */
import type { Census } from '../sources/census.js';
import { doneFraction } from './progress.js';

/** Work left (at the lone worker's rate) that pays for more workers: the 2-core machine broke even near 5 s. */
export const PAYBACK_MS = 6000;
/**
 * The same with cores to spare (three or more): a new worker warms up beside the first one
 * rather than on its collector's core, and pays back sooner. Not measured here (two cores): a
 * shorter wait, so that a run of a few seconds on a large machine still spreads out.
 */
export const SPARE_CORES_PAYBACK_MS = 2000;

/**
 * The payback on a machine of `cores` cores. One core never pays for a second worker: the two
 * take turns on it (1,000 pages pinned to one core: --jobs 2 took 1.3x the time of --jobs 1).
 */
export function paybackMs(cores: number): number {
  if (cores <= 1) return Infinity;
  return cores === 2 ? PAYBACK_MS : SPARE_CORES_PAYBACK_MS;
}

/** The rate is taken over the pages finished this recently: the first pages, cold, would make every run look long. */
export const RATE_WINDOW_MS = 500;
/** A run whose size cannot be known (a dump on stdin, a list on stdin still coming) grows once it has lasted this long. */
export const BLIND_GROW_AFTER_MS = 3000;
/**
 * With no progress line to feed, the census stops counting here: past either, the run is long
 * enough whatever its pages (5,000 pages is more than PAYBACK_MS at any rate measured; 256 MB of
 * dumps likewise), and a tree of a million files is not walked twice. A list on stdin is read
 * at most this many entries ahead of the run, and counted only when it ends within that
 * (sources/list-ahead.ts): a longer one is long too.
 */
export const ENOUGH_AHEAD = { pages: 5000, bytes: 256 * 1024 ** 2 };

/** What the run knows of itself when it asks. */
export interface RunSoFar {
  /** The census (null until it is in, or for a stream); `partial` when it stopped at ENOUGH_AHEAD. */
  census: (Census & { partial?: boolean }) | null;
  /** Pages written or skipped so far. */
  pagesDone: number;
  /** Bytes of input read so far (dumps are counted by bytes). */
  bytesRead: number;
}

/**
 * A question for the pool, asked every so often once the run has lasted its first moments:
 * is the work left worth more workers? It remembers the answers' progress to measure the rate.
 */
export function growthPolicy(state: () => RunSoFar, clock: () => number, cores = 2): () => boolean {
  const payback = paybackMs(cores);
  // Nothing pays on one core: the run is not even counted.
  if (payback === Infinity) return () => false;
  const started = clock();
  const samples: { at: number; done: number }[] = [];
  return () => {
    const now = clock();
    const { census, pagesDone, bytesRead } = state();
    if (census?.partial) return true;
    // How far the run is, as the progress line reads it: by pages, else by bytes (dumps).
    const done = doneFraction(pagesDone, bytesRead, census);
    if (done === null) return now - started >= BLIND_GROW_AFTER_MS;
    if (done >= 1) return false;
    samples.push({ at: now, done });
    while (samples.length > 2 && now - samples[1].at >= RATE_WINDOW_MS) samples.shift();
    const first = samples[0];
    if (now - first.at < RATE_WINDOW_MS || done <= first.done) return false;
    return ((1 - done) * (now - first.at)) / (done - first.done) >= payback;
  };
}
