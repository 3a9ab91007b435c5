/**
 * A list of teaser cards after (or around) the article: each card a headline, an author, a
 * date and an excerpt. The excerpts read like prose, so the main run swallows them; but the
 * datelines repeat at a fixed period, which an article's paragraphs never do. Three or more
 * dates at one period, with at most a short excerpt between them, mark the cards, and the
 * whole stretch goes, unless the cards hold most of the page's prose: then they are its content.
 */
import type { Rule, RuleMark } from '../types.js';

/** A line of this many words is prose: an excerpt inside the cards, a paragraph outside them. */
const PROSE_WORDS = 10;
/**
 * Cards beside an article hold fewer words than the article. When they hold more than this
 * many times the prose left outside them, they are the page (a list of events, a blog's
 * index), not a widget beside it. wcxb-dev txt at 2: three pages up, none down; at 1 the
 * ScrapingHub dumps lose 0.003 (short stories above a long list of related cards).
 */
const PAGE_SHARE = 2;
/** Cards are at most this many blocks long. */
const MAX_PERIOD = 6;
/** Fewer cards than this may be the article's own dated sections. */
const MIN_CARDS = 3;

/** Each card carries a headline or name beside its date; an article's dated sections do not. */
function headlined(dates: readonly number[], features: readonly { size: number; endsSentence: boolean }[]): boolean {
  for (let c = 0; c + 1 < dates.length; c++) {
    let short = false;
    for (let i = dates[c] + 1; i < dates[c + 1]; i++) if (features[i].size < 25 && !features[i].endsSentence) short = true;
    if (!short) return false;
  }
  return true;
}

/** A stretch of cards: first and last block, how many cards, blocks per card. */
interface Chain {
  readonly from: number;
  readonly to: number;
  readonly cards: number;
  readonly period: number;
}

export const dropTeaserCards: Rule = {
  id: 'drop-teaser-cards',
  stage: 'prune',
  description: 'Drops lists of teaser cards (headline, author, date, excerpt) found by their periodic datelines.',
  apply({ blocks, features, marks: earlier }) {
    const dates = [...earlier].filter(([, m]) => m.field === 'date').map(([i]) => i).sort((a, b) => a - b);
    const chains: Chain[] = [];
    let k = 0;
    while (k < dates.length) {
      // The longest chain of dates at one period starting at dates[k].
      const period = (dates[k + 1] ?? Infinity) - dates[k];
      let last = k;
      while (last + 1 < dates.length && dates[last + 1] - dates[last] === period) last++;
      const cards = last - k + 1;
      if (period >= 3 && period <= MAX_PERIOD && cards >= MIN_CARDS && headlined(dates.slice(k, last + 1), features)) {
        // Blocks after each date up to the next card's head: the excerpt, if it is prose.
        let after = 0;
        while (after < period - 1 && features[dates[k] + 1 + after].size >= PROSE_WORDS) after++;
        const before = period - 1 - after;
        const from = Math.max(0, dates[k] - before);
        const to = Math.min(blocks.length - 1, dates[last] + after);
        chains.push({ from, to, cards, period });
        k = last + 1;
      } else {
        k++;
      }
    }
    if (chains.length === 0 || cardsHoldThePage(chains, features, earlier)) return [];
    const marks: RuleMark[] = [];
    for (const { from, to, cards, period } of chains) {
      for (let i = from; i <= to; i++) marks.push({ index: i, verdict: 'boilerplate', reason: `teaser card (${cards} cards every ${period} blocks)` });
    }
    return marks;
  },
};

/** The cards' prose outweighs the page's other prose (lines no earlier rule marked). */
function cardsHoldThePage(chains: readonly Chain[], features: readonly { size: number }[], earlier: ReadonlyMap<number, unknown>): boolean {
  let inCards = 0;
  let outside = 0;
  let c = 0;
  for (let i = 0; i < features.length; i++) {
    while (c < chains.length && chains[c].to < i) c++;
    const size = features[i].size;
    if (size < PROSE_WORDS) continue;
    if (c < chains.length && chains[c].from <= i) inCards += size;
    else if (!earlier.has(i)) outside += size;
  }
  return inCards > PAGE_SHARE * outside;
}
