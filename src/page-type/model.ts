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

/** A model's weights as lists of [type, weight] per feature, built once per model. */
const compiled = new WeakMap<PageTypeModel, Map<string, [PageType, number][]>>();

function rowsOf(model: PageTypeModel): Map<string, [PageType, number][]> {
  let rows = compiled.get(model);
  if (!rows) {
    rows = new Map();
    for (const [feature, weights] of Object.entries(model.weights)) {
      const row = PAGE_TYPES.filter((t) => weights[t]).map((t): [PageType, number] => [t, weights[t] as number]);
      if (row.length) rows.set(feature, row);
    }
    compiled.set(model, rows);
  }
  return rows;
}

/**
 * The scores, and with `named` the signals that make them: --explain shows them, the JSON
 * leaves them out, and naming (and rounding) every fired feature of every page cost a percent
 * of a run.
 */
export function scoreFeatures(model: PageTypeModel, features: Features, named = true): Scored {
  const scores = Object.fromEntries(PAGE_TYPES.map((t) => [t, 0])) as Record<PageType, number>;
  for (const type of PAGE_TYPES) scores[type] += model.prior[type] ?? 0;
  const rows = rowsOf(model);
  for (const [feature, value] of features) {
    const row = rows.get(feature);
    if (!row) continue;
    for (const [type, w] of row) scores[type] += w * value;
  }
  return { scores, signals: named ? signalsOf(model, rows, features) : [] };
}

/** Every term of the scores as a named signal: the priors, then each fired feature's weight per type. */
function signalsOf(model: PageTypeModel, rows: Map<string, [PageType, number][]>, features: Features): PageTypeSignal[] {
  const signals: PageTypeSignal[] = [];
  for (const type of PAGE_TYPES) {
    const prior = model.prior[type] ?? 0;
    if (prior !== 0) signals.push({ name: 'prior', type, weight: round(prior) });
  }
  for (const [feature, value] of features) {
    const row = rows.get(feature);
    if (!row) continue;
    const name = signalName(feature, value);
    for (const [type, w] of row) {
      const weight = w * value;
      if (Math.abs(weight) >= 0.0005) signals.push({ name, type, weight: round(weight) });
    }
  }
  return signals;
}
