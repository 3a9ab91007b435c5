/**
 * What a batch run did, counted as records go out (a record dropped after a broken pipe is
 * read but not written), the one summary line for stderr, and the exit code as a pure
 * function of the counts.
 */
import type { PageOutcome } from './types.js';

export interface BatchCounts {
  /** Inputs taken from the sources and given to processing (source errors included). */
  read: number;
  /** Records written, by outcome. `articles + noArticle + otherType + errors === written`. */
  written: number;
  articles: number;
  noArticle: number;
  /** Pages of a type --only leaves out. */
  otherType: number;
  errors: number;
  /** Inputs not processed because --skip-existing found their record. */
  skipped: number;
  elapsedMs: number;
  /** Why the run ended before its inputs did: the reader left (EPIPE) or the user asked (SIGINT). */
  stoppedBy: 'broken-pipe' | 'abort' | null;
}

export function emptyCounts(): BatchCounts {
  return { read: 0, written: 0, articles: 0, noArticle: 0, otherType: 0, errors: 0, skipped: 0, elapsedMs: 0, stoppedBy: null };
}

export function countWritten(counts: BatchCounts, outcome: PageOutcome): void {
  counts.written++;
  if (outcome === 'article') counts.articles++;
  else if (outcome === 'no-article') counts.noArticle++;
  else if (outcome === 'other-type') counts.otherType++;
  else counts.errors++;
}

export function pagesPerSecond(counts: BatchCounts): number {
  return counts.elapsedMs > 0 ? (counts.written * 1000) / counts.elapsedMs : 0;
}

/** One line, no prefix, no newline: the CLI adds `pith: ` like its other diagnostics. */
export function formatSummary(counts: BatchCounts): string {
  const parts = [
    `${counts.read} ${plural(counts.read, 'page')} read`,
    `${counts.articles} ${plural(counts.articles, 'article')}`,
    `${counts.noArticle} no-article`,
    ...(counts.otherType > 0 ? [`${counts.otherType} of other types`] : []),
    `${counts.errors} ${plural(counts.errors, 'error')}`,
    `${counts.skipped} skipped`,
  ];
  const rate = pagesPerSecond(counts);
  const timing = `in ${(counts.elapsedMs / 1000).toFixed(1)}s (${rate.toFixed(rate < 10 ? 1 : 0)} pages/s)`;
  const stop = counts.stoppedBy === 'abort' ? ', interrupted' : counts.stoppedBy === 'broken-pipe' ? ', output closed' : '';
  return `${parts.join(', ')} ${timing}${stop}`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : word + 's';
}

export const EXIT_BATCH_OK = 0;
/** Some input gave no article or failed; the others' records are out. */
export const EXIT_BATCH_INCOMPLETE = 1;
/** Reserved for usage errors, which the CLI detects before any input is read. */
export const EXIT_BATCH_USAGE = 2;
/** 128 + SIGINT, the shell convention, so a script can tell a cut-short run from a clean one. */
export const EXIT_BATCH_INTERRUPTED = 130;
/** Stopped by SIGTERM: the same clean stop as SIGINT, with the shell's 128 + 15. */
export const EXIT_BATCH_TERMINATED = 143;

export function exitCodeForBatch(counts: BatchCounts): number {
  // The reader chose to stop (`| head`): not a failure of ours, whatever was left unread.
  if (counts.stoppedBy === 'broken-pipe') return EXIT_BATCH_OK;
  if (counts.stoppedBy === 'abort') return EXIT_BATCH_INTERRUPTED;
  return counts.noArticle > 0 || counts.errors > 0 ? EXIT_BATCH_INCOMPLETE : EXIT_BATCH_OK;
}
