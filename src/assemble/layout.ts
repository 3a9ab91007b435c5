/**
 * Whether a block stands as its own paragraph. Browsers' innerText and text renderers put a
 * blank line around each <p> but not between menu entries, list items or the parts of a
 * teaser card, so in a dump that uses blank lines at all this tells prose from widgets.
 */
import type { Block } from '../types.js';
import type { Quality } from './quality.js';
import type { Layout } from './pick-main-run.js';

/** At least this share of prose blocks must stand alone for the dump to count as paragraphed. */
const PARAGRAPHED_MIN_SHARE = 0.5;

export function layoutOf(blocks: readonly Block[], quality: readonly Quality[]): Layout[] {
  const alone = blocks.map((b, i) => b.gapBefore && (blocks[i + 1]?.gapBefore ?? true));
  const prose = blocks.filter((_, i) => quality[i] === 'good');
  const paragraphed = prose.length > 0 && prose.filter((b) => alone[b.index]).length / prose.length >= PARAGRAPHED_MIN_SHARE;
  if (!paragraphed) return blocks.map(() => 'unknown');
  return alone.map((a) => (a ? 'paragraph' : 'line'));
}
