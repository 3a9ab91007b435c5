/**
 * Buyers' reviews under a product: a heading ("Customer reviews", "Bewertungen", "Customer
 * reviews for X") followed by what reviews are made of (star ratings,
 * "Verified purchase", "Helpful", "Pros:", review counts). What follows is what buyers said,
 * not the product, so it goes to the end of the main range. Text dumps only: in HTML the
 * review containers already say so (the product profile reads them as boilerplate).
 *
 * The cut must prove itself: the product must have been shown first (its name and some
 * description), the heading must be followed by review furniture (a tab bar's "Reviews" label
 * is followed by the description), no heading of the product's own description or
 * specifications may follow a bare "Reviews" (a rating summary above "About This Game"), and a label under
 * every item of a grid ("146 Reviews") is a counter, not a section.
 */
import type { Rule } from '../types.js';
import { PRODUCT_BODY_LABELS, REVIEW_SECTION_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';
import { cutToEnd, itemCounters } from './section-cut.js';

const HEADINGS = labelSet(REVIEW_SECTION_LABELS);
const PRODUCT_BODY = labelSet(PRODUCT_BODY_LABELS);
/**
 * "Customer reviews for Terraria", "Top reviews from the United States". A bare "6,239 reviews"
 * is the rating summary beside the price as often as a heading: it opens nothing.
 */
const NAMED = /^(?:customer|user|top) reviews (?:for|from|of)\s.{1,80}$/i;
/** What a review or a review summary prints: stars, counts, verdicts, badges (short lines only). */
const EVIDENCE =
  /out of 5|\bstars?\b|\bverified\b|helpful|recommend|reviewed (?:in|on)\b|\breviews?\b|\bratings?\b|^pros?:|^cons?:|\bbuyer\b|sterne|étoiles|estrellas|stelle|bewertung|\bavis\b|opiniones|recensioni/i;
/** Words of the product the range must show before its reviews can begin. */
const MIN_PRODUCT_WORDS = 30;
/** Furniture is a short line; a sentence of the description may mention reviews. */
const MAX_EVIDENCE_WORDS = 15;
/** Lines after the heading searched for review furniture, and how many must show it. */
const LOOKAHEAD = 12;
const MIN_EVIDENCE = 2;

export const dropReviewSection: Rule = {
  id: 'drop-review-section',
  stage: 'region',
  description: "Drops a product's reviews section and everything after its heading within the main range (text dumps).",
  apply({ blocks, features, run, inputType, pageType }) {
    if (!run || inputType === 'html' || pageType !== 'product') return [];
    const isCounter = itemCounters(features, run);
    // The last heading of the product's own description or specifications: a bare "Reviews"
    // above it heads a rating summary, and the product goes on below it.
    let lastProductHeading = -1;
    for (let i = run.start; i <= run.end; i++) if (blocks[i].text.length <= 60 && PRODUCT_BODY.has(features[i].label)) lastProductHeading = i;
    let shown = 0;
    for (let i = run.start; i <= run.end; i++) {
      const text = blocks[i].text;
      const named = text.length <= 120 && NAMED.test(text);
      const heading = named || (text.length <= 120 && HEADINGS.has(features[i].label));
      if (heading && shown >= MIN_PRODUCT_WORDS && !isCounter(features[i].label) && (named || i > lastProductHeading)) {
        let evidence = 0;
        for (let j = i + 1; j <= Math.min(run.end, i + LOOKAHEAD); j++) if (features[j].size <= MAX_EVIDENCE_WORDS && EVIDENCE.test(blocks[j].text)) evidence++;
        if (evidence >= MIN_EVIDENCE) return cutToEnd(i, run, `reviews from "${text.slice(0, 40)}"`);
      }
      shown += features[i].size;
    }
    return [];
  },
};
