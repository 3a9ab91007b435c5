/**
 * Other products beside a product: rows of cards ("Customers also bought", "Show variations",
 * "Recently viewed"), each a name, maybe a line of description, a price and a link, the same
 * number of lines every time. A dump prints a row as a column of lines with a price at a steady
 * beat; the row is other products, whatever comes after it (the product's reviews, its
 * description, the footer) is left to the other rules. Text dumps only: in HTML the cards'
 * containers say so.
 *
 * A row must prove itself: the product must have been shown first (ten lines and a few dozen
 * words of it: a row among its first lines is its own sizes or colours), and three prices in a row must keep one beat (two to eight lines apart, the two
 * gaps within a line of each other): a product's own price and the price of its shipping
 * option are not a row. The row runs from the line above its first price (the card's name) to
 * the last card's last line.
 */
import type { Rule, RuleMark } from '../types.js';
import { PRICE } from '../../page-type/vocabulary/text.js';

/** Lines and words of the product the range must show before other products can begin. */
const MIN_PRODUCT_LINES = 10;
const MIN_PRODUCT_WORDS = 30;
/** A card's price line is short: the price, maybe a label or the price it replaces. */
const MAX_PRICE_LINE = 40;
/** The beat of a row of cards: lines from one price to the next. */
const MIN_BEAT = 2;
const MAX_BEAT = 8;

function isPriceLine(text: string): boolean {
  return text.length <= MAX_PRICE_LINE && /\d/.test(text) && PRICE.test(text);
}

const onBeat = (gap: number) => gap >= MIN_BEAT && gap <= MAX_BEAT;

export const dropRelatedProducts: Rule = {
  id: 'drop-related-products',
  stage: 'region',
  description: "Drops rows of other products' cards (a price at a steady beat) after a product's own sections (text dumps).",
  apply({ blocks, features, run, inputType, pageType }) {
    if (!run || inputType === 'html' || pageType !== 'product') return [];
    const prices: number[] = [];
    for (let i = run.start; i <= run.end; i++) if (isPriceLine(blocks[i].text)) prices.push(i);
    const marks: RuleMark[] = [];
    let shown = 0;
    let counted = run.start;
    for (let k = 0; k + 2 < prices.length; ) {
      const [a, b, c] = [prices[k], prices[k + 1], prices[k + 2]];
      const beat = b - a;
      if (!onBeat(beat) || !onBeat(c - b) || Math.abs(c - b - beat) > 1) {
        k++;
        continue;
      }
      let last = k + 2;
      while (last + 1 < prices.length && onBeat(prices[last + 1] - prices[last])) last++;
      // The card's name stands on the line above its price.
      const from = a - 1;
      for (; counted < from; counted++) shown += features[counted].size;
      // A row among the product's first lines is its own options (sizes, colours, bundles).
      if (from - run.start >= MIN_PRODUCT_LINES && shown >= MIN_PRODUCT_WORDS) {
        const to = Math.min(run.end, prices[last] + beat - 2);
        const reason = `a row of other products from "${blocks[from].text.slice(0, 40)}"`;
        for (let j = Math.max(from, (marks.at(-1)?.index ?? -1) + 1); j <= to; j++) marks.push({ index: j, verdict: 'boilerplate', reason });
      }
      k = last + 1;
    }
    return marks;
  },
};
