/**
 * Runs page tasks on tinypool worker threads, or inline in the main thread when asked (tests
 * and library callers that want no thread start-up). Either way `run` never rejects: a worker
 * that dies gives the page an error record. On threads each page has a budget: one that runs
 * past `pageTimeoutMs` is stopped (its worker is replaced) and becomes a `timeout` record, one
 * whose heap would pass `pageMemoryMb` kills only its worker and becomes a `too-large` record,
 * so the run goes on whatever a page does, ordered or not, with any number of jobs.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { MessageChannel, type Transferable } from 'node:worker_threads';
import { Tinypool } from 'tinypool';
import { errorLine } from './record.js';
import { Slots } from './slots.js';
import { usableCores } from './cores.js';
import type { PageResult, PageTask } from './types.js';
import { processPage } from './worker.js';

import type { UserRules } from '../../rules/user/types.js';

export interface ExtractPool {
  readonly jobs: number;
  run(task: PageTask): Promise<PageResult>;
  close(): Promise<void>;
  /** Worker threads started so far (0 inline). */
  threadsStarted(): number;
}

export interface PoolOptions {
  jobs: number;
  /** Run in the main thread (no budgets: a page cannot be stopped there). Default: jobs = 1 without budgets. */
  inline?: boolean;
  /** A page's time budget on a worker, in ms (--timeout). */
  pageTimeoutMs?: number;
  /** A worker's heap budget, in MB (--max-memory). */
  pageMemoryMb?: number;
  /** The compiled worker module; defaults to worker.js beside this file (dist/batch/run/). */
  workerUrl?: URL;
  /** User rules for inline runs; workers load them from the task's rulesPath. */
  userRules?: UserRules;
  /** How long one worker works alone before the others may start (default GROW_AFTER_MS). */
  growAfterMs?: number;
  /**
   * Asked every GROW_CHECK_MS from then on: whether the work left pays for the other workers
   * (growth.ts). Without it they start at growAfterMs.
   */
  worthGrowing?: () => boolean;
}

/** Threads beyond this many a core only cost memory: --jobs 256 started 256 workers (3 GB). */
export const MAX_THREADS_PER_CORE = 4;
/**
 * One worker works alone this long before the others start. A worker costs a start-up (a
 * thread, then the pipeline's code loaded and compiled: a few hundred ms of CPU) that a few
 * pages never pay back: --jobs 2 was no faster than --jobs 1 on three pages, for twice the
 * CPU. A batch run from the CLI also asks whether what is left of it is long enough to pay for
 * them (growth.ts); a library caller's pool grows once this has passed.
 */
export const GROW_AFTER_MS = 500;
/** How often a pool with a `worthGrowing` question asks it. */
export const GROW_CHECK_MS = 250;

export function createExtractPool(opts: PoolOptions): ExtractPool {
  const { jobs, workerUrl, userRules } = opts;
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`jobs must be a positive integer, got ${jobs}`);
  const inline = opts.inline ?? (jobs === 1 && opts.pageTimeoutMs === undefined && opts.pageMemoryMb === undefined);
  if (inline) return inlinePool(userRules);
  return threadPool(Math.min(jobs, MAX_THREADS_PER_CORE * usableCores()), workerUrl ?? defaultWorkerUrl(), opts);
}

/** The compiled worker: beside this module in dist/, or dist's copy when this runs from src/ (tests, after a build). */
function defaultWorkerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../../dist/batch/run/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url);
}

function inlinePool(userRules: UserRules | undefined): ExtractPool {
  return {
    jobs: 1,
    async run(task) {
      // Yield a macrotask first: extraction is synchronous, and without a turn of the event
      // loop a SIGINT handler (and so the abort signal) could not fire between pages.
      await nextTurn();
      return processPage(task, userRules);
    },
    async close() {},
    threadsStarted: () => 0,
  };
}

