/**
 * Share bars and social links. innerText glues adjacent links ("FacebookTwitterLinkedIn"),
 * so a line is split at lower-to-upper case joins before its words are looked up; the line
 * goes only when every piece is a share or follow word.
 */
import { SHARE_LABELS } from '../vocab.js';
import { labelKey, labelSet } from '../label.js';
import { blockRule } from './block-rule.js';

const SHARE = labelSet(SHARE_LABELS);
/** Single words that may stand in a share bar next to the network names. */
const BAR_WORDS = new Set([...SHARE].filter((l) => !l.includes(' ')).concat(['on', 'us', 'via', 'this', 'the', 'with']));

const PIECES = /\s+|(?<=\p{Ll})(?=\p{Lu})|[|•·,/]/u;
const SEPARATOR = /[\s|•·,/]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** The line's first piece as PIECES splits it (whitespace, separators, a lower-to-upper join). */
function firstPiece(text: string): string {
  let start = 0;
  while (start < text.length && SEPARATOR.test(text[start])) start++;
  let end = start + 1;
  while (end < text.length && !SEPARATOR.test(text[end]) && !(LOWER.test(text[end - 1]) && UPPER.test(text[end]))) end++;
  return text.slice(start, end);
}

function isShareBar(text: string, label: string): boolean {
  if (text.length > 120) return false;
  if (SHARE.has(label)) return true;
  // Most lines fail on their first word: it is read before the line is split.
  const first = labelKey(firstPiece(text));
  if (first !== '' && !BAR_WORDS.has(first)) return false;
  // Every piece a bar word, two at least, one a network's or a share verb's name.
  let pieces = 0;
  let named = false;
  for (const piece of text.split(PIECES)) {
    const key = labelKey(piece);
    if (key === '') continue;
    if (!BAR_WORDS.has(key)) return false;
    pieces++;
    if (key.length > 3 && SHARE.has(key)) named = true;
  }
  return pieces >= 2 && named;
}

export const dropShareButtons = blockRule({
  id: 'drop-share-buttons',
  description: 'Drops share bars and social-network links.',
  maxWords: 20,
  test: (text, f) => isShareBar(text, f.label) && 'share or social link',
});
