/**
 * The standfirst: a sentence right after the title that summarises the story and is set apart
 * from the body by the byline, date, image or caption between them. A first paragraph that
 * runs straight into the second is body, not standfirst.
 */
import type { Block } from '../../types.js';
import type { TextFeatures } from '../../rules/features.js';
import type { Quality } from '../../assemble/quality.js';

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
  if (f.size < 8 || f.size > 80 || !f.endsSentence) return null;
  // Set apart: a dropped block (byline, date, caption) or the title's echo before the next prose.
  for (let j = next + 1; j < blocks.length && quality[j] !== 'good'; j++) {
    if (quality[j] === 'bad' || blocks[j].text.toLowerCase() === title) return next;
  }
  return null;
}
