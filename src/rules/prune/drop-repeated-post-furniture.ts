/**
 * The furniture a forum prints at every post under its own names ("Reply Quote Like", "Add to
 * quote", "Add bookmark", "Trusted member", "Offline", "Trophy points:"): drop-post-furniture knows
 * the common words, but each forum package has its own. Whatever it says, such a line is short
 * and comes back at every post: up to four words, three times or more on the page. A line that
 * reads as code stays (a snippet quoted in several replies). Forum pages only. A thread's title
 * repeats too (breadcrumb, heading, "Reply to ..."): it is dropped for being printed again, so,
 * like drop-repeated-lines, the title stage may still pick it.
 */
import { CODE_LINE } from '../../page-type/vocabulary/text.js';
import type { Rule, RuleMark } from '../types.js';

const MAX_WORDS = 4;
const MIN_TIMES = 3;

export const dropRepeatedPostFurniture: Rule = {
  id: 'drop-repeated-post-furniture',
  stage: 'prune',
  description: 'Drops the short lines a forum prints at every post (three times or more), whatever they say.',
  apply({ blocks, features, dropped, pageType, repeats }) {
    const marks: RuleMark[] = [];
    if (pageType !== 'forum') return marks;
    for (const block of blocks) {
      if (dropped.has(block.index) || features[block.index].words > MAX_WORDS) continue;
      const times = repeats.get(block.text.toLowerCase()) ?? 0;
      if (times >= MIN_TIMES && !CODE_LINE.test(block.text)) {
        marks.push({ index: block.index, verdict: 'boilerplate', reason: `printed ${times} times, at every post` });
      }
    }
    return marks;
  },
};
