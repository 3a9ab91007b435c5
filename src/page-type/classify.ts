/**
 * Adding up the evidence: the signal sources name what they saw (features), the model weighs
 * each for every type, and decide.ts names the winner when the evidence is enough. Every
 * weight that went into a score is a named signal, so --explain shows why.
 */
import { PAGE_TYPES, type PageType } from '../types.js';
import { pageFeatures } from './features.js';
import { scoreFeatures } from './model.js';
import { decideType, MIN_EVIDENCE } from './decide.js';
import { MODELS } from './weights.js';
import type { PageTypeDecision, PageTypeInput, PageTypeSignal } from './types.js';

/**
 * A text dump shorter than this shows no layout and no voice to tell a kind by: one line of
 * text is no listing. (HTML can still declare its type.)
 */
export const MIN_TEXT_WORDS = 25;

/**
 * A dump keeps little of a listing's shape (no cards, no links, no markup), so the text model
 * names a listing on a third of them. Listings get this much evidence up front in a dump; a
 * story that the extra evidence makes a listing is read as its article after extraction
 * (assemble:article-amid-items).
 */
export const TEXT_LISTING_LEAD = 0.6;

const empty = (): Record<PageType, number> => Object.fromEntries(PAGE_TYPES.map((t) => [t, 0])) as Record<PageType, number>;

function wordsOf(input: PageTypeInput): number {
  let words = 0;
  for (const f of input.features) words += f.size;
  return words;
}

export function classifyPage(input: PageTypeInput): PageTypeDecision {
  if (!input.doc && wordsOf(input) < MIN_TEXT_WORDS) {
    return { type: null, scores: empty(), signals: [{ name: 'text:too-short-to-tell', type: 'article', weight: 0 }] };
  }
  try {
    const model = input.doc ? MODELS.html : MODELS.text;
    const features = pageFeatures(input);
    const { scores, signals } = scoreFeatures(model, features, input.named === true);
    const named = (signal: PageTypeSignal) => {
      if (input.named) signals.push(signal);
    };
    if (!input.doc) {
      scores.listing += TEXT_LISTING_LEAD;
      named({ name: 'text:listings-show-little', type: 'listing', weight: TEXT_LISTING_LEAD });
    }
    const { type, fallback } = decideType(scores, model.prior, features, MIN_EVIDENCE[input.doc ? 'html' : 'text']);
    if (fallback) {
      named(fallback);
      scores[fallback.type] += fallback.weight;
    }
    return { type, scores, signals: signals.sort((a, b) => b.weight - a.weight) };
  } catch {
    // A page the stage cannot read has no type.
    return { type: null, scores: empty(), signals: [] };
  }
}
