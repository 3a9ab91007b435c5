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

// The classes above for the character at k: ASCII by its code, the rest by the regex.
function isSeparatorAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c >= 128) return SEPARATOR.test(text[k]);
  return c === 32 || (c >= 9 && c <= 13) || c === 124 || c === 44 || c === 47;
}
function isLowerAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(text[k]);
}
function isUpperAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(text[k]);
}

/** The line's first piece as PIECES splits it (whitespace, separators, a lower-to-upper join). */
function firstPiece(text: string): string {
  let start = 0;
  while (start < text.length && isSeparatorAt(text, start)) start++;
  let end = start + 1;
  while (end < text.length && !isSeparatorAt(text, end) && !(isLowerAt(text, end - 1) && isUpperAt(text, end))) end++;
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
