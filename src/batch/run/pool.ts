/**
 * Runs page tasks: on tinypool worker threads for `jobs > 1`, inline for `jobs = 1` (no thread
 * start-up, no copying; tests and small runs stay cheap). Either way `run` never rejects: a
 * worker that dies (out of memory, a native crash) gives the page an error record.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Tinypool } from 'tinypool';
import { errorLine } from './record.js';
import type { PageResult, PageTask } from './types.js';
import { processPage } from './worker.js';

import type { UserRules } from '../../rules/user/types.js';

export interface ExtractPool {
  readonly jobs: number;
  run(task: PageTask): Promise<PageResult>;
  close(): Promise<void>;
}

export interface PoolOptions {
  jobs: number;
  /** The compiled worker module; defaults to worker.js beside this file (dist/batch/run/). */
  workerUrl?: URL;
  /** User rules for inline runs; workers load them from the task's rulesPath. */
  userRules?: UserRules;
}

export function createExtractPool({ jobs, workerUrl, userRules }: PoolOptions): ExtractPool {
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`jobs must be a positive integer, got ${jobs}`);
  return jobs === 1 ? inlinePool(userRules) : threadPool(jobs, workerUrl ?? new URL('./worker.js', import.meta.url));
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
  };
}

/**
 * A worker's young generation capped at 4 MB (V8's default lets it reach 48 MB). Extraction
 * makes short-lived garbage in bursts, so each worker's nursery grew to its cap and stayed
 * there: with two workers that alone took a run from about 270 MB to 370 MB of RSS. The
 * smaller nursery measured within noise on CPU time (1,000 corpus pages, --jobs 2).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };

function threadPool(jobs: number, workerUrl: URL): ExtractPool {
  const pool = new Tinypool({ filename: workerUrl.href, minThreads: jobs, maxThreads: jobs, idleTimeout: 30_000, resourceLimits: WORKER_LIMITS });
  return {
    jobs,
    async run(task) {
      const transferList = movable(task);
      try {
        return (await pool.run(task, { transferList })) as PageResult;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        return errorLine(task, 'internal', `worker failed: ${message}`);
      }
    },
    close: () => pool.destroy(),
  };
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
