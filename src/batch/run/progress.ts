/**
 * The progress line of a batch run on a terminal: pages done (of the total when known), a bar
 * and percentage, pages/s, ETA and errors so far. The figures are a pure function of the state;
 * the meter around them redraws one stderr line at most five times a second.
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
}

const BAR_WIDTH = 20;

export function formatProgress({ counts, elapsedMs, census, bytesRead }: ProgressState): string {
  const done = counts.written + counts.skipped;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const fraction = doneFraction(done, bytesRead, census);
  const parts: string[] = [];
  const total = census?.pages ?? null;
  const pages = total !== null && total >= done ? `${grouped(done)}/${grouped(total)} pages` : `${grouped(done)} ${done === 1 ? 'page' : 'pages'}`;
  if (fraction !== null) {
    const filled = Math.round(fraction * BAR_WIDTH);
    parts.push(`[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${Math.floor(fraction * 100)}%`);
  }
  parts.push(pages);
  if (fraction !== null && total === null && census?.bytes) parts.push(`${megabytes(bytesRead)}/${megabytes(census.bytes)}`);
  parts.push(`${rate.toFixed(rate < 10 ? 1 : 0)} pages/s`);
  if (fraction !== null && fraction > 0 && fraction < 1) parts.push(`ETA ${duration((elapsedMs * (1 - fraction)) / fraction)}`);
  parts.push(`${counts.errors} ${counts.errors === 1 ? 'error' : 'errors'}`);
  return parts.join(' · ');
}

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
  /** Erase the line (before the summary is printed). */
  clear(): void;
}

/** Redraws `formatProgress` on one terminal line via `write`, at most every `intervalMs`. */
export function progressMeter(write: (text: string) => void, clock: () => number, intervalMs = 200): ProgressMeter {
  const started = clock();
  let last = -Infinity;
  let shown = false;
  let census: Census | null = null;
  let bytesRead = 0;
  let latest: Readonly<BatchCounts> | null = null;
  let closed = false;
  const draw = () => {
    if (!latest || closed) return;
    last = clock();
    shown = true;
    write(`\r${formatProgress({ counts: latest, elapsedMs: last - started, census, bytesRead })}\x1b[K`);
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
      draw(); // the total appears as soon as it is known
    },
    clear() {
      if (shown) write('\r\x1b[K');
      shown = false;
      closed = true;
    },
  };
}
