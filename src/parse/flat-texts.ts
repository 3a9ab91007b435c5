/**
 * Block texts as flat strings, one byte a character wherever they fit Latin-1.
 *
 * Why: V8 stores a string one byte a character only when every character fits Latin-1, else
 * two; a page with a single curly quote or dash is two-byte throughout, and every line and
 * paragraph cut from it is a two-byte view (a sliced string) into it. Every stage reads the
 * block texts many times over (features, labels, lower-casing, vocabularies, dates), and
 * reads such a view slower: lower-casing one took 4.5 times as long, a label key 2 and a
 * block's features 1.3 times; a regex whose classes lie beyond Latin-1 (CJK, \p{Lu}) fails at
 * once on a one-byte text but scans a two-byte one. A text that does hold a character beyond
 * Latin-1 stays two-byte, but flat: its features took a seventh less time than the view's.
 */
import { Buffer } from 'node:buffer';
import type { Block } from '../types.js';
import { packedMap } from '../packed.js';

/**
 * The texts as flat strings, equal character for character to what they were: a page's texts
 * are written out once as UTF-16 code units, and each read back from its own, which V8 stores
 * one byte a character when they all fit. A view of one narrowed string would not do: V8 read
 * sliced one-byte texts slower than the two-byte views they replaced.
 */
export function flatTexts(texts: readonly string[]): string[] {
  if (texts.length === 0) return [];
  const units = codeUnits(texts.join(''));
  const out: string[] = [];
  let start = 0;
  for (const text of texts) {
    const end = start + text.length;
    out.push(units.toString('utf16le', 2 * start, 2 * end));
    start = end;
  }
  return out;
}

/**
 * One buffer for every page's code units, grown to the largest page's up to SCRATCH_LIMIT
 * bytes (a larger page gets a buffer of its own): a fresh buffer a page kept a batch run's
 * peak RSS 16 MB higher, the buffers' memory lying outside V8's heap until a collection.
 */
let scratch = Buffer.alloc(0);
const SCRATCH_LIMIT = 4 * 1024 * 1024;
const SCRATCH_MIN = 64 * 1024;

/** The text's UTF-16 code units, as they are (lone surrogates too: UTF-16LE is the strings' own encoding), in a buffer whose first 2 x length bytes hold them. */
function codeUnits(text: string): Buffer {
  const bytes = 2 * text.length;
  if (bytes > SCRATCH_LIMIT) return Buffer.from(text, 'utf16le');
  if (scratch.length < bytes) scratch = Buffer.allocUnsafe(Math.max(bytes, SCRATCH_MIN));
  scratch.write(text, 0, 'utf16le');
  return scratch;
}

/** Gives the parse's own blocks, not yet handed on, their texts as flat strings (flatTexts). */
export function flattenBlockTexts(blocks: readonly Block[]): void {
  const texts = flatTexts(packedMap(blocks, (b) => b.text));
  for (let i = 0; i < blocks.length; i++) (blocks[i] as { text: string }).text = texts[i];
}
