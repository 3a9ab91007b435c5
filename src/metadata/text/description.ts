/**
 * The standfirst: a sentence right after the title that summarises the story and is set apart
 * from the body by the byline, date, image or caption between them. A first paragraph that
 * runs straight into the second is body, not standfirst.
 */
import type { Block } from '../../types.js';
import type { TextFeatures } from '../../rules/features.js';
import type { Quality } from '../../assemble/quality.js';

/** A standfirst is a sentence or two; a longer paragraph is body. */
const MAX_WORDS = 50;

export function pickDescription(
  blocks: readonly Block[],
  features: readonly TextFeatures[],
  quality: readonly Quality[],
  titleIndex: number,
): number | null {
  const title = blocks[titleIndex].text.toLowerCase();
  const next = titleIndex + 1;
  if (next >= blocks.length || quality[next] === 'bad') return null;
  const f = features[next];
  if (f.size < 8 || f.size > MAX_WORDS || !f.endsSentence) return null;
  // Set apart: a dropped block (byline, date, caption) or the title's echo before the next prose,
  // and that prose exists (otherwise this paragraph is the whole article, not its summary).
  let separated = false;
  for (let j = next + 1; j < blocks.length; j++) {
    if (quality[j] === 'good') return separated ? next : null;
    if (quality[j] === 'bad' || blocks[j].text.toLowerCase() === title) separated = true;
  }
  return null;
}
