/**
 * The buttons a shop repeats on every product card and in the offer box: "Add to cart",
 * "Quick view", "Compare", "+ Wishlist", "Select options". A buyer clicks them; nobody wrote
 * them about the product. Shop pages only (products, collections, listings): an article that
 * says "compare" on a line of its own is not selling anything.
 */
import { SHOP_CONTROL_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';
import type { Rule, RuleMark } from '../types.js';
import { SHOP_PAGE_TYPES } from '../../types.js';

const CONTROLS = labelSet(SHOP_CONTROL_LABELS);
/** The label must open the line: "$49.95 Compare" reduces to the label too, but holds a price. */
const OPENS_WITH_WORD = /^[\s+•·|›»-]*\p{L}/u;

export const dropShopControls: Rule = {
  id: 'drop-shop-controls',
  stage: 'prune',
  description: "Drops a shop's buttons on product cards and offer boxes: add to cart, quick view, compare, wishlist.",
  apply({ blocks, features, dropped, pageType }) {
    const marks: RuleMark[] = [];
    if (!SHOP_PAGE_TYPES.has(pageType)) return marks;
    for (const block of blocks) {
      if (block.text.length > 40 || dropped.has(block.index)) continue;
      if (CONTROLS.has(features[block.index].label) && OPENS_WITH_WORD.test(block.text)) marks.push({ index: block.index, verdict: 'boilerplate', reason: 'shop control' });
    }
    return marks;
  },
};
