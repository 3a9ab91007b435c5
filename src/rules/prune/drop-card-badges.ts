/**
 * What a shop's template stamps on every product card beside the product's name and price:
 * badges ("New", "#1 Best Seller", "Free Shipping", "Sale") and the number of reviews in
 * brackets ("(132)"), or in words on the cards of a list ("212 reviews": on a product's own
 * page that line is about the product). Nobody wrote them about the product; a listing of
 * products is its names and prices. Star ratings stay: they say how buyers judged it ("4.5 out of 5 stars, 31 reviews"). Shop pages only (products,
 * collections, listings): an article's "New" or "(2019)" on a line of its own says something.
 */
import { SHOP_BADGE_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';
import type { Rule, RuleMark } from '../types.js';
import { SHOP_PAGE_TYPES } from '../../types.js';

const BADGES = labelSet(SHOP_BADGE_LABELS);
/** The number of reviews alone: "(132)", "(1,204)". */
const REVIEW_COUNT = /^\(\d[\d,.]*\)$/u;
const REVIEW_WORDS = [
  'reviews?', 'ratings?', 'bewertungen', 'rezensionen', 'avis', 'reseñas', 'opiniones', 'valoraciones', 'recensioni',
  'beoordelingen', 'avaliações', 'opinie', 'recenzje', 'omdömen', 'recensioner', 'отзыв(?:ов|а)?',
].join('|');
/** A whole number of reviews in words, the bracketed count before it or not: "(12)12 Reviews". Never a score ("4.5 Rating"). */
const WORDED_REVIEW_COUNT = new RegExp(String.raw`^(?:\(\d[\d,.]*\)\s*)?(?:\d{1,3}(?:[,.]\d{3})+|\d+)\s*(?:${REVIEW_WORDS})$`, 'iu');
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
    const list = pageType !== 'product';
    for (const block of blocks) {
      const text = block.text.trim();
      if (text.length > MAX_CHARS || dropped.has(block.index)) continue;
      const badge = BADGES.has(features[block.index].label) && !/\d/u.test(text.replace(RANK, ''));
      const reviews = REVIEW_COUNT.test(text) || (list && WORDED_REVIEW_COUNT.test(text));
      const reason = badge ? 'shop badge' : reviews ? 'review count' : null;
      if (reason) marks.push({ index: block.index, verdict: 'boilerplate', reason });
    }
    return marks;
  },
};
