/**
 * A section that opens with a recommendation heading ("Related products", "Customers also
 * bought", "Vous aimerez aussi", "Related articles"): a carousel of other pages' cards. The
 * heading's element, or the element that follows it when the heading stands alone, goes whole,
 * so the cards go however unlike headlines they look (names, prices, ratings). HTML only: it
 * needs the page's elements. A section that holds prose is not a carousel and stays.
 */
import type { Block } from '../../types.js';
import type { Region } from '../../parse/html/html-blocks.js';
import type { TextFeatures } from '../features.js';
import type { Rule, RuleMark } from '../types.js';
import { RECOMMENDATION_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';
import { isTeaserHeading } from '../prune/teaser.js';

const LABELS = labelSet(RECOMMENDATION_LABELS);
/**
 * The shapes those headings take beyond the fixed labels: "People who viewed this item also
 * viewed", "Explore related items", "Sponsored items from this seller", "Kunden, die diesen
 * Artikel gekauft haben, kauften auch".
 */
const RECOMMENDATION_SHAPES = new RegExp(
  [
    String.raw`\b(?:also|too)\s+(?:viewed|bought|purchased|liked|like|searched)\b`,
    String.raw`^(?:explore\s+)?(?:similar|related|recommended|sponsored|featured|popular)\s+(?:items|products|listings|picks)\b`,
    String.raw`\b(?:auch\s+(?:angesehen|gekauft)|kauften\s+auch|ont\s+aussi\s+(?:acheté|consulté|aimé)|también\s+(?:compraron|vieron)|hanno\s+(?:acquistato|visto)\s+anche|também\s+(?:compraram|viram))\b`,
  ].join('|'),
  'iu',
);
/** A carousel's cards are short: this share of its words may sit in sentence-length blocks at most. */
const MAX_PROSE_SHARE = 0.4;
/** A section holding this share of the page's words is the page itself, not a widget. */
const MAX_PAGE_SHARE = 0.5;

function isRecommendationHeading(block: Block, label: string, added?: ReadonlySet<string>): boolean {
  if (block.text.length > 60) return false;
  return LABELS.has(label) || RECOMMENDATION_SHAPES.test(block.text) || isTeaserHeading(block.text, label, added);
}

/** The words of a stretch of blocks that no earlier rule dropped, and those in sentence-length blocks. */
function wordsOf(from: number, to: number, features: readonly TextFeatures[], dropped: ReadonlySet<number>): { prose: number; words: number } {
  let prose = 0;
  let words = 0;
  for (let i = from; i <= to; i++) {
    if (dropped.has(i)) continue;
    words += features[i].size;
    if (features[i].size >= 15 && features[i].endsSentence) prose += features[i].size;
  }
  return { prose, words };
}

/**
 * The section a heading opens: the largest element starting at it that still looks like a
 * widget (few sentences, a small share of the page); when the heading stands alone in its
 * element, that element and the one after it.
 */
function sectionOf(
  at: number,
  opening: readonly Region[],
  regions: readonly Region[],
  features: readonly TextFeatures[],
  dropped: ReadonlySet<number>,
  pageWords: number,
): { start: number; end: number } | null {
  const widget = (end: number) => {
    const { prose, words } = wordsOf(at, end, features, dropped);
    return prose <= words * MAX_PROSE_SHARE && words <= pageWords * MAX_PAGE_SHARE;
  };
  // `opening` runs outermost first: find the innermost, then grow outward while it stays a widget.
  let best: Region | null = null;
  for (let k = opening.length - 1; k >= 0 && widget(opening[k].end); k--) best = opening[k];
  if (!best) return null;
  if (best.end > at) return { start: at, end: best.end };
  const next = regions.find((r) => r.parent === best.parent && r.start === best.end + 1);
  return next && widget(next.end) ? { start: at, end: next.end } : null;
}

export const dropRecommendedSections: Rule = {
  id: 'drop-recommended-sections',
  stage: 'prune',
  description: 'Drops a section that opens with a recommendation heading ("Related products", "Customers also bought") (HTML).',
  apply({ blocks, regions, features, dropped, userLabels }) {
    if (regions.length === 0) return [];
    // Most pages have no such heading: the region index and the page's words wait for the first.
    let opening: Map<number, Region[]> | null = null;
    let pageWords = 0;
    const marks: RuleMark[] = [];
    for (let i = 0; i < blocks.length; i++) {
      if (!isRecommendationHeading(blocks[i], features[i].label, userLabels?.teaser)) continue;
      if (opening === null) {
        opening = new Map();
        for (const r of regions) {
          const list = opening.get(r.start);
          if (list) list.push(r);
          else opening.set(r.start, [r]);
        }
        features.forEach((f, k) => {
          if (!dropped.has(k)) pageWords += f.size;
        });
      }
      const section = sectionOf(i, opening.get(i) ?? [], regions, features, dropped, pageWords);
      if (!section) continue;
      for (let j = section.start; j <= section.end; j++) marks.push({ index: j, verdict: 'boilerplate', reason: `recommendations under "${blocks[i].text}"` });
      i = section.end;
    }
    return marks;
  },
};
