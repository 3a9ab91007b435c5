/**
 * A comment-section heading ("Comments", "Leave a Reply", "Kommentare") after the article has
 * begun: what follows is readers' text, however much it reads like prose, so it goes to the
 * end of the main run. Before the first paragraph the same word is only a counter or a link,
 * and so is a label the region repeats (a "2 comments" link under every item of a list).
 */
import type { Rule } from '../types.js';
import { COMMENT_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';
import { hintWords } from '../../parse/html/element.js';
import { READERS_WORDS } from '../html/containers.js';
import type { Block } from '../../types.js';
import { cutToEnd, itemCounters } from './section-cut.js';

const HEADINGS = labelSet(COMMENT_LABELS);
/**
 * "12 Comments", "One response to “Title”", "3 thoughts on “Title”", "2 Kommentare zu „X“": a
 * count and the word, alone or before the post's quoted title. "One response caught my
 * attention:" in the middle of an essay is a sentence, not a heading.
 */
const COUNTED = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|responses?|replies|thoughts?|kommentare|commentaires|comentarios|commenti|reacties|yorum)\s*(?:$|[:(]|(?:to|on|for|zu|sur|à|a|su|em|op|bij|sobre|para)\s+["“„«'‘’‹].*$)/i;

/** A line that opens with a quotation mark or an email's ">" quotes someone: it heads nothing. */
const QUOTED = /^\s*(?:>|["“„«‘'])/u;

/**
 * Prose the article must show before a comment heading can end it: "124 Comments" under a
 * standfirst is the byline's counter, with the whole article still to come.
 */
const MIN_ARTICLE_WORDS = 60;

const READERS = new Set<string>(READERS_WORDS);
/** Blocks after a bare label that may show the comment markup the label opens. */
const LOOKAHEAD = 3;

const inReadersMarkup = (block: Block | undefined) => Boolean(block?.hints.some((h) => hintWords(h).some((w) => READERS.has(w))));

/**
 * In HTML a bare label must prove it opens a section: it is a heading element, or it or the
 * blocks right after it sit in comment or reply markup. A paragraph "Comments--" that opens
 * the author's own remarks on a 1999 page proves neither. (A text dump shows no markup: there
 * the label's position and shape are all there is.)
 */
function opensSection(blocks: readonly Block[], i: number, end: number): boolean {
  if (blocks[i].kind === 'heading' || inReadersMarkup(blocks[i])) return true;
  for (let j = i + 1; j <= Math.min(end, i + LOOKAHEAD); j++) if (inReadersMarkup(blocks[j])) return true;
  return false;
}

export const dropCommentSection: Rule = {
  id: 'drop-comment-section',
  stage: 'region',
  description: 'Drops a comment section and everything after its heading within the article region.',
  apply({ blocks, features, run, userLabels, inputType }) {
    if (!run) return [];
    const added = userLabels?.comments;
    const isCounter = itemCounters(features, run);
    let proseWords = 0;
    for (let i = run.start; i <= run.end; i++) {
      const text = blocks[i].text;
      const counted = text.length <= 160 && COUNTED.test(text);
      const bare = !counted && text.length <= 60 && !QUOTED.test(text) && (HEADINGS.has(features[i].label) || Boolean(added?.has(features[i].label)));
      const heading = counted || (bare && (inputType !== 'html' || opensSection(blocks, i, run.end)));
      // The same label again and again is each item's counter ("3 comments" under every post), not a section.
      if (heading && proseWords >= MIN_ARTICLE_WORDS && !isCounter(features[i].label)) return cutToEnd(i, run, `comment section from "${text}"`);
      if (features[i].size >= 12 && features[i].endsSentence) proseWords += features[i].size;
    }
    return [];
  },
};
