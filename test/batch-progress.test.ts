/**
 * The batch progress line: the census of what lies ahead (pages, bytes; dumps and streams make
 * the page total unknown), the figures drawn from it (done/total, bar, pages/s, ETA, errors),
 * the meter's redraw throttle, and the CLI showing it on a terminal only.
 */
import { spawnSync } from 'node:child_process';
import { constants, closeSync, openSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { doneFraction, duration, etaMs, formatProgress, progressMeter } from '../src/batch/run/progress.js';
import { emptyCounts, type BatchCounts } from '../src/batch/run/summary.js';
import { takeCensus } from '../src/batch/sources/census.js';
import { readListAhead } from '../src/batch/sources/list-ahead.js';
import { ENOUGH_AHEAD } from '../src/batch/run/growth.js';
import { runCli } from '../src/cli/program.js';
import { tempDir } from './support/temp-dir.js';

const F = 'fixtures/batch';
const TREE_FILES = ['B.html', 'a.html', 'b.txt', 'sub/c.html.gz', 'sub/deeper/d.txt'].map((f) => `${F}/tree/${f}`);
const size = (path: string) => statSync(path).size;
const counts = (over: Partial<BatchCounts>): BatchCounts => ({ ...emptyCounts(), ...over });
/** A list of paths on a stdin that has ended. */
const listOn = (...lines: string[]) => Readable.from([Buffer.from(lines.join('\n') + '\n')]);
const HAVE_MKFIFO = spawnSync('mkfifo', ['--version']).status === 0;

async function all<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('takeCensus', () => {
  it('counts the pages and bytes of a tree of page files', async () => {
    const census = await takeCensus([`${F}/tree`]);
    expect(census).toEqual({ pages: TREE_FILES.length, bytes: TREE_FILES.reduce((n, f) => n + size(f), 0) });
  });

  it('counts an input that will be an error record as a page', async () => {
    expect((await takeCensus([`${F}/tree/a.html`, 'no/such/file.html']))?.pages).toBe(2);
  });

  it('leaves the page total unknown for a dump, but counts its bytes', async () => {
    const census = await takeCensus([`${F}/tree/a.html`, `${F}/pages.warc.gz`]);
    expect(census).toEqual({ pages: null, bytes: size(`${F}/tree/a.html`) + size(`${F}/pages.warc.gz`) });
  });

  it('knows nothing ahead of a page on stdin, nor of a list on stdin without the run\'s reader of it', async () => {
    expect(await takeCensus(['-'])).toEqual({ pages: null, bytes: null });
    expect(await takeCensus([], { fromList: '-' })).toEqual({ pages: null, bytes: null });
  });

  it('counts a list on stdin, once its reader has read it to the end, as it counts the same paths given', async () => {
    const list = readListAhead('-', listOn('# pages', `${F}/tree`, '', 'no/such/file.html'), ENOUGH_AHEAD.pages);
    const census = await takeCensus([], { fromList: '-', list });
    expect(census).toEqual({ pages: TREE_FILES.length + 1, bytes: TREE_FILES.reduce((n, f) => n + size(f), 0) });
    expect(census).toEqual(await takeCensus([`${F}/tree`, 'no/such/file.html']));
    // The run still gets every entry, in list order.
    expect(await all(list.entries())).toEqual([`${F}/tree`, 'no/such/file.html']);
  });

  it('takes a list on stdin longer than its reader keeps for a long run: partial, nothing counted', async () => {
    const list = readListAhead('-', listOn(...TREE_FILES), 3);
    expect(await takeCensus([], { fromList: '-', list })).toEqual({ pages: null, bytes: null, partial: true });
    expect(await all(list.entries())).toEqual(TREE_FILES);
  });

  it('waits for a list on stdin still coming without holding up the run, and stops when its signal fires', async () => {
    const stdin = new PassThrough();
    stdin.write(`${F}/tree/a.html\n`);
    const list = readListAhead('-', stdin, ENOUGH_AHEAD.pages);
    const stop = new AbortController();
    const census = takeCensus([], { fromList: '-', list, signal: stop.signal });
    const entries = list.entries();
    expect((await entries.next()).value).toBe(`${F}/tree/a.html`);
    stop.abort();
    expect(await census).toBeNull();
    stdin.end();
    expect((await entries.next()).done).toBe(true);
  });

  it.skipIf(!HAVE_MKFIFO)('never opens a list on a FIFO a second time: it counts from the run\'s reader', { timeout: 30_000 }, async () => {
    const fifo = join(tempDir('pith-census-'), 'list');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    try {
      // Opened here, it would wait for a writer (and, with one, take lines the run then never sees).
      expect(await takeCensus([], { fromList: fifo })).toEqual({ pages: null, bytes: null });
      const writing = writeFile(fifo, `${F}/tree\n`);
      const list = readListAhead(fifo, undefined, ENOUGH_AHEAD.pages);
      expect(await takeCensus([], { fromList: fifo, list })).toEqual(await takeCensus([`${F}/tree`]));
      await writing;
      expect(await all(list.entries())).toEqual([`${F}/tree`]);
    } finally {
      // A reader left waiting on the FIFO (the old census) is let go.
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        // no reader waits
      }
    }
  });

  it('counts only the shard\'s own page files, so shards add up to the whole', async () => {
    const parts = await Promise.all([1, 2, 3].map((index) => takeCensus([`${F}/tree`], { shard: { index, count: 3 } })));
    expect(parts.reduce((n, c) => n + (c?.pages ?? 0), 0)).toBe(TREE_FILES.length);
  });

  it('stops counting once it has found enough, and says the count is partial', async () => {
    const census = await takeCensus([`${F}/tree`], { enough: { pages: 2, bytes: Infinity } });
    expect(census?.partial).toBe(true);
    expect(census?.pages).toBeGreaterThanOrEqual(2);
    expect(census?.pages).toBeLessThan(TREE_FILES.length);
    const byBytes = await takeCensus([`${F}/tree`], { enough: { pages: Infinity, bytes: 1 } });
    expect(byBytes?.partial).toBe(true);
    // Below the mark the count is whole, and not marked.
    expect(await takeCensus([`${F}/tree`], { enough: { pages: 100, bytes: 1e9 } })).toEqual(await takeCensus([`${F}/tree`]));
  });

  it('stops when its signal fires', async () => {
    expect(await takeCensus([`${F}/tree`], { signal: AbortSignal.abort() })).toBeNull();
  });
});

