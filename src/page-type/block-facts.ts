/**
 * Facts about single blocks that several signal sources read (a price line, a date, prose,
 * a link): computed once per page, as bit flags, so cards and posts can be described by
 * which facts their blocks hold without testing the text again.
 */
import type { Block } from '../types.js';
import type { TextFeatures } from '../rules/features.js';
import { CODE_HINT, CODE_LINE, CTA_LINE, DATE, MEMBER_COUNTER, OFFER_LINE, PHONE, POST_MARK, PRICE, RELATIVE_HINT, RELATIVE_TIME, RESULT_COUNT, STAT_LINE, THREAD_COUNTER } from './vocabulary/text.js';

export const FACT = {
  /** A short line with a price. */
  price: 1,
  /** A short line with a date or a "3 days ago". */
  date: 2,
  /** A paragraph of prose (see isProse). */
  prose: 4,
  /** Mostly link text: a title linking elsewhere, a menu entry. */
  link: 8,
  heading: 16,
  /** A member counter ("Posts: 12", "Joined: 2019"). */
  counter: 32,
  /** Code: a <pre> block, or a line that reads like a statement. */
  code: 64,
  /** Ten words or more of plain text, not a link: a teaser's snippet, a post's body. */
  text: 128,
  /** A short line with a "3 days ago". */
  relative: 256,
  /** A post number ("#3") or a reply subject ("Re: ..."). */
  postMark: 512,
  /** A phone number. */
  phone: 1024,
  /** A call to action: a short line led by a selling verb. */
  cta: 2048,
  /** How many things a list holds ("338 products", "Showing 1–24 of 120"). */
  resultCount: 4096,
  /** A thread's or a question's counters ("12 replies", "1.2k views"). */
  threadCounter: 8192,
  /** A variant picker or payment terms of an offer. */
  offer: 16384,
  /** A figure standing alone ("500+", "98%"). */
  stat: 32768,
} as const;

/** Lines up to this long are labels, prices and dates standing alone. */
export const SHORT_LINE = 80;
/** A paragraph of prose: this many words, sentence-ending, with function words. */
const PROSE_WORDS = 20;
const PROSE_STOPWORDS = 0.2;
const LINK_SHARE = 0.6;

/**
 * Sentences, many words, and function words among them; a language whose function words pith
 * does not know (CJK scripts, Latin filler) shows prose by its several sentences in lower case.
 */
export function isProse(block: Block, f: TextFeatures): boolean {
  if (block.kind === 'pre' || f.size < PROSE_WORDS || !f.endsSentence) return false;
  return f.stopwordRatio >= PROSE_STOPWORDS || f.cjkChars >= 30 || (f.hasInnerSentenceBreak && f.capitalRatio < 0.35);
}

export function blockFacts(blocks: readonly Block[], features: readonly TextFeatures[]): Uint16Array {
  const facts = new Uint16Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const f = features[i];
    const text = block.text;
    let bits = 0;
    if (text.length <= SHORT_LINE) {
      const digits = /\d/.test(text);
      if (digits && PRICE.test(text)) bits |= FACT.price;
      if (digits && DATE.test(text)) bits |= FACT.date;
      if (RELATIVE_HINT.test(text) && RELATIVE_TIME.test(text)) bits |= FACT.date | FACT.relative;
      if (MEMBER_COUNTER.test(text)) bits |= FACT.counter;
      if (POST_MARK.test(text)) bits |= FACT.postMark;
      if (digits && PHONE.test(text)) bits |= FACT.phone;
      if (digits && RESULT_COUNT.test(text)) bits |= FACT.resultCount;
      if (digits && text.length <= 12 && STAT_LINE.test(text)) bits |= FACT.stat;
      if (digits && THREAD_COUNTER.test(text)) bits |= FACT.threadCounter;
      if (text.length <= 40 && CTA_LINE.test(text)) bits |= FACT.cta;
      if (OFFER_LINE.test(text)) bits |= FACT.offer;
    }
    if (isProse(block, f)) bits |= FACT.prose;
    if (text.length >= 8 && block.linkChars >= text.length * LINK_SHARE) bits |= FACT.link;
    else if (f.size >= 10) bits |= FACT.text;
    if (block.kind === 'heading') bits |= FACT.heading;
    if (block.kind === 'pre' || (text.length <= 200 && f.stopwordRatio < 0.3 && CODE_HINT.test(text) && CODE_LINE.test(text))) bits |= FACT.code;
    facts[i] = bits;
  }
  return facts;
}
