/**
 * A line that already appeared earlier on the page: a menu printed at the top and the bottom,
 * a headline in two teaser lists, a hidden copy of the article that a text browser renders.
 * The first copy that no earlier rule dropped stays (the title is one; a product name in a
 * dropped breadcrumb does not use up the heading's turn); later copies go. A repeat set
 * between two prose paragraphs (an interviewer's recurring question) is part of the article
 * and stays.
 */
import type { Rule, RuleMark } from '../types.js';
import type { TextFeatures } from '../features.js';

/** Lines shorter than this ("1", "Yes") legitimately recur; only phrases count. */
const MIN_WORDS = 4;

function isProse(f: TextFeatures | undefined): boolean {
  return f !== undefined && f.size >= 10 && f.endsSentence;
}

export const dropRepeatedLines: Rule = {
  id: 'drop-repeated-lines',
  stage: 'prune',
  description: 'Drops later copies of a line that already appeared on the page.',
  apply({ blocks, features, dropped, lowerTexts }) {
    const marks: RuleMark[] = [];
    const seen = new Map<string, number>();
    for (const block of blocks) {
      const i = block.index;
      // Code and table rows repeat by design (the same call in each language tab, a header row).
      if (features[i].size < MIN_WORDS || dropped.has(i) || block.kind === 'pre' || block.kind === 'cell') continue;
      const key = lowerTexts[i];
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        continue;
      }
      const embedded = features[i].size < 30 && isProse(features[i - 1]) && isProse(features[i + 1]) && !isProse(features[i]);
      if (!embedded) marks.push({ index: i, verdict: 'boilerplate', reason: `repeats block ${first}` });
    }
    return marks;
  },
};