describe('formatProgress', () => {
  it('shows done of total, a bar, pages/s, ETA and errors when the total is known', () => {
    const line = formatProgress({ counts: counts({ written: 250, errors: 3 }), elapsedMs: 10_000, census: { pages: 1000, bytes: 5e6 }, bytesRead: 0, etaMs: 30_000 });
    expect(line).toBe('[#####...............] 25% · 250/1,000 pages · 25 pages/s · ETA 30s · 3 errors');
  });

  it('counts skipped inputs (resume) as done', () => {
    const line = formatProgress({ counts: counts({ written: 10, skipped: 40 }), elapsedMs: 1000, census: { pages: 100, bytes: 1 }, bytesRead: 0 });
    expect(line).toContain('50/100 pages');
    expect(line).toContain('50%');
  });

  it('falls back to bytes read for a dump, whose page total is unknown', () => {
    const line = formatProgress({ counts: counts({ written: 40, errors: 1 }), elapsedMs: 4000, census: { pages: null, bytes: 400 * 1024 ** 2 }, bytesRead: 100 * 1024 ** 2, etaMs: 12_000 });
    expect(line).toBe('[#####...............] 25% · 40 pages · 100 MB/400 MB · 10 pages/s · ETA 12s · 1 error');
  });

  it('shows no bar and no ETA while nothing is known ahead', () => {
    expect(formatProgress({ counts: counts({ written: 1 }), elapsedMs: 2000, census: null, bytesRead: 10 })).toBe('1 page · 0.5 pages/s · 0 errors');
    expect(formatProgress({ counts: counts({ written: 7 }), elapsedMs: 1000, census: { pages: null, bytes: null }, bytesRead: 10 })).toBe('7 pages · 7.0 pages/s · 0 errors');
  });

  it('fits the terminal: the bar, then the sizes, the rate, the errors and the ETA give way; pages stay', () => {
    const state = { counts: counts({ written: 250, errors: 3 }), elapsedMs: 10_000, census: { pages: null, bytes: 400 * 1024 ** 2 }, bytesRead: 100 * 1024 ** 2, etaMs: 30_000 };
    const full = formatProgress(state);
    expect(full).toBe('[#####...............] 25% · 250 pages · 100 MB/400 MB · 25 pages/s · ETA 30s · 3 errors');
    expect(formatProgress(state, full.length + 1)).toBe(full);
    expect(formatProgress(state, 70)).toBe('25% · 250 pages · 100 MB/400 MB · 25 pages/s · ETA 30s · 3 errors');
    expect(formatProgress(state, 50)).toBe('25% · 250 pages · 25 pages/s · ETA 30s · 3 errors');
    expect(formatProgress(state, 40)).toBe('25% · 250 pages · ETA 30s · 3 errors');
    expect(formatProgress(state, 30)).toBe('25% · 250 pages · ETA 30s');
    expect(formatProgress(state, 12)).toBe('25% · 250 p');
    for (const width of [5, 12, 20, 33, 47, 80]) expect(formatProgress(state, width).length).toBeLessThan(width);
  });

  it('gives an ETA only after the warm-up, from the rate measured since', () => {
    expect(etaMs(null, { elapsedMs: 1500, fraction: 0.1 })).toBeNull();
    // Warmed up at 2 s with 10% done; at 2.5 s too little is measured yet.
    expect(etaMs({ elapsedMs: 2000, fraction: 0.1 }, { elapsedMs: 2500, fraction: 0.2 })).toBeNull();
    // 20% more in 2 s since the warm-up: the remaining 70% take 7 s, whatever the slow start.
    expect(etaMs({ elapsedMs: 2000, fraction: 0.1 }, { elapsedMs: 4000, fraction: 0.3 })).toBeCloseTo(7000);
    expect(etaMs({ elapsedMs: 2000, fraction: 0.1 }, { elapsedMs: 4000, fraction: 0.1 })).toBeNull();
  });

  it('drops a total the run has outgrown instead of showing 12/10', () => {
    expect(formatProgress({ counts: counts({ written: 12 }), elapsedMs: 1000, census: { pages: 10, bytes: 1 }, bytesRead: 0 })).toContain('12 pages');
  });

  it('bounds the fraction and formats durations', () => {
    expect(doneFraction(5, 0, { pages: 0, bytes: 0 })).toBe(1);
    expect(doneFraction(0, 900, { pages: null, bytes: 300 })).toBe(1);
    expect([duration(0), duration(59_400), duration(247_000), duration(3 * 3600_000 + 5 * 60_000)]).toEqual(['0s', '59s', '4m07s', '3h05m']);
  });
});

