/**
 * Who speaks to whom in the running text: a company about itself ("we", "our"), copy
 * addressed to the reader ("you"), one person's account ("I", "my": a forum post), reported
 * speech ("said", "according to": news), and sales words. Shares of the words of the page's
 * sentences, site furniture left out; one regex pass per block.
 */
import type { Block } from '../types.js';
import type { TextFeatures } from '../rules/features.js';
import { VOICE_CONCEPTS, VOICE_WORDS, type VoiceConcept } from './vocabulary/text.js';
import { sat, share, type Features } from './feature-set.js';
import { endsWithMark } from '../rules/line-ends.js';
import { WordTable } from '../rules/word-table.js';

const VOICE_ENTRIES = VOICE_CONCEPTS.flatMap((c) => VOICE_WORDS[c].map((w) => [w, c] as const));
/** Each vocabulary word's concept, looked up by a span of the text (a word listed twice keeps its last, as in a Map). */
const WORD_CLASS = new WordTable<VoiceConcept>(VOICE_ENTRIES);
/** The longest word of the vocabulary: longer words are not looked up. */
const LONGEST = Math.max(...VOICE_ENTRIES.map(([w]) => w.length));

/** A letter of the Latin-script languages the vocabulary covers, or an apostrophe inside a word. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || code === 39 || (code >= 0xe0 && code <= 0xff && code !== 0xf7);
}

/** Adds the vocabulary words of lower-cased text to the counts, without splitting it into arrays. */
function countWords(text: string, counts: Record<VoiceConcept, number>): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordChar(text.charCodeAt(i));
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start <= LONGEST) {
        const concept = WORD_CLASS.get(text, start, i);
        if (concept) counts[concept]++;
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
  const counts = Object.fromEntries(VOICE_CONCEPTS.map((c) => [c, 0])) as Record<VoiceConcept, number>;
  let words = 0, chars = 0, sentences = 0, questions = 0;
  for (let i = 0; i < blocks.length && chars < MAX_CHARS; i++) {
    if (features[i].words < MIN_WORDS || chrome?.[i] || blocks[i].kind === 'pre') continue;
    const text = blocks[i].text;
    chars += text.length;
    words += features[i].words;
    sentences++;
    if (endsWithMark(text, '?', `"'”’)`)) questions++;
    countWords((lowerTexts?.[i] ?? text.toLowerCase()).replace(/’/g, "'"), counts);
  }
  if (words < 30) return;
  // Rates per hundred words, squashed: one "we" in a hundred words is already a lot.
  for (const c of VOICE_CONCEPTS) out.set(`voice:${c}`, sat((counts[c] / words) * 100, c === 'commerce' ? 1 : 1.5));
  out.set('voice:questions', share(questions, sentences));
}
