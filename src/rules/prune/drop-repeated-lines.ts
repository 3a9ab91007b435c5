/**
 * A line that already appeared earlier on the page: the title echoed as an image heading, a
 * summary shown twice, a hidden copy of the article that a text browser renders. The first
 * copy stays (the title is one); later copies go.
 */
import type { Rule, RuleMark } from '../types.js';

export const dropRepeatedLines: Rule = {
  id: 'drop-repeated-lines',
  stage: 'prune',
  description: 'Drops later copies of a line that already appeared on the page.',
  apply({ blocks, features }) {
    const marks: RuleMark[] = [];
    const seen = new Map<string, number>();
    for (const block of blocks) {
      // Very short lines ("1", "Yes") legitimately recur in articles; only phrases count.
      if (features[block.index].size < 4) continue;
      const key = block.text.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, block.index);
      else marks.push({ index: block.index, verdict: 'boilerplate', reason: `repeats block ${first}` });
    }
    return marks;
  },
};
