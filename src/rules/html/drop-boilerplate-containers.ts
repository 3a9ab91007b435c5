/**
 * Blocks inside an element that marks boilerplate (nav, aside, footer, a "comments",
 * "related", "share" or "ad" container), unless a nearer element marks the article body.
 * HTML only: text dumps carry no elements.
 */
import type { Rule, RuleMark } from '../types.js';
import { containerVerdict } from './containers.js';
import { profileFor } from '../../assemble/profiles.js';

export const dropBoilerplateContainers: Rule = {
  id: 'drop-boilerplate-containers',
  stage: 'prune',
  description: 'Drops blocks inside navigation, sidebars, footers, comment, share, related and ad containers (HTML).',
  apply({ blocks, pageType }) {
    const marks: RuleMark[] = [];
    const options = profileFor(pageType).containers;
    for (const block of blocks) {
      if (block.hints.length === 0) continue;
      const verdict = containerVerdict(block.hints, options);
      if (verdict?.kind === 'boilerplate') marks.push({ index: block.index, verdict: 'boilerplate', reason: `inside ${verdict.hint}` });
    }
    return marks;
  },
};
