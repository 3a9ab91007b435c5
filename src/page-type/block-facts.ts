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
  // Each bit read once a call, and or-ed in on every line (0 when its test fails): V8 learns the
  // types of an operation as it runs it, and a bit first read or or-ed in on a rare line (a
  // phone number) threw away the loop's optimised code to learn them.
  const {
    code: codeBit, counter: counterBit, cta: ctaBit, date: dateBit, heading: headingBit,
    link: linkBit, offer: offerBit, phone: phoneBit, postMark: postMarkBit, price: priceBit,
    prose: proseBit, relative: relativeBit, resultCount: resultCountBit, stat: statBit,
    text: textBit, threadCounter: threadCounterBit,
  } = FACT;
  const facts = new Uint16Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const f = features[i];
    const text = block.text;
    let bits = 0;
    if (text.length <= SHORT_LINE) {
      const digits = /\d/.test(text);
      bits |= digits && PRICE.test(text) ? priceBit : 0;
      bits |= digits && DATE.test(text) ? dateBit : 0;
      bits |= RELATIVE_HINT.test(text) && RELATIVE_TIME.test(text) ? dateBit | relativeBit : 0;
      bits |= MEMBER_COUNTER.test(text) ? counterBit : 0;
      bits |= POST_MARK.test(text) ? postMarkBit : 0;
      bits |= digits && PHONE.test(text) ? phoneBit : 0;
      bits |= digits && RESULT_COUNT.test(text) ? resultCountBit : 0;
      bits |= digits && text.length <= 12 && STAT_LINE.test(text) ? statBit : 0;
      bits |= digits && THREAD_COUNTER.test(text) ? threadCounterBit : 0;
      bits |= text.length <= 40 && CTA_LINE.test(text) ? ctaBit : 0;
      bits |= OFFER_LINE.test(text) ? offerBit : 0;
    }
    bits |= isProse(block, f) ? proseBit : 0;
    bits |= text.length >= 8 && block.linkChars >= text.length * LINK_SHARE ? linkBit : f.size >= 10 ? textBit : 0;
    bits |= block.kind === 'heading' ? headingBit : 0;
    bits |= block.kind === 'pre' || (text.length <= 200 && f.stopwordRatio < 0.3 && CODE_HINT.test(text) && CODE_LINE.test(text)) ? codeBit : 0;
    facts[i] = bits;
  }
  return facts;
}
