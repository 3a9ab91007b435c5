/**
 * The word-level metric of the WCXB benchmark (its `evaluate.py`), as `score.mjs --words`
 * re-implements it: per page, the bag-of-words overlap of lower-cased `\w+` tokens; corpus
 * precision, recall and F1 are plain means over pages (F1 is the mean of page F1s, not the
 * harmonic mean of the means). Order and layout do not count, only which words are there.
 */

export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Bag-of-words scores of one page from its gold and predicted tokens (case is folded here). */
export function wordScore(goldTokens: readonly string[], predTokens: readonly string[]): WordScore {
  if (goldTokens.length === 0) return predTokens.length === 0 ? { precision: 1, recall: 1, f1: 1 } : { precision: 0, recall: 0, f1: 0 };
  if (predTokens.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const t of goldTokens) {
    const key = t.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let overlap = 0;
  for (const t of predTokens) {
    const key = t.toLowerCase();
    const c = counts.get(key) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(key, c - 1);
    }
  }
  const precision = overlap / predTokens.length;
  const recall = overlap / goldTokens.length;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}
