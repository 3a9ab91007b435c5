/**
 * From scores to a type: the best-scoring type is named when the page showed enough evidence
 * for it beyond its prior. Article is the default of prose: a page that reads like one (several
 * paragraphs of prose) is an article when nothing else has enough evidence, or when another
 * type only just beats it. A page with neither evidence nor prose has no known type.
 */
import { PAGE_TYPES, type PageType } from '../types.js';
import { sat, type Features } from './feature-set.js';
import { PROSE_PARAGRAPHS_HALF } from './text-cues.js';
import type { PageTypeSignal } from './types.js';

/**
 * Evidence (score above the type's prior) a type needs before pith names it. Text dumps show
 * less, so their types are named on less.
 */
export const MIN_EVIDENCE = { html: 0.5, text: 0 } as const;
/** On a page of prose, another type must beat article by this much. */
const ARTICLE_MARGIN = 0.2;
/** Paragraphs of prose that make a page read as an article. */
const PROSE_PARAGRAPHS = 2;
/** How far the default puts `article` ahead, so the scores still say what was decided. */
const DEFAULT_MARGIN = 0.1;

export interface Decided {
  type: PageType | null;
  /** The signal that names the default, when the default decided. */
  fallback?: PageTypeSignal;
}

export function bestType(scores: Readonly<Record<PageType, number>>): PageType {
  let best: PageType = PAGE_TYPES[0];
  for (const t of PAGE_TYPES) if (scores[t] > scores[best]) best = t;
  return best;
}

export function decideType(
  scores: Readonly<Record<PageType, number>>,
  prior: Readonly<Partial<Record<PageType, number>>>,
  features: Features,
  minEvidence: number,
): Decided {
  const best = bestType(scores);
  const enough = scores[best] - (prior[best] ?? 0) >= minEvidence;
  const clear = best === 'article' || scores[best] - scores.article >= ARTICLE_MARGIN;
  if (enough && clear) return { type: best };
  const prose = (features.get('prose:paragraphs') ?? 0) >= sat(PROSE_PARAGRAPHS, PROSE_PARAGRAPHS_HALF);
  if (!prose) return { type: enough ? best : null };
  if (best === 'article') return { type: 'article' };
  const weight = Math.round((scores[best] - scores.article + DEFAULT_MARGIN) * 1000) / 1000;
  const name = enough ? 'reads-as-prose:close-call' : 'reads-as-prose:no-decisive-evidence';
  return { type: 'article', fallback: { name, type: 'article', weight } };
}
