/**
 * A section that opens with a recommendation heading ("Related products", "Customers also
 * bought", "Vous aimerez aussi", "Related articles"): a carousel of other pages' cards. The
 * heading's element, or the element that follows it when the heading stands alone, goes whole,
 * so the cards go however unlike headlines they look (names, prices, ratings). HTML only: it
 * needs the page's elements. A section that holds prose is not a carousel and stays.
 */
import type { Block } from '../../types.js';
import { headedSections } from './section-of.js';
import type { Rule, RuleMark } from '../types.js';
import { RECOMMENDATION_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';
import { isTeaserHeading } from '../prune/teaser.js';
import { caselessAny } from '../caseless.js';

const LABELS = labelSet(RECOMMENDATION_LABELS);
/**
 * The shapes those headings take beyond the fixed labels: "People who viewed this item also
 * viewed", "Explore related items", "Sponsored items from this seller", "Kunden, die diesen
 * Artikel gekauft haben, kauften auch".
 */
const RECOMMENDATION_SHAPES = caselessAny([
  String.raw`\b(?:also|too)\s+(?:viewed|bought|purchased|liked|like|searched)\b`,
  String.raw`^(?:explore\s+)?(?:similar|related|recommended|sponsored|featured|popular)\s+(?:items|products|listings|picks)\b`,
  String.raw`\b(?:auch\s+(?:angesehen|gekauft)|kauften\s+auch|ont\s+aussi\s+(?:acheté|consulté|aimé)|también\s+(?:compraron|vieron)|hanno\s+(?:acquistato|visto)\s+anche|também\s+(?:compraram|viram))\b`,
]);
function isRecommendationHeading(block: Block, label: string, added?: ReadonlySet<string>): boolean {
  if (block.text.length > 60) return false;
  return LABELS.has(label) || RECOMMENDATION_SHAPES.test(block.text) || isTeaserHeading(block.text, label, added);
}

export const dropRecommendedSections: Rule = {
  id: 'drop-recommended-sections',
  stage: 'prune',
  description: 'Drops a section that opens with a recommendation heading ("Related products", "Customers also bought") (HTML).',
  apply(ctx) {
    const { blocks, features, userLabels } = ctx;
    const marks: RuleMark[] = [];
    for (const { heading, end } of headedSections(ctx, (i) => isRecommendationHeading(blocks[i], features[i].label, userLabels?.teaser))) {
      for (let j = heading; j <= end; j++) marks.push({ index: j, verdict: 'boilerplate', reason: `recommendations under "${blocks[heading].text}"` });
    }
    return marks;
  },
};
