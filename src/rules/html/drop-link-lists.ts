/**
 * Short blocks that are mostly link text: menu entries, lists of other stories, tag links.
 * A paragraph with a link or two in it has a low link density and stays. HTML only.
 */
import { blockRule } from '../prune/block-rule.js';

/** Share of a block's characters inside links above which it is a link, not text. */
const MAX_LINK_DENSITY = 0.5;

export const dropLinkLists = blockRule({
  id: 'drop-link-lists',
  description: 'Drops short blocks that are mostly link text (menus, lists of other stories) (HTML).',
  // Longer blocks are prose even when heavily linked (a roundup of sources).
  maxWords: 30,
  test: (text, _f, block) => {
    const density = block.linkChars / text.length;
    return density > MAX_LINK_DENSITY && `link density ${density.toFixed(2)}`;
  },
});
