/**
 * Block texts in V8's one-byte form wherever they fit it.
 *
 * Why: V8 stores a string one byte a character when every character fits Latin-1, else two;
 * a page with a single curly quote or dash is two-byte throughout, and so is every line and
 * paragraph sliced from it, Latin-1 or not. Every stage reads the block texts many times over
 * (features, labels, lower-casing, vocabularies, dates), and reads a two-byte slice slower:
 * lower-casing one took 4.5 times as long, a block's features 1.3 and its label key 2 times.
 * So the texts that fit are copied once into one-byte strings, all of a page's in one go.
 */

import { Buffer } from 'node:buffer';
import type { Block } from '../types.js';

/** A character beyond Latin-1: a text holding one stays two-byte. */
const BEYOND_LATIN1 = /[^\0-\xff]/g;

/**
 * The texts, those without a character beyond Latin-1 as flat one-byte strings (equal,
 * character for character, to what they were). The page's texts are written out as Latin-1
 * bytes once, and each text read back from its own bytes: a slice of one narrowed string
 * would be a view into it, and V8 reads such views slower still than the two-byte texts.
 */
export function oneByteTexts(texts: readonly string[]): string[] {
  if (texts.length === 0) return [];
  const joined = texts.join('');
  // A character beyond Latin-1 loses its high byte here: a text holding one keeps its own string.
  const bytes = Buffer.from(joined, 'latin1');
  const out: string[] = [];
  let start = 0;
  let wide = -1; // where the next character beyond Latin-1 is, from `start` on (-1: not looked for)
  for (const text of texts) {
    const end = start + text.length;
    if (wide < start) {
      BEYOND_LATIN1.lastIndex = start;
      wide = BEYOND_LATIN1.exec(joined)?.index ?? Infinity;
    }
    out.push(wide < end ? text : bytes.toString('latin1', start, end));
    start = end;
  }
  return out;
}

/** Gives the parse's own blocks, not yet handed on, their texts in one-byte form where they fit (oneByteTexts). */
export function narrowBlockTexts(blocks: readonly Block[]): void {
  const texts = oneByteTexts(blocks.map((b) => b.text));
  for (let i = 0; i < blocks.length; i++) (blocks[i] as { text: string }).text = texts[i];
}