/**
 * A worker's young generation capped at 4 MB (V8's default lets it reach 48 MB). Extraction
 * makes short-lived garbage in bursts, so each worker's nursery grew to its cap and stayed
 * there: with two workers that alone took a run from about 270 MB to 370 MB of RSS. The
 * smaller nursery measured within noise on CPU time (1,000 corpus pages, --jobs 2).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };
/**
 * One or two workers get a 16 MB nursery. A lone worker (--jobs 1, on a thread so its page can
 * be stopped): the 4 MB one cost it about a tenth more CPU (1,000 corpus pages, alternated
 * runs: 16.2 CPU s against 18.1). With --jobs 2 the first worker works alone for GROW_AFTER_MS
 * and then does most of the pages, so the small nursery made --jobs 2 slower than --jobs 1 on
 * the 181 corpus pages (medians of alternated runs: 2.50 and 3.19 s against 2.28 and 2.99);
 * with 16 MB it is level (2.44, 2.92), for some 40 MB more peak RSS (543 pages: 341 MB, not 300).
 */
const SMALL_POOL_LIMITS = { maxYoungGenerationSizeMb: 16 };

function threadPool(jobs: number, workerUrl: URL, opts: PoolOptions): ExtractPool {
  const nursery = jobs <= 2 ? SMALL_POOL_LIMITS : WORKER_LIMITS;
  const resourceLimits = { ...nursery, ...(opts.pageMemoryMb !== undefined && { maxOldGenerationSizeMb: opts.pageMemoryMb }) };
  // Workers start as pages come to them (see the turns below), and stay for the run.
  const pool = new Tinypool({ filename: workerUrl.href, minThreads: 1, maxThreads: jobs, idleTimeout: 30_000, resourceLimits });
  // At most as many pages as there are turns are handed to tinypool at once, so a page's clock
  // starts when a worker takes it, never while it waits behind another. One turn at first:
  // the others (and their workers) come once the run has lasted GROW_AFTER_MS.
  const turns = new Slots(1, 'jobs');
  let growth: NodeJS.Timeout | undefined;
  const startGrowth = () => {
    if (growth !== undefined || jobs === 1) return;
    const ask = () => {
      if (opts.worthGrowing === undefined || opts.worthGrowing()) return turns.grow(jobs - 1);
      growth = setTimeout(ask, GROW_CHECK_MS);
      growth.unref();
    };
    growth = setTimeout(ask, opts.growAfterMs ?? GROW_AFTER_MS);
    growth.unref();
  };
  return {
    jobs,
    async run(task) {
      const transferList: Transferable[] = movable(task);
      startGrowth();
      await turns.acquire();
      const budget = opts.pageTimeoutMs !== undefined ? new AbortController() : null;
      let timer: NodeJS.Timeout | undefined;
      let channel: MessageChannel | undefined;
      if (budget) {
        // The clock starts when the worker takes the page (a replaced worker boots first).
        channel = new MessageChannel();
        channel.port1.once('message', () => (timer = setTimeout(() => budget.abort(), opts.pageTimeoutMs)));
        task.started = channel.port2;
        transferList.push(channel.port2);
      }
      try {
        return (await pool.run(task, { transferList, signal: budget?.signal })) as PageResult;
      } catch (err) {
        if (budget?.signal.aborted) return errorLine(task, 'timeout', `page took longer than ${seconds(opts.pageTimeoutMs!)} (--timeout); stopped`);
        if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
          const need = opts.pageMemoryMb !== undefined ? `more than ${opts.pageMemoryMb} MB of memory` : 'more memory than a worker has';
          return errorLine(task, 'too-large', `page needs ${need} (--max-memory)`);
        }
        const message = err instanceof Error ? err.message : String(err);
        return errorLine(task, 'internal', `worker failed: ${message}`);
      } finally {
        clearTimeout(timer);
        channel?.port1.close();
        turns.release();
      }
    },
    close: () => {
      clearTimeout(growth);
      return pool.destroy();
    },
    threadsStarted: () => pool.threads.length,
  };
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}


/**
 * Moves the page's bytes to the worker instead of copying them. Only a buffer the view spans
 * whole is moved: a slice of Node's shared Buffer pool would detach other buffers with it, so
 * such a view is copied once into its own buffer first.
 */
function movable(task: PageTask): ArrayBuffer[] {
  const page = task.page;
  if (typeof page === 'string') return [];
  if (!(page.buffer instanceof ArrayBuffer) || page.byteOffset !== 0 || page.byteLength !== page.buffer.byteLength) {
    task.page = page.slice();
  }
  return [(task.page as Uint8Array).buffer as ArrayBuffer];
}
