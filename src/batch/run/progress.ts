/**
 * The progress line of a batch run on a terminal: pages done (of the total when known), a bar
 * and percentage, pages/s, ETA and errors so far, cut to the width of the terminal it is drawn
 * on (stderr's, not stdout's, which is usually redirected). The figures are a pure function of
 * the state; the meter around them redraws one stderr line at most five times a second, erases
 * it before anything else is written to the same terminal, and gives an ETA only once the run
 * is past its warm-up (workers starting made the first estimate of a 10 s run 7m33s).
 */
import type { Census } from '../sources/census.js';
import { type BatchCounts } from './summary.js';

export interface ProgressState {
  counts: Readonly<BatchCounts>;
  /** Since the run started. */
  elapsedMs: number;
  /** What lies ahead, once counted; null while the count runs. */
  census: Census | null;
  /** File bytes read so far (page files and dumps, on disk). */
  bytesRead: number;
  /** Time left, once it can be told (see etaMs); absent: no ETA shown. */
  etaMs?: number | null;
}

const BAR_WIDTH = 20;

/** The line, at most `width - 1` columns when a width is given (the last column would wrap). */
export function formatProgress({ counts, elapsedMs, census, bytesRead, etaMs }: ProgressState, width?: number): string {
  const done = counts.written + counts.skipped;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const fraction = doneFraction(done, bytesRead, census);
  const total = census?.pages ?? null;
  const pages = total !== null && total >= done ? `${grouped(done)}/${grouped(total)} pages` : `${grouped(done)} ${done === 1 ? 'page' : 'pages'}`;
  const bar = fraction === null ? null : `[${'#'.repeat(Math.round(fraction * BAR_WIDTH))}${'.'.repeat(BAR_WIDTH - Math.round(fraction * BAR_WIDTH))}] `;
  // Parts in display order, each with the rank it is given up in when the line is too wide.
  const parts: { text: string; drop: number }[] = [];
  if (fraction !== null) parts.push({ text: `${bar}${Math.floor(fraction * 100)}%`, drop: 1 });
  parts.push({ text: pages, drop: 9 });
  if (fraction !== null && total === null && census?.bytes) parts.push({ text: `${megabytes(bytesRead)}/${megabytes(census.bytes)}`, drop: 2 });
  parts.push({ text: `${rate.toFixed(rate < 10 ? 1 : 0)} pages/s`, drop: 3 });
  if (etaMs != null && fraction !== null && fraction < 1) parts.push({ text: `ETA ${duration(etaMs)}`, drop: 5 });
  parts.push({ text: `${counts.errors} ${counts.errors === 1 ? 'error' : 'errors'}`, drop: 4 });
  const room = width === undefined ? Infinity : width - 1;
  const line = () => parts.map((p) => p.text).join(' · ');
  // Narrow terminal: the bar goes to a percentage first, then parts by rank, then the line is cut.
  if (line().length > room && bar !== null) parts[0].text = parts[0].text.slice(bar.length);
  for (let rank = 2; line().length > room && rank < 9; rank++) {
    const at = parts.findIndex((p) => p.drop === rank);
    if (at >= 0) parts.splice(at, 1);
  }
  return line().slice(0, Math.max(0, room));
}

/**
 * Time left: the rate measured since the warm-up (WARM_UP_MS) applied to what is left, once
 * there are MIN_MEASURED_MS of it; null before. The first seconds (workers starting, code
 * compiling) run slower than the rest, so a rate that counted them overstated the time left.
 */
export function etaMs(sinceWarmUp: { elapsedMs: number; fraction: number } | null, now: { elapsedMs: number; fraction: number }): number | null {
  if (sinceWarmUp === null) return null;
  const spent = now.elapsedMs - sinceWarmUp.elapsedMs;
  const gained = now.fraction - sinceWarmUp.fraction;
  if (spent < MIN_MEASURED_MS || gained <= 0) return null;
  return ((1 - now.fraction) * spent) / gained;
}

/** The start of a run that does not count towards its rate: workers starting, code compiling. */
export const WARM_UP_MS = 2000;
/** How much of the rest of the run the ETA needs before it is shown. */
const MIN_MEASURED_MS = 1000;

/**
 * How far the run is, 0..1: by pages when the total is known, else by bytes read of the bytes
 * ahead (a dump's records are counted only as they are reached). Null when neither is known.
 */
export function doneFraction(done: number, bytesRead: number, census: Census | null): number | null {
  if (census?.pages != null) return census.pages > 0 ? Math.min(1, done / census.pages) : 1;
  if (census?.bytes != null) return census.bytes > 0 ? Math.min(1, bytesRead / census.bytes) : 1;
  return null;
}

/** `3h05m`, `4m07s`, `12s`. */
export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

function grouped(n: number): string {
  return n.toLocaleString('en-US');
}

function megabytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${(bytes / 1024 ** 2).toFixed(bytes < 10 * 1024 ** 2 ? 1 : 0)} MB`;
}

export interface ProgressMeter {
  update(counts: Readonly<BatchCounts>): void;
  addBytes(n: number): void;
  setCensus(census: Census): void;
  /** Erase the line for now (something else is about to be written to the terminal); the next update draws it again. */
  suspend(): void;
  /** Erase the line for good (before the summary is printed, or the process exits). */
  clear(): void;
}

export interface MeterOptions {
  /** Least time between two redraws (default 200 ms). */
  intervalMs?: number;
  /** The terminal's columns (stderr's), read at each redraw: a resized window is followed. */
  columns?: () => number | undefined;
}

/** Redraws `formatProgress` on one terminal line via `write`, at most every `intervalMs`. */
export function progressMeter(write: (text: string) => void, clock: () => number, opts: MeterOptions = {}): ProgressMeter {
  const intervalMs = opts.intervalMs ?? 200;
  const started = clock();
  let last = -Infinity;
  let shown = false;
  let census: Census | null = null;
  let bytesRead = 0;
  let latest: Readonly<BatchCounts> | null = null;
  let closed = false;
  let warmedUp: { elapsedMs: number; fraction: number } | null = null;
  const draw = () => {
    if (!latest || closed) return;
    last = clock();
    const elapsedMs = last - started;
    const fraction = doneFraction(latest.written + latest.skipped, bytesRead, census);
    if (warmedUp === null && fraction !== null && elapsedMs >= WARM_UP_MS) warmedUp = { elapsedMs, fraction };
    const eta = fraction === null ? null : etaMs(warmedUp, { elapsedMs, fraction });
    shown = true;
    write(`\r${formatProgress({ counts: latest, elapsedMs, census, bytesRead, etaMs: eta }, opts.columns?.())}\x1b[K`);
  };
  const erase = () => {
    if (shown) write('\r\x1b[K');
    shown = false;
  };
  return {
    update(counts) {
      latest = counts;
      if (clock() - last >= intervalMs) draw();
    },
    addBytes(n) {
      bytesRead += n;
    },
    setCensus(c) {
      census = c;
      // The total appears as soon as it is known; the warm-up mark is taken again on it.
      warmedUp = null;
      draw();
    },
    suspend: erase,
    clear() {
      erase();
      closed = true;
    },
  };
}
