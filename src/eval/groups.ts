/**
 * Scores per group of documents (`pith eval --by pageType`), in score.mjs's order: largest
 * group first, ties in the order their first document appears in the gold.
 */
import { aggregate, type CorpusScore, type PerDocRow } from './metric.js';

export interface GroupScore {
  /** The gold field's value, as a string (`(none)` when a record lacks it). */
  group: string;
  score: Omit<CorpusScore, 'extra' | 'perDoc'>;
}

export function scoreGroups(perDoc: readonly PerDocRow[], groupOf: ReadonlyMap<string, unknown>): GroupScore[] {
  const groups = new Map<string, PerDocRow[]>();
  for (const d of perDoc) {
    const value = groupOf.get(d.id);
    const group = value === null || value === undefined ? '(none)' : String(value);
    groups.set(group, [...(groups.get(group) ?? []), d]);
  }
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([group, docs]) => ({ group, score: aggregate(docs) }));
}
