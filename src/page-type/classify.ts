/**
 * Adding up the evidence: the signal sources name what they saw (features), the model weighs
 * each for every type, and the type with the highest score wins when it is clear enough.
 * Every weight that went into a score is a named signal, so --explain shows why.
 */
import { PAGE_TYPES, type PageType } from '../types.js';
import { pageFeatures } from './features.js';
import { probabilities, scoreFeatures } from './model.js';
import { MODELS } from './weights.js';
import type { PageTypeDecision, PageTypeInput } from './types.js';

/** Below this probability the best type is a guess, and pith says it does not know. */
const MIN_PROBABILITY = 0.2;

const empty = (): Record<PageType, number> => Object.fromEntries(PAGE_TYPES.map((t) => [t, 0])) as Record<PageType, number>;

export function classifyPage(input: PageTypeInput): PageTypeDecision {
  try {
    const features = pageFeatures(input);
    const { scores, signals } = scoreFeatures(input.doc ? MODELS.html : MODELS.text, features);
    const p = probabilities(scores);
    let type: PageType | null = null;
    for (const t of PAGE_TYPES) if (type === null || scores[t] > scores[type]) type = t;
    if (type !== null && (p[type] < MIN_PROBABILITY || signals.length === 0)) type = null;
    return { type, scores, signals: signals.sort((a, b) => b.weight - a.weight) };
  } catch {
    // A page the stage cannot read has no type.
    return { type: null, scores: empty(), signals: [] };
  }
}
