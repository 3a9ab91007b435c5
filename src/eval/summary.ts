/**
 * One-line summaries for `pith eval`, in the exact shape score.mjs prints, so figures from
 * either tool can be compared by eye or by diff.
 */

import type { CorpusScore } from './metric.js';
import type { GroupScore } from './groups.js';
import type { WordScore } from './words.js';
import type { MetaScore } from './meta-metric.js';

const f = (x: number): string => x.toFixed(3);

/** `F1 0.958  precision 0.938  recall 0.978  accuracy 0.293  n=181 missing=0` (+ ` extra=k` when k > 0). */
export function formatSummary(result: Omit<CorpusScore, 'perDoc'>): string {
  const line =
    `F1 ${f(result.f1)}  precision ${f(result.precision)}  recall ${f(result.recall)}  ` +
    `accuracy ${f(result.accuracy)}  n=${result.n} missing=${result.missing}`;
  return result.extra ? `${line} extra=${result.extra}` : line;
}

/**
 * `title exact 0.800  title F1 0.900 (n=127)  date same-day 0.500 (n=33; wrong 1, none 2,
 * unparseable 0; dates on 3/97 undated)  n=130 missing=0` (+ ` extra=k` when k > 0).
 */
export function formatMetaSummary(result: Omit<MetaScore, 'rows'>): string {
  const { title, date } = result;
  const line =
    `title exact ${f(title.exact)}  title F1 ${f(title.tokenF1)} (n=${title.n})  ` +
    `date same-day ${f(date.sameDay)} (n=${date.n}; wrong ${date.wrongDay}, none ${date.none}, ` +
    `unparseable ${date.unparseable}; dates on ${date.predOnUndated}/${date.undated} undated)  ` +
    `n=${result.n} missing=${result.missing}`;
  return result.extra ? `${line} extra=${result.extra}` : line;
}

/** `author exact 0.510 (n=672)`: printed with --author, as score.mjs does. */
export function formatAuthorSummary(result: Pick<MetaScore, 'author'>): string {
  return `author exact ${f(result.author.exact)} (n=${result.author.n})`;
}

/** `words F1 0.755  precision 0.846  recall 0.745  (WCXB word-level metric, mean per page)`. */
export function formatWordsSummary(words: WordScore): string {
  return `words F1 ${f(words.f1)}  precision ${f(words.precision)}  recall ${f(words.recall)}  (WCXB word-level metric, mean per page)`;
}

/** `pageType=article: F1 0.925  precision 0.931  recall 0.919  words F1 0.926  n=710`. */
export function formatGroupLine(field: string, { group, score }: GroupScore): string {
  return `${field}=${group}: F1 ${f(score.f1)}  precision ${f(score.precision)}  recall ${f(score.recall)}  words F1 ${f(score.words.f1)}  n=${score.n}`;
}
