/**
 * What the words of a page show, HTML or text dump alike: buttons and post furniture as short
 * lines (labels), prices, dates, member counters, code lines, and whether the text reads as
 * prose. One pass over the blocks and their facts.
 */
import type { Block } from '../types.js';
import type { TextFeatures } from '../rules/features.js';
import { labelKey } from '../rules/label.js';
import { BYLINE, LABEL_CONCEPTS, LABELS, READING_HINT, READING_TIME, type LabelConcept } from './vocabulary/text.js';
import { FACT, SHORT_LINE } from './block-facts.js';
import { sat, share, type Features } from './feature-set.js';
import { endsWithMark } from '../rules/line-ends.js';

/** label key -> the concepts it names. */
const LABEL_INDEX: ReadonlyMap<string, readonly LabelConcept[]> = (() => {
  const index = new Map<string, LabelConcept[]>();
  for (const concept of LABEL_CONCEPTS) {
    for (const entry of LABELS[concept]) {
      const key = labelKey(entry);
      const list = index.get(key) ?? [];
      if (!list.includes(concept)) list.push(concept);
      index.set(key, list);
    }
  }
  return index;
})();

/** How many lines of each label concept a page has before the signal is half on. */
const LABEL_HALF: Readonly<Record<LabelConcept, number>> = {
  cart: 1, 'product-section': 2, stock: 2, 'shop-browse': 3, 'forum-action': 3, 'forum-member': 3, 'docs-nav': 2, cta: 2,
  'service-section': 2, 'read-more': 3, 'index-nav': 2, 'article-meta': 2,
};

/** Facts counted over the whole page: [feature, fact, count at which the signal is half on]. Price and date lines first. */
const COUNTED_FACTS: readonly (readonly [string, number, number])[] = [
  ['text:price-lines', FACT.price, 3],
  ['text:dates', FACT.date, 3],
  ['text:relative-times', FACT.relative, 3],
  ['text:member-counters', FACT.counter, 3],
  ['text:post-marks', FACT.postMark, 2],
  ['text:phones', FACT.phone, 1],
  ['text:result-counts', FACT.resultCount, 1],
  ['text:offer-lines', FACT.offer, 1],
  ['text:stat-lines', FACT.stat, 2],
  ['text:thread-counters', FACT.threadCounter, 2],
];

/** A price inside running text (a story that mentions what something costs). */
const PRICE_IN_TEXT = /[$€£¥₹]\s?\d|\d\s?(?:EUR|USD|GBP)\b/;

/** Paragraphs of prose that make the prose signal half on. */
export const PROSE_PARAGRAPHS_HALF = 5;

export type LabelCounts = Record<LabelConcept, number>;

export function emptyLabelCounts(): LabelCounts {
  return Object.fromEntries(LABEL_CONCEPTS.map((c) => [c, 0])) as LabelCounts;
}

/** Adds the concepts a short text names (a line, a button's caption) to the counts. */
export function countLabel(key: string, counts: LabelCounts): void {
  for (const c of LABEL_INDEX.get(key) ?? []) counts[c]++;
}

/**
 * A line that reads as a headline: several words, no full stop, most of them capitalised or
 * few function words among them. An index page is full of them; an article has a few.
 */
function isHeadline(text: string, f: TextFeatures): boolean {
  if (f.size < 4 || f.size > 16 || endsWithMark(text, '.:;,', `"'”’)`)) return false;
  return f.capitalRatio >= 0.6 || (f.stopwordRatio <= 0.35 && /^\p{Lu}/u.test(text) && !f.hasInnerSentenceBreak);
}

/**
 * `extraLabels`: captions the page shows outside its blocks (HTML buttons); `chrome`: blocks
 * in site furniture (HTML), whose labels are the site's, not this page's.
 */
export function textCueFeatures(
  blocks: readonly Block[],
  features: readonly TextFeatures[],
  facts: Uint16Array,
  extraLabels: LabelCounts,
  chrome: Uint8Array | null,
  out: Features,
): void {
  const labels = { ...extraLabels };
  // A typed array, not COUNTED_FACTS.map(() => 0): map's array changes kind once this function
  // is optimised (see packed.ts), and the code optimised on the other kind was thrown away.
  const factCounts = new Int32Array(COUNTED_FACTS.length);
  let ctas = 0, priceMentions = 0, bylines = 0, readingTime = 0, codeLines = 0, short = 0, truncated = 0, glued = 0, headlines = 0;
  let words = 0, proseWords = 0, proseBlocks = 0, longestProseRun = 0, run = 0;
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i].text;
    const f = features[i];
    const bits = facts[i];
    const furniture = chrome?.[i] === 1;
    words += f.size;
    if (f.size <= 3) short++;
    if (f.truncated) truncated++;
    if (f.gluedHeadline) glued++;
    if (bits) for (let k = 0; k < COUNTED_FACTS.length; k++) if (bits & COUNTED_FACTS[k][1]) factCounts[k]++;
    if (bits & FACT.code) codeLines += blocks[i].kind === 'pre' ? text.split('\n').length : 1;
    if (!furniture) {
      if (f.label) countLabel(f.label, labels);
      if (bits & FACT.cta) ctas++;
      if (isHeadline(text, f)) headlines++;
    }
    if (text.length <= SHORT_LINE) {
      if (BYLINE.test(text)) bylines++;
      if (READING_HINT.test(text) && READING_TIME.test(text)) readingTime++;
    } else if (text.length <= 1000 && bits & FACT.prose && PRICE_IN_TEXT.test(text)) priceMentions++;
    if (bits & FACT.prose) {
      proseWords += f.size;
      proseBlocks++;
      run += f.size;
      longestProseRun = Math.max(longestProseRun, run);
    } else if (f.size >= 4) run = 0;
  }
  const n = blocks.length;
  for (const c of LABEL_CONCEPTS) out.set(`says:${c}`, sat(labels[c], LABEL_HALF[c]));
  COUNTED_FACTS.forEach(([name, , half], k) => out.set(name, sat(factCounts[k], half)));
  // Prices and dates on every tenth line or more: a grid of offers, a list of dated items.
  out.set('text:price-line-share', Math.min(1, share(factCounts[0], n) * 10));
  out.set('text:date-share', Math.min(1, share(factCounts[1], n) * 10));
  out.set('text:price-in-prose', sat(priceMentions, 2));
  out.set('text:cta-lines', sat(ctas, 2));
  out.set('text:bylines', sat(bylines, 1));
  out.set('text:reading-time', sat(readingTime, 1));
  out.set('text:code-lines', sat(codeLines, 10));
  out.set('text:truncated', sat(truncated, 3));
  out.set('text:glued-headlines', sat(glued, 3));
  out.set('text:headlines', sat(headlines, 15));
  out.set('prose:share', share(proseWords, words));
  out.set('prose:paragraphs', sat(proseBlocks, PROSE_PARAGRAPHS_HALF));
  out.set('prose:longest-run', sat(longestProseRun, 300));
  out.set('shape:words', sat(words, 1000));
  out.set('shape:short-lines', share(short, n));
}
