/**
 * "RECOMMENDED", "Explore", "Related: Another story": headings of teaser widgets and one-line
 * links to other stories, even in the middle of an article body.
 */
import type { Rule, RuleMark } from '../types.js';
import { isTeaserHeading, opensWithTeaserLabel } from './teaser.js';

export const dropTeaserLabels: Rule = {
  id: 'drop-teaser-labels',
  stage: 'prune',
  description: 'Drops teaser-widget headings (Recommended, Related, Explore) and one-line links to other stories.',
  apply({ blocks, features, userLabels, dropped }) {
    const marks: RuleMark[] = [];
    for (const block of blocks) {
      // Already dropped (the first mark wins): each line is judged on its own, so none is missed.
      if (dropped.has(block.index)) continue;
      const label = features[block.index].label;
      if (isTeaserHeading(block.text, label, userLabels?.teaser)) marks.push({ index: block.index, verdict: 'boilerplate', reason: 'teaser heading' });
      // Not a heading even with the user's labels, so not one without them: only the link test is left.
      else if (opensWithTeaserLabel(block.text)) marks.push({ index: block.index, verdict: 'boilerplate', reason: 'link to another story' });
    }
    return marks;
  },
};
