/**
 * jusText's paragraph classes, from text shape alone: `good` reads as article prose, `near`
 * might (a subheading, a list item, a one-line paragraph), `short` is too small to judge,
 * `bad` was dropped by a rule. Thresholds are named and calibrated together on the dev corpora.
 */
import type { TextFeatures } from '../rules/features.js';

export type Quality = 'good' | 'near' | 'short' | 'bad';

export const QUALITY_THRESHOLDS = {
  /** Fewer words than this and a block cannot be judged on its own. */
  shortBelow: 5,
  /** A sentence of at least this many words is prose. */
  goodSentenceWords: 10,
  /** Prose has at least this share of function words (when the page's language is known). */
  goodStopwordRatio: 0.12,
  /** At this size a block is prose even without a final full stop. */
  goodAnyShapeWords: 40,
} as const;

export interface QualityContext {
  /** False when the page's language has no stopword list: function words then prove nothing. */
  knownLanguage: boolean;
}

export function qualityOf(f: TextFeatures, dropped: boolean, ctx: QualityContext): Quality {
  const t = QUALITY_THRESHOLDS;
  if (dropped) return 'bad';
  if (f.size < t.shortBelow) return 'short';
  // An excerpt cut off mid-sentence is a teaser for a text elsewhere.
  if (f.truncated || f.gluedHeadline) return 'near';
  const prosey = f.cjkChars > 0 || !ctx.knownLanguage || f.stopwordRatio >= t.goodStopwordRatio;
  if (f.size >= t.goodAnyShapeWords && prosey) return 'good';
  if (f.size >= t.goodSentenceWords && f.endsSentence && prosey) return 'good';
  return 'near';
}

/** A `near` block that reads like a sentence fragment rather than a headline or menu entry. */
export function isProseLike(f: TextFeatures, ctx: QualityContext): boolean {
  if (f.endsSentence) return true;
  return ctx.knownLanguage && f.cjkChars === 0 && f.stopwordRatio >= 0.2 && f.capitalRatio < 0.5;
}
