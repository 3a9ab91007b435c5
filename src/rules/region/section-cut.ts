/**
 * What the rules that cut a section from its heading to the end of the main run share: how
 * often each label recurs in the run (a label under every item is a counter, not a heading),
 * and the marks from the heading to the run's end.
 */
import type { TextFeatures } from '../features.js';
import type { RuleMark } from '../types.js';

/** A label seen this often in the run is each item's counter ("3 comments", "146 Reviews"). */
export const MIN_ITEM_COUNTERS = 3;

/** Whether a label recurs often enough in the run to be each item's counter. */
export function itemCounters(features: readonly TextFeatures[], run: { start: number; end: number }): (label: string) => boolean {
  const seen = new Map<string, number>();
  for (let i = run.start; i <= run.end; i++) seen.set(features[i].label, (seen.get(features[i].label) ?? 0) + 1);
  return (label) => (seen.get(label) ?? 0) >= MIN_ITEM_COUNTERS;
}

/** Every block from the heading to the run's end, dropped for the same reason. */
export function cutToEnd(from: number, run: { end: number }, reason: string): RuleMark[] {
  const marks: RuleMark[] = [];
  for (let j = from; j <= run.end; j++) marks.push({ index: j, verdict: 'boilerplate', reason });
  return marks;
}
