/**
 * What a shop's template stamps on every product card beside the product's name and price:
 * badges ("New", "#1 Best Seller", "Free Shipping", "Sale") and the number of reviews in
 * brackets ("(132)"). Nobody wrote them about the product; a listing of products is its names
 * and prices. Star ratings stay: they say how buyers judged it ("4.5 out of 5 stars, 31 reviews"). Shop pages only (products,
 * collections, listings): an article's "New" or "(2019)" on a line of its own says something.
 */
import { SHOP_BADGE_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';
import type { Rule, RuleMark } from '../types.js';
import { SHOP_PAGE_TYPES } from '../../types.js';

const BADGES = labelSet(SHOP_BADGE_LABELS);
/** The number of reviews alone: "(132)", "(1,204)". */
const REVIEW_COUNT = /^\(\d[\d,.]*\)$/u;
/** A badge holds no number but its rank ("#1 Best Seller"): "Sale: $1,099.00" is a price. */
const RANK = /^#\d+/u;
/** Badges are short: a line longer than this is a sentence that may use their words. */
const MAX_CHARS = 40;

export const dropCardBadges: Rule = {
  id: 'drop-card-badges',
  stage: 'prune',
  description: "Drops the badges and review counts a shop stamps on its product cards.",
  apply({ blocks, features, dropped, pageType }) {
    const marks: RuleMark[] = [];
    if (!SHOP_PAGE_TYPES.has(pageType)) return marks;
    for (const block of blocks) {
      const text = block.text.trim();
      if (text.length > MAX_CHARS || dropped.has(block.index)) continue;
      const badge = BADGES.has(features[block.index].label) && !/\d/u.test(text.replace(RANK, ''));
      const reason = badge ? 'shop badge' : REVIEW_COUNT.test(text) ? 'review count' : null;
      if (reason) marks.push({ index: block.index, verdict: 'boilerplate', reason });
    }
    return marks;
  },
};
