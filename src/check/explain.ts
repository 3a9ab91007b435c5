/**
 * `--explain` for a failing body: which of the page's blocks a missing or extra paragraph
 * came from, so the report can name the rule that dropped or kept it. Matching is on
 * normalised text (case, punctuation and spacing ignored): the same text, one containing the
 * other, or a large share of common words. Pure.
 */
import type { Decision } from '../types.js';

/** Blocks shown per paragraph: a paragraph usually comes from one block, rarely from more. */
const MAX_MATCHES = 3;
/** Share of common words (Jaccard) from which a block counts as the paragraph reworded. */
const MIN_OVERLAP = 0.5;
/** A block this short (in words) is contained in too many paragraphs to say anything. */
const MIN_CONTAINED_WORDS = 3;

/** The decisions about the blocks a paragraph's text came from, best match first. */
export function decisionsFor(paragraph: string, trace: readonly Decision[]): Decision[] {
  const para = normalise(paragraph);
  if (para === '') return [];
  const paraWords = new Set(para.split(' '));
  const scored: { decision: Decision; score: number }[] = [];
  for (const decision of trace) {
    const score = matchScore(para, paraWords, normalise(decision.text));
    if (score > 0) scored.push({ decision, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.decision.index - b.decision.index)
    .slice(0, MAX_MATCHES)
    .map((s) => s.decision);
}

/** What a decision did, for one report line: `dropped by drop-captions (photo credit)`. */
export function describeDecision(d: Decision): string {
  const what = d.field ? `taken as the ${d.field} by` : d.verdict === 'content' ? 'kept by' : 'dropped by';
  return `${what} ${d.rule}${d.reason ? ` (${d.reason})` : ''}`;
}

function matchScore(para: string, paraWords: ReadonlySet<string>, block: string): number {
  if (block === '') return 0;
  if (block === para) return 3;
  const blockWords = block.split(' ');
  // Padded with spaces so only whole words match: `art` is not in `party`.
  if (contains(para, block) && blockWords.length >= MIN_CONTAINED_WORDS) return 2 + block.length / para.length;
  if (contains(block, para)) return 2 + para.length / block.length;
  const common = new Set(blockWords.filter((w) => paraWords.has(w)));
  const union = new Set([...blockWords, ...paraWords]).size;
  const overlap = common.size / union;
  return overlap >= MIN_OVERLAP ? overlap : 0;
}

function contains(outer: string, inner: string): boolean {
  return ` ${outer} `.includes(` ${inner} `);
}

/** Lower case, words only (letters, digits), single spaces. */
function normalise(text: string): string {
  return (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
