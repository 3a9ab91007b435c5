/**
 * Who speaks to whom in the running text: a company about itself ("we", "our"), copy
 * addressed to the reader ("you"), one person's account ("I", "my": a forum post), reported
 * speech ("said", "according to": news), and sales words. Shares of the words of the page's
 * sentences, site furniture left out; one pass over each block's characters.
 */
import type { Block } from '../types.js';
import type { TextFeatures } from '../rules/features.js';
import { VOICE_CONCEPTS, VOICE_WORDS } from './vocabulary/text.js';
import { sat, share, type Features } from './feature-set.js';
import { endsWithMark } from '../rules/line-ends.js';
import { WordTable } from '../rules/word-table.js';

/**
 * Each vocabulary word's concept (its index in VOICE_CONCEPTS), looked up by a span of the text
 * (a word listed twice keeps its last, as in a Map). A word with an apostrophe is listed with
 * the typographic one too ("we’re"), so the text is read as it is written.
 */
const VOICE_ENTRIES = VOICE_CONCEPTS.flatMap((c, k) => VOICE_WORDS[c].flatMap((w) => (w.includes("'") ? [[w, k], [w.replace("'", '’'), k]] : [[w, k]]) as [string, number][]));
const WORD_CLASS = new WordTable<number>(VOICE_ENTRIES);
/** The longest word of the vocabulary: longer words are not looked up. */
const LONGEST = Math.max(...VOICE_ENTRIES.map(([w]) => w.length));

/** A letter of the Latin-script languages the vocabulary covers, or an apostrophe (' or ’) inside a word. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || code === 39 || (code >= 0xe0 && code <= 0xff && code !== 0xf7) || code === 0x2019;
}

/** Adds the vocabulary words of lower-cased text to the counts (by concept index), without splitting it into arrays. */
function countWords(text: string, counts: Int32Array): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordChar(text.charCodeAt(i));
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start <= LONGEST) {
        const concept = WORD_CLASS.get(text, start, i);
        if (concept !== undefined) counts[concept]++;
      }
      start = -1;
    }
  }
}

/** Blocks with fewer words are labels and menus, not running text. */
const MIN_WORDS = 6;
/** Enough text to judge the voice of a page; the rest would only cost time. */
const MAX_CHARS = 5000;

export function voiceFeatures(blocks: readonly Block[], features: readonly TextFeatures[], chrome: Uint8Array | null, out: Features, lowerTexts?: readonly string[]): void {
  const counts = new Int32Array(VOICE_CONCEPTS.length);
  let words = 0, chars = 0, sentences = 0, questions = 0;
  for (let i = 0; i < blocks.length && chars < MAX_CHARS; i++) {
    if (features[i].words < MIN_WORDS || chrome?.[i] || blocks[i].kind === 'pre') continue;
    const text = blocks[i].text;
    chars += text.length;
    words += features[i].words;
    sentences++;
    if (endsWithMark(text, '?', `"'”’)`)) questions++;
    countWords(lowerTexts?.[i] ?? text.toLowerCase(), counts);
  }
  if (words < 30) return;
  // Rates per hundred words, squashed: one "we" in a hundred words is already a lot.
  VOICE_CONCEPTS.forEach((c, k) => out.set(`voice:${c}`, sat((counts[k] / words) * 100, c === 'commerce' ? 1 : 1.5)));
  out.set('voice:questions', share(questions, sentences));
}
