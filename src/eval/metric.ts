/**
 * Body-text metric of the ScrapingHub article-extraction benchmark (its `evaluate.py`),
 * as re-implemented by `../shared/tools/score.mjs`. Pure: strings in, numbers out.
 *
 * - Tokens are Python-`re` `\w+` matches; punctuation, whitespace and layout do not count.
 * - Each text becomes a multiset of overlapping 4-token shingles; per document,
 *   TP/FP/FN are the multiset overlap, prediction-only and gold-only parts.
 * - The corpus precision is a mean over documents whose prediction has tokens, the recall a
 *   mean over documents whose gold has tokens, and F1 the harmonic mean of those two means.
 */

/**
 * Python's `\w` on `str`: letters, numbers and `_`. It excludes combining marks (Mn/Mc),
 * so e.g. Devanagari words split at vowel signs; that is the benchmark's behaviour, kept.
 */
const WORD_RE = /[\p{L}\p{N}_]+/gu;

import { wordScore, type WordScore } from './words.js';

/** Shingle length of the benchmark. */
export const SHINGLE_SIZE = 4;

/** `\w+` tokens of a text, in order. Case is kept: `The` and `the` differ. */
export function tokenize(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/**
 * Multiset of word 4-grams. As in `evaluate.py`, 1 to 3 tokens form one shorter shingle
 * (so very short texts still score), and no tokens form none.
 */
function shingleCounts(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const windows = tokens.length === 0 ? 0 : Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < windows; i++) {
    // A space never occurs inside a token, so joining with one keeps shingles distinct.
    const key = tokens.slice(i, i + SHINGLE_SIZE).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Shingle-multiset overlap counts of one document. */
export interface ShingleMatch {
  /** Shingles in both texts (multiset minimum). */
  tp: number;
  /** Shingles only in the prediction. */
  fp: number;
  /** Shingles only in the gold. */
  fn: number;
}

function matchShingles(goldTokens: readonly string[], predTokens: readonly string[]): ShingleMatch {
  const gold = shingleCounts(goldTokens);
  const pred = shingleCounts(predTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, g] of gold) {
    const p = pred.get(key) ?? 0;
    tp += Math.min(g, p);
    fn += Math.max(0, g - p);
  }
  for (const [key, p] of pred) fp += Math.max(0, p - (gold.get(key) ?? 0));
  return { tp, fp, fn };
}

/** `evaluate.py`'s precision, with its special cases: identical (or both empty) is 1, nothing predicted is 0. */
export function precisionOf({ tp, fp, fn }: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** `evaluate.py`'s recall: identical (or both empty) is 1, empty gold is 0. */
export function recallOf({ tp, fp, fn }: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function harmonic(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** Score of one document. `tp`/`fp`/`fn` are raw shingle counts (integers). */
export interface DocumentScore extends ShingleMatch {
  precision: number;
  recall: number;
  /** Harmonic mean of this document's P and R (reported per document only; the corpus F1 is not its mean). */
  f1: number;
  /** The whole token sequences are equal. */
  exact: boolean;
  predTokens: number;
  goldTokens: number;
  /** WCXB's word-level scores of this document (bag of lower-cased words). */
  words: WordScore;
}

/** Scores one prediction against its gold text. */
export function scoreDocument(gold: string, pred: string): DocumentScore {
  const goldTokens = tokenize(gold);
  const predTokens = tokenize(pred);
  const counts = matchShingles(goldTokens, predTokens);
  const precision = precisionOf(counts);
  const recall = recallOf(counts);
  const exact = goldTokens.length === predTokens.length && goldTokens.every((t, i) => t === predTokens[i]);
  return {
    ...counts,
    precision,
    recall,
    f1: harmonic(precision, recall),
    exact,
    predTokens: predTokens.length,
    goldTokens: goldTokens.length,
    words: wordScore(goldTokens, predTokens),
  };
}

/**
 * Why a document scored as it did: `missing` (no prediction for the id), `empty_pred`
 * (a prediction with no tokens), `empty_gold`, or `ok`. Same words as score.mjs's TSV.
 */
export type BodyStatus = 'ok' | 'missing' | 'empty_pred' | 'empty_gold';

/** One gold document's row in the corpus result. */
export interface PerDocRow extends DocumentScore {
  id: string;
  /** No prediction was given for this id; it was scored as an empty prediction. */
  missing: boolean;
  status: BodyStatus;
}

/** Corpus-level body scores, in score.mjs's terms. */
export interface CorpusScore {
  /** Harmonic mean of `precision` and `recall`. */
  f1: number;
  /** Mean per-document precision over documents whose prediction has at least one token. */
  precision: number;
  /** Mean per-document recall over documents whose gold has at least one token. */
  recall: number;
  /** Share of documents whose token sequence equals the gold's. */
  accuracy: number;
  /** Gold documents scored. */
  n: number;
  /** Gold ids with no prediction (scored as empty). */
  missing: number;
  /** Prediction ids that match no gold id (ignored). */
  extra: number;
  /** WCXB's word-level metric: means over documents of their word precision, recall and F1. */
  words: WordScore;
  /** One row per gold document, in the gold's order. */
  perDoc: PerDocRow[];
}

/**
 * Compensated (Neumaier) mean. Python's `statistics.mean` is exact; a plain sum would drift
 * by a few ulps and make agreement checks against the reference depend on document order.
 * The mean of nothing is 0 (where `evaluate.py` would raise).
 */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  let sum = 0;
  let comp = 0;
  for (const x of xs) {
    const t = sum + x;
    comp += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return (sum + comp) / xs.length;
}

function statusOf(missing: boolean, doc: DocumentScore): BodyStatus {
  if (missing) return 'missing';
  if (doc.predTokens === 0) return 'empty_pred';
  if (doc.goldTokens === 0) return 'empty_gold';
  return 'ok';
}

/**
 * Scores predictions against gold bodies, both keyed by corpus id (map input paths to ids
 * with `idForInput` first). A gold id without a prediction counts as an empty prediction,
 * which lowers recall only; prediction ids absent from the gold are counted in `extra`.
 */
export function scoreCorpus(gold: ReadonlyMap<string, string>, preds: ReadonlyMap<string, string>): CorpusScore {
  const perDoc: PerDocRow[] = [];
  for (const [id, goldText] of gold) {
    const pred = preds.get(id);
    const missing = pred === undefined;
    const doc = scoreDocument(goldText, pred ?? '');
    perDoc.push({ id, missing, status: statusOf(missing, doc), ...doc });
  }
  let extra = 0;
  for (const id of preds.keys()) if (!gold.has(id)) extra++;
  return { ...aggregate(perDoc), extra, perDoc };
}

/** The corpus figures of a set of scored documents (the whole corpus, or one group of it). */
export function aggregate(perDoc: readonly PerDocRow[]): Omit<CorpusScore, 'extra' | 'perDoc'> {
  // Documents with tokens on a side are exactly those with shingles on that side.
  const precision = mean(perDoc.filter((d) => d.predTokens > 0).map((d) => d.precision));
  const recall = mean(perDoc.filter((d) => d.goldTokens > 0).map((d) => d.recall));
  return {
    f1: harmonic(precision, recall),
    precision,
    recall,
    accuracy: mean(perDoc.map((d) => (d.exact ? 1 : 0))),
    n: perDoc.length,
    missing: perDoc.filter((d) => d.missing).length,
    words: {
      precision: mean(perDoc.map((d) => d.words.precision)),
      recall: mean(perDoc.map((d) => d.words.recall)),
      f1: mean(perDoc.map((d) => d.words.f1)),
    },
  };
}
