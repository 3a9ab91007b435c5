/**
 * A list of teaser cards after (or around) the article: each card a headline, an author, a
 * date and an excerpt. The excerpts read like prose, so the main run swallows them; but the
 * datelines repeat at a fixed period, which an article's paragraphs never do. Three or more
 * dates at one period, with at most a short excerpt between them, mark the cards, and the
 * whole stretch goes.
 */
import type { Rule, RuleMark } from '../types.js';

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

export const dropTeaserCards: Rule = {
  id: 'drop-teaser-cards',
  stage: 'prune',
  description: 'Drops lists of teaser cards (headline, author, date, excerpt) found by their periodic datelines.',
  apply({ blocks, features, marks: earlier }) {
    const dates = [...earlier].filter(([, m]) => m.field === 'date').map(([i]) => i).sort((a, b) => a - b);
    const marks: RuleMark[] = [];
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
        while (after < period - 1 && features[dates[k] + 1 + after].size >= 10) after++;
        const before = period - 1 - after;
        const from = Math.max(0, dates[k] - before);
        const to = Math.min(blocks.length - 1, dates[last] + after);
        for (let i = from; i <= to; i++) {
          marks.push({ index: i, verdict: 'boilerplate', reason: `teaser card (${cards} cards every ${period} blocks)` });
        }
        k = last + 1;
      } else {
        k++;
      }
    }
    return marks;
  },
};