describe('progressMeter', () => {
  it('redraws one line at most every interval, shows the total as soon as it is known, and erases itself', () => {
    let now = 0;
    const frames: string[] = [];
    const meter = progressMeter((text) => frames.push(text), () => now, { intervalMs: 200 });
    const c = counts({});
    c.written = 1;
    meter.update(c);
    now = 50;
    c.written = 2;
    meter.update(c); // within the interval: not drawn
    meter.setCensus({ pages: 4, bytes: 100 }); // drawn at once
    now = 300;
    c.written = 3;
    meter.update(c);
    meter.clear();
    meter.setCensus({ pages: 4, bytes: 100 }); // after clear: nothing more
    expect(frames.map((f) => /\d+(?:\/\d+)? pages?/.exec(f)?.[0] ?? f)).toEqual(['1 page', '2/4 pages', '3/4 pages', '\r\x1b[K']);
    expect(frames.slice(0, -1).every((f) => f.startsWith('\r') && f.endsWith('\x1b[K'))).toBe(true);
  });

  it('shows no ETA in the warm-up, then one from the rate since; follows the width it is given', () => {
    let now = 0;
    let columns = 200;
    const frames: string[] = [];
    const meter = progressMeter((text) => frames.push(text), () => now, { intervalMs: 0, columns: () => columns });
    meter.setCensus({ pages: 100, bytes: 1 });
    const c = counts({});
    for (const [t, written] of [[500, 1], [2000, 10], [2600, 16], [4000, 30]] as const) {
      now = t;
      c.written = written;
      meter.update(c);
    }
    // Warm at 2 s with 10 done; by 4 s 20 more: 70 left at 10 a second. (A rate since the
    // start, 30 in 4 s, would have said 9s.)
    expect(frames.map((f) => /ETA \S+/.exec(f)?.[0] ?? null)).toEqual([null, null, null, 'ETA 7s']);
    columns = 30;
    meter.update(c);
    expect(frames.at(-1)!.replace(/^\r|\x1b\[K$/g, '').length).toBeLessThan(30);
  });

  it('suspends (erases the line until the next redraw) and clears for good', () => {
    let now = 0;
    const frames: string[] = [];
    const meter = progressMeter((text) => frames.push(text), () => now, { intervalMs: 200 });
    const c = counts({ written: 1 });
    meter.update(c);
    meter.suspend();
    meter.suspend(); // nothing shown: nothing to erase
    now = 250;
    meter.update(c);
    meter.clear();
    meter.update(c);
    expect(frames.map((f) => (f === '\r\x1b[K' ? 'erase' : 'draw'))).toEqual(['draw', 'erase', 'draw', 'erase']);
  });
});

describe('the CLI progress line', () => {
  async function run(argv: string[], stderrIsTTY: boolean) {
    let err = '';
    const code = await runCli({ stdout: () => {}, stderr: (s) => (err += s), stdin: Readable.from([]), stderrIsTTY, env: {} }, ['--now', '2026-11-26', '--jobs', '1', ...argv]);
    return { code, err };
  }

  it('draws on a terminal, erases itself before the summary', async () => {
    const { err } = await run([`${F}/tree`], true);
    expect(err).toMatch(/^\r.*pages?.*pages\/s.*errors?\x1b\[K/);
    expect(err).toMatch(/\r\x1b\[Kpith: 5 pages read/);
  });

  it('shows the total of a list on stdin, as for a tree', async () => {
    let err = '';
    const stdin = listOn(`${F}/tree`, 'no/such/file.html');
    await runCli({ stdout: () => {}, stderr: (s) => (err += s), stdin, stderrIsTTY: true, env: {} }, ['--now', '2026-11-26', '--jobs', '1', '--from-list', '-']);
    expect(err).toMatch(/\/6 pages/);
    expect(err).toMatch(/pith: 6 pages read/);
  });

  it('is erased before each record when stdout is the same terminal', async () => {
    const log: string[] = [];
    await runCli(
      { stdout: (s) => log.push(`out:${s}`), stderr: (s) => log.push(`err:${s}`), stdin: Readable.from([]), stderrIsTTY: true, stdoutIsTTY: true, env: {} },
      ['--now', '2026-11-26', '--jobs', '1', `${F}/tree`],
    );
    let lineOpen = false;
    for (const entry of log) {
      if (entry.startsWith('out:')) expect(lineOpen, 'a record written after the progress line').toBe(false);
      else if (entry === 'err:\r\x1b[K') lineOpen = false;
      else if (entry.startsWith('err:\r')) lineOpen = true;
    }
    expect(log.filter((e) => e.startsWith('out:'))).toHaveLength(5);
  });

  it('an interrupted run with --output-dir says how to resume; a second interrupt ends the line first', async () => {
    let err = '';
    const out = tempDir('pith-progress-');
    const interrupt = (handler: (signal: 'SIGINT', final: boolean) => void) => {
      handler('SIGINT', false); // at once: the run stops before its first page
      return () => {};
    };
    await runCli({ stdout: () => {}, stderr: (s) => (err += s), stdin: Readable.from([]), stderrIsTTY: true, env: {}, onInterrupt: interrupt }, ['--now', '2026-11-26', '--output-dir', out, `${F}/tree`]);
    expect(err).toMatch(/interrupted; to resume, run the same command with --skip-existing\n$/);
    err = '';
    const twice = (handler: (signal: 'SIGINT', final: boolean) => void) => {
      handler('SIGINT', false);
      handler('SIGINT', true);
      return () => {};
    };
    await runCli({ stdout: () => {}, stderr: (s) => (err += s), stdin: Readable.from([]), stderrIsTTY: true, env: {}, onInterrupt: twice }, ['--now', '2026-11-26', `${F}/tree`]);
    expect(err).toMatch(/^pith: interrupted again: stopped at once, pages in flight not written\n/);
  });

  it('is silent on a pipe and with --quiet', async () => {
    expect((await run([`${F}/tree`], false)).err).not.toContain('\r');
    expect((await run(['--quiet', `${F}/tree`], true)).err).toBe('');
  });
});
