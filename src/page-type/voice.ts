/**
 * Who speaks to whom in the running text: a company about itself ("we", "our"), copy
 * addressed to the reader ("you"), one person's account ("I", "my": a forum post), reported
 * speech ("said", "according to": news), and sales words. Shares of the words of the page's
 * sentences, site furniture left out; one regex pass per block.
 */
import type { Block } from '../types.js';
import type { TextFeatures } from '../rules/features.js';
import { VOICE_CONCEPTS, VOICE_WORDS, type VoiceConcept } from './phrases.js';
import { sat, share, type Features } from './feature-set.js';

const WORD_CLASS: ReadonlyMap<string, VoiceConcept> = new Map(VOICE_CONCEPTS.flatMap((c) => VOICE_WORDS[c].map((w) => [w, c] as const)));
/** Splits lower-cased text into words of the Latin-script languages the vocabulary covers. */
const NON_WORD = /[^a-zà-öø-ÿß']+/;

/** Blocks with fewer words are labels and menus, not running text. */
const MIN_WORDS = 6;
/** Enough text to judge the voice of a page; the rest would only cost time. */
const MAX_CHARS = 30000;

export function voiceFeatures(blocks: readonly Block[], features: readonly TextFeatures[], chrome: Uint8Array | null, out: Features): void {
  const counts = Object.fromEntries(VOICE_CONCEPTS.map((c) => [c, 0])) as Record<VoiceConcept, number>;
  let words = 0, chars = 0, sentences = 0, questions = 0;
  for (let i = 0; i < blocks.length && chars < MAX_CHARS; i++) {
    if (features[i].words < MIN_WORDS || chrome?.[i] || blocks[i].kind === 'pre') continue;
    const text = blocks[i].text;
    chars += text.length;
    words += features[i].words;
    sentences++;
    if (/\?["'”’)]*$/.test(text)) questions++;
    for (const word of text.toLowerCase().replace(/’/g, "'").split(NON_WORD)) {
      const concept = WORD_CLASS.get(word);
      if (concept) counts[concept]++;
    }
  }
  if (words < 30) return;
  // Rates per hundred words, squashed: one "we" in a hundred words is already a lot.
  for (const c of VOICE_CONCEPTS) out.set(`voice:${c}`, sat((counts[c] / words) * 100, c === 'commerce' ? 1 : 1.5));
  out.set('voice:questions', share(questions, sentences));
}
