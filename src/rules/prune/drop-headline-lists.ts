/**
 * A teaser heading ("Explore", "Most Popular", "More from Sport") is followed by a list of other
 * stories' headlines: short lines that do not read as sentences, or a longer headline with its
 * byline or date under it ("Trending threads": a clipped headline, "Started by Admin"). The list
 * runs until prose resumes (a sentence a dump left wrapped over two lines included), so the
 * article around a mid-body widget stays.
 */
import type { Block } from '../../types.js';
import type { TextFeatures } from '../features.js';
import type { Rule, RuleMark } from '../types.js';
import { isTeaserHeading } from './teaser.js';

/** Longer lines are paragraphs, even without a full stop. */
const MAX_HEADLINE_WORDS = 22;

/**
 * A listed story's or thread's headline may run longer, up to a clipped snippet, when the line
 * under it is its byline or date ("Started by Admin", "Aug 3, 2014"), which these rules dropped.
 */
const MAX_CARD_HEADLINE_WORDS = 32;
const CARD_FOOTERS: ReadonlySet<string> = new Set(['drop-bylines', 'drop-datelines']);

/** A headline or its kicker: up to thirty words, not a run of sentences. */
export function isHeadlineLike(f: TextFeatures): boolean {
  if (f.size > MAX_HEADLINE_WORDS) return false;
  return !(f.endsSentence && f.hasInnerSentenceBreak);
}

/**
 * Prose that ends a headline list: a long sentence, rich in function words. A question of a
 * headline's length is a headline still: lists of other threads ask theirs ("Can I run a
 * 10-speed chain on an 11-speed cassette?").
 */
function isProse(f: TextFeatures, text: string): boolean {
  return f.size >= 12 && f.endsSentence && f.stopwordRatio >= 0.2 && !(f.size <= QUESTION_HEADLINE_WORDS && QUESTION_END.test(text));
}
const QUESTION_HEADLINE_WORDS = 16;
const QUESTION_END = /[?？]["'”’»)\]]*$/u;

/**
 * A sentence a dump left wrapped over two lines ("... Designed for" / "enterprise scale."):
 * the next line goes on in lower case, with no blank line between, and ends the sentence.
 * Together they are prose, whatever each line is alone.
 */
function isWrappedProse(features: readonly TextFeatures[], blocks: readonly Block[], j: number): boolean {
  const next = blocks[j + 1];
  if (!next || next.gapBefore || !/^\p{Ll}/u.test(next.text) || features[j].endsSentence) return false;
  const f = features[j];
  const g = features[j + 1];
  return f.size + g.size >= 12 && g.endsSentence && f.stopwordRatio >= 0.2;
}

export const dropHeadlineLists: Rule = {
  id: 'drop-headline-lists',
  stage: 'prune',
  description: 'Drops the list of other stories that follows a teaser heading.',
  apply({ blocks, features, userLabels, marks: earlier }) {
    const listed = (k: number) => isHeadlineLike(features[k]) && !isProse(features[k], blocks[k].text) && !isWrappedProse(features, blocks, k);
    const cardHeadline = (k: number) =>
      features[k].size <= MAX_CARD_HEADLINE_WORDS &&
      (!features[k].endsSentence || features[k].truncated || QUESTION_END.test(blocks[k].text)) &&
      !features[k].hasInnerSentenceBreak &&
      CARD_FOOTERS.has(earlier.get(k + 1)?.rule ?? '');
    const marks: RuleMark[] = [];
    for (let i = 0; i < blocks.length; i++) {
      if (!isTeaserHeading(blocks[i].text, features[i].label, userLabels?.teaser)) continue;
      let j = i + 1;
      while (j < blocks.length && (listed(j) || cardHeadline(j))) {
        // A line set apart by a blank line and followed by prose is the article's own headline.
        if (j > i + 1 && blocks[j].gapBefore && j + 1 < blocks.length && isProse(features[j + 1], blocks[j + 1].text)) break;
        marks.push({ index: j, verdict: 'boilerplate', reason: `headline list under "${blocks[i].text}"` });
        j++;
      }
      i = j - 1;
    }
    return marks;
  },
};
