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
  const next = titleIndex + 1;
  if (next >= blocks.length || quality[next] === 'bad') return null;
  const f = features[next];
  if (f.size < 8 || f.size > 80 || !f.endsSentence) return null;
  // Set apart: at least one dropped block (byline, date, caption, echo) before the next prose.
  let j = next + 1;
  while (j < blocks.length && quality[j] !== 'good' && quality[j] !== 'near') j++;
  const separated = blocks.slice(next + 1, j).some((_, k) => quality[next + 1 + k] === 'bad');
  return separated ? next : null;
}
