/**
 * When a batch run starts its second and later workers (growth.ts): only when what is left of
 * it, at the lone worker's recent rate, pays for their start and warm-up.
 */
import { describe, expect, it } from 'vitest';
import { BLIND_GROW_AFTER_MS, PAYBACK_MS, RATE_WINDOW_MS, SPARE_CORES_PAYBACK_MS, growthPolicy, paybackMs, type RunSoFar } from '../src/batch/run/growth.js';

/** A policy over a run we drive by hand: `at(ms, state)` asks it at that moment. */
function drive(census: RunSoFar['census'], cores = 2) {
  let now = 0;
  let state: RunSoFar = { census, pagesDone: 0, bytesRead: 0 };
  const ask = growthPolicy(() => state, () => now, cores);
  return (ms: number, over: Partial<RunSoFar>) => {
    now = ms;
    state = { ...state, ...over };
    return ask();
  };
}

describe('growthPolicy', () => {
  it('keeps one worker for a run whose rest is short at the rate it now goes', () => {
    // 200 pages at 100 pages/s: 2 s left at the first measure, less after.
    const at = drive({ pages: 200, bytes: 1e7 });
    expect(at(500, { pagesDone: 20 })).toBe(false);
    expect(at(1000, { pagesDone: 70 })).toBe(false);
    expect(at(1500, { pagesDone: 120 })).toBe(false);
  });

  it('starts the others when the rest of the run is longer than their payback', () => {
    const pages = 5 + Math.ceil((PAYBACK_MS / 1000) * 100) + 100; // more than PAYBACK_MS left at 100 pages/s
    const at = drive({ pages, bytes: 1e8 });
    expect(at(500, { pagesDone: 5 })).toBe(false); // no rate yet: one sample
    expect(at(500 + RATE_WINDOW_MS, { pagesDone: 5 + RATE_WINDOW_MS / 10 })).toBe(true);
  });

  it('measures the rate over recent pages, not the cold first ones', () => {
    // Cold, 20 pages/s, 1,000 pages would look like 49 s; warm, 200 pages/s, 835 pages are 4.2 s.
    const at = drive({ pages: 1000, bytes: 1e8 });
    expect(at(500, { pagesDone: 5 })).toBe(false);
    expect(at(750, { pagesDone: 10 })).toBe(false);
    expect(at(1000, { pagesDone: 15 })).toBe(true); // still cold: the window saw 20 pages/s
    const warm = drive({ pages: 1000, bytes: 1e8 });
    for (const [ms, pagesDone] of [[500, 5], [750, 10], [1000, 15], [1250, 65], [1500, 115]]) warm(ms, { pagesDone });
    // Over the whole run so far 160 pages in 1.25 s (6.5 s left); over the last half second 4.2 s.
    expect(warm(1750, { pagesDone: 165 })).toBe(false);
  });

  it('measures a dump by its bytes when its pages cannot be counted ahead', () => {
    const long = drive({ pages: null, bytes: 1e9 });
    expect(long(500, { bytesRead: 1e6 })).toBe(false);
    expect(long(1000 + RATE_WINDOW_MS, { bytesRead: 2e6 })).toBe(true); // 1 MB/s, 997 s left
    const short = drive({ pages: null, bytes: 3e6 });
    expect(short(500, { bytesRead: 1e6 })).toBe(false);
    expect(short(1000 + RATE_WINDOW_MS, { bytesRead: 2e6 })).toBe(false); // 1 s left
  });

  it('pays back sooner with cores to spare, where a new worker does not share the first one\'s', () => {
    expect(paybackMs(2)).toBe(PAYBACK_MS);
    expect(paybackMs(8)).toBe(SPARE_CORES_PAYBACK_MS);
    expect(SPARE_CORES_PAYBACK_MS).toBeLessThan(PAYBACK_MS);
    // 500 pages at 100 pages/s after the first second: 4 s left.
    const run = (cores: number) => {
      const at = drive({ pages: 500, bytes: 1e7 }, cores);
      at(1000, { pagesDone: 50 });
      return at(1000 + RATE_WINDOW_MS, { pagesDone: 100 });
    };
    expect(run(2)).toBe(false);
    expect(run(8)).toBe(true);
  });

  it('never grows on one core, where two workers only take turns', () => {
    expect(paybackMs(1)).toBe(Infinity);
    const at = drive({ pages: 100_000, bytes: 1e9 }, 1);
    at(1000, { pagesDone: 50 });
    expect(at(1000 + RATE_WINDOW_MS, { pagesDone: 100 })).toBe(false);
    expect(drive({ pages: 5000, bytes: 2e8, partial: true }, 1)(500, {})).toBe(false);
    expect(drive(null, 1)(10 * BLIND_GROW_AFTER_MS, {})).toBe(false);
  });

  it('grows at once when the census stopped counting because the run is long', () => {
    const at = drive({ pages: 5000, bytes: 2e8, partial: true });
    expect(at(500, {})).toBe(true);
  });

  it('grows a run of unknown size (a stream) only once it has lasted long', () => {
    const stream = drive({ pages: null, bytes: null });
    expect(stream(500, { bytesRead: 1e6 })).toBe(false);
    expect(stream(BLIND_GROW_AFTER_MS - 1, {})).toBe(false);
    expect(stream(BLIND_GROW_AFTER_MS, {})).toBe(true);
    // A census not in yet counts as unknown.
    const counting = drive(null);
    expect(counting(500, {})).toBe(false);
    expect(counting(BLIND_GROW_AFTER_MS, {})).toBe(true);
  });

  it('never grows once everything is done, nor while nothing finishes', () => {
    const done = drive({ pages: 10, bytes: 1e5 });
    expect(done(5000, { pagesDone: 10 })).toBe(false);
    const stuck = drive({ pages: 10_000, bytes: 1e8 });
    expect(stuck(500, { pagesDone: 3 })).toBe(false);
    expect(stuck(500 + 2 * RATE_WINDOW_MS, { pagesDone: 3 })).toBe(false);
  });
});
