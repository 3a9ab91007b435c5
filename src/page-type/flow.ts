/**
 * How the text runs from one heading to the next, readable in a text dump too: a sales page
 * is many short sections under headings (and questions, in its FAQ), an article a few long
 * ones; an index repeats title-then-date or title-then-excerpt teasers. In a dump a heading
 * is a short line without a full stop that a longer text follows.
 */
import type { Block } from '../types.js';
import type { TextFeatures } from '../rules/features.js';
import { FACT } from './block-facts.js';
import { sat, share, type Features } from './feature-set.js';
import { endsWithMark, endsWithMarkBeforeSpace } from '../rules/line-ends.js';

/** A section this short is a blurb under a heading, not a chapter of a text. */
const BLURB_WORDS = 60;
/** /[.!:;,…]["'”’)]*$/: a sentence's or a clause's end, and the quotes and brackets after it. */
const endsSentence = (text: string) => endsWithMark(text, '.!:;,…', `"'”’)`);

function isHead(blocks: readonly Block[], features: readonly TextFeatures[], facts: Uint16Array, i: number): boolean {
  const f = features[i];
  if (facts[i] & FACT.link || f.size < 1 || f.size > 12) return false;
  if (blocks[i].kind === 'heading') return true;
  if (blocks[i].kind !== 'line' && blocks[i].kind !== 'paragraph') return false;
  const next = features[i + 1];
  return next !== undefined && next.size >= 12 && !endsSentence(blocks[i].text) && /^\p{Lu}/u.test(blocks[i].text);
}

/** A teaser title: a medium line followed closely by a date or an excerpt cut short. */
function isTeaser(blocks: readonly Block[], features: readonly TextFeatures[], facts: Uint16Array, i: number): boolean {
  const f = features[i];
  if (f.size < 3 || f.size > 16 || endsSentence(blocks[i].text)) return false;
  for (let j = i + 1; j <= i + 2 && j < blocks.length; j++) if (facts[j] & FACT.date || features[j].truncated) return true;
  return false;
}

export function flowFeatures(blocks: readonly Block[], features: readonly TextFeatures[], facts: Uint16Array, out: Features): void {
  const sections: number[] = [];
  let current = -1, questions = 0, teasers = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (isHead(blocks, features, facts, i)) {
      if (current >= 0) sections.push(current);
      current = 0;
      if (endsWithMarkBeforeSpace(blocks[i].text, '?')) questions++;
    } else if (current >= 0 && !(facts[i] & FACT.link)) current += features[i].size;
    if (isTeaser(blocks, features, facts, i)) teasers++;
  }
  if (current >= 0) sections.push(current);
  const filled = sections.filter((w) => w > 0);
  const blurbs = filled.filter((w) => w < BLURB_WORDS).length;
  const sorted = [...filled].sort((a, b) => a - b);
  const median = sorted.length ? sorted[sorted.length >> 1] : 0;
  out.set('flow:sections', sat(filled.length, 6));
  out.set('flow:blurb-share', share(blurbs, filled.length));
  out.set('flow:section-words', sat(median, 80));
  out.set('flow:question-heads', sat(questions, 3));
  out.set('flow:teasers', sat(teasers, 4));
}
