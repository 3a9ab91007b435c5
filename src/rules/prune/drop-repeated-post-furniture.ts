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
import { blockRule } from './block-rule.js';

const MIN_TIMES = 3;

export const dropRepeatedPostFurniture = blockRule({
  id: 'drop-repeated-post-furniture',
  description: 'Drops the short lines a forum prints at every post (three times or more), whatever they say.',
  maxWords: 4,
  test: (text, _features, block, { pageType, repeats, lowerTexts }) => {
    if (pageType !== 'forum') return false;
    const times = repeats.get(lowerTexts[block.index]) ?? 0;
    return times >= MIN_TIMES && !CODE_LINE.test(text) && `printed ${times} times, at every post`;
  },
});
