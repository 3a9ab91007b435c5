/**
 * Scoring: every feature that fired adds its value times its weight to each type it speaks
 * for, on top of the type's prior. The weights are learned (scripts/train-page-type.mjs) and
 * sparse, so a feature speaks for few types, and every addition is a named signal.
 */
import { PAGE_TYPES, type PageType } from '../types.js';
import type { Features } from './feature-set.js';
import type { PageTypeSignal } from './types.js';

export interface PageTypeModel {
  /** A type's score on a page that shows nothing (how common the type is). */
  readonly prior: Readonly<Partial<Record<PageType, number>>>;
  /** Feature name -> the types it speaks for (positive) or against (negative). */
  readonly weights: Readonly<Record<string, Readonly<Partial<Record<PageType, number>>>>>;
}

/** One model for pages with markup, one for text dumps, which show less. */
export interface PageTypeModels {
  readonly html: PageTypeModel;
  readonly text: PageTypeModel;
}

export interface Scored {
  scores: Record<PageType, number>;
  signals: PageTypeSignal[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** `cards:price` at full strength, `cards:price@0.4` at part strength. */
function signalName(feature: string, value: number): string {
  return value >= 0.995 ? feature : `${feature}@${value.toFixed(2)}`;
}

export function scoreFeatures(model: PageTypeModel, features: Features): Scored {
  const scores = Object.fromEntries(PAGE_TYPES.map((t) => [t, 0])) as Record<PageType, number>;
  const signals: PageTypeSignal[] = [];
  for (const type of PAGE_TYPES) {
    const prior = model.prior[type] ?? 0;
    if (prior === 0) continue;
    scores[type] += prior;
    signals.push({ name: 'prior', type, weight: round(prior) });
  }
  for (const [feature, value] of features) {
    const weights = model.weights[feature];
    if (!weights) continue;
    for (const type of PAGE_TYPES) {
      const w = weights[type];
      if (!w) continue;
      const weight = w * value;
      scores[type] += weight;
      if (Math.abs(weight) >= 0.0005) signals.push({ name: signalName(feature, value), type, weight: round(weight) });
    }
  }
  return { scores, signals };
}
