/**
 * Short blocks that are mostly link text: menu entries, lists of other stories, tag links.
 * A paragraph with a link or two in it has a low link density and stays. HTML only.
 */
import type { Rule, RuleMark } from '../types.js';

/** Share of a block's characters inside links above which it is a link, not text. */
const MAX_LINK_DENSITY = 0.5;
/** Longer blocks are prose even when heavily linked (a roundup of sources). */
const MAX_WORDS = 30;

export const dropLinkLists: Rule = {
  id: 'drop-link-lists',
  stage: 'prune',
  description: 'Drops short blocks that are mostly link text (menus, lists of other stories) (HTML).',
  apply({ blocks, features }) {
    const marks: RuleMark[] = [];
    for (const block of blocks) {
      if (block.linkChars === 0 || features[block.index].words > MAX_WORDS) continue;
      const density = block.linkChars / block.text.length;
      if (density > MAX_LINK_DENSITY) marks.push({ index: block.index, verdict: 'boilerplate', reason: `link density ${density.toFixed(2)}` });
    }
    return marks;
  },
};
