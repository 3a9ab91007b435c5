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

function isShareBar(text: string, label: string): boolean {
  if (text.length > 120) return false;
  if (SHARE.has(label)) return true;
  const pieces = text
    .split(/\s+|(?<=\p{Ll})(?=\p{Lu})|[|•·,/]/u)
    .map((p) => labelKey(p))
    .filter((p) => p !== '');
  return pieces.length >= 2 && pieces.every((p) => BAR_WORDS.has(p)) && pieces.some((p) => SHARE.has(p) && p.length > 3);
}

export const dropShareButtons = blockRule({
  id: 'drop-share-buttons',
  description: 'Drops share bars and social-network links.',
  maxWords: 20,
  test: (text, f) => isShareBar(text, f.label) && 'share or social link',
});
