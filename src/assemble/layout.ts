/**
 * Whether a block stands as its own paragraph. Browsers' innerText and text renderers put a
 * blank line around each <p> but not between menu entries, list items or the parts of a
 * teaser card, so in a dump that uses blank lines at all this tells prose from widgets.
 */
import type { Block } from '../types.js';
import type { TextFeatures } from '../rules/features.js';
import type { Quality } from './quality.js';
import type { Layout } from './pick-main-run.js';
import { packedMap } from '../packed.js';

/** At least this share of prose blocks must stand alone for the dump to count as paragraphed. */
const PARAGRAPHED_MIN_SHARE = 0.5;

export function layoutOf(blocks: readonly Block[], quality: readonly Quality[]): Layout[] {
  const alone = packedMap(blocks, (b, i) => b.gapBefore && (blocks[i + 1]?.gapBefore ?? true));
  const prose = blocks.filter((_, i) => quality[i] === 'good');
  const paragraphed = prose.length > 0 && prose.filter((b) => alone[b.index]).length / prose.length >= PARAGRAPHED_MIN_SHARE;
  if (!paragraphed) return packedMap(blocks, () => 'unknown');
  return packedMap(alone, (a) => (a ? 'paragraph' : 'line'));
}

/** A stanza needs this many lines: one sentence line glued to a label is a card, not a stanza. */
const STANZA_MIN_LINES = 2;
const OPENS_SENTENCE = /^[\p{Lu}\d"“‘'(]/u;

/**
 * Lines glued together that each end a sentence and open with a capital: a paragraph written
 * one sentence a line (a <p> of <br>s, a manifesto, verse). Its short sentences read as the
 * short paragraphs they are; menus, cards and lists of names do not end every line with a
 * full stop.
 */
export function stanzaLines(blocks: readonly Block[], quality: readonly Quality[], features: readonly TextFeatures[]): boolean[] {
  const out = packedMap(blocks, () => false);
  let start = 0;
  for (let i = 1; i <= blocks.length; i++) {
    if (i < blocks.length && !blocks[i].gapBefore) continue;
    // blocks[start .. i-1] are glued together.
    let all = i - start >= STANZA_MIN_LINES;
    for (let j = start; all && j < i; j++) {
      const f = features[j];
      all = quality[j] !== 'bad' && f.endsSentence && !f.truncated && OPENS_SENTENCE.test(blocks[j].text);
    }
    if (all) for (let j = start; j < i; j++) out[j] = true;
    start = i;
  }
  return out;
}
