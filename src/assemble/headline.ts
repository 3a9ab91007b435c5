/**
 * The headline the article's run grows to (extend-run): a headline-shaped line of the header
 * zone, echoed somewhere on the page or else the nearest to the first paragraph. It only has
 * to say where the article begins; a text dump's title field is picked with more evidence
 * (metadata/text/title.ts), and the run does not depend on that choice. An HTML page that
 * declares no title takes this line as its title: there the h1 and the page's own metadata
 * are the evidence (issue 10 will weigh them), not the text's shape.
 */
import type { Block } from '../types.js';
import type { TextFeatures } from '../rules/features.js';
import { SCORE, isEchoedInZone, isTitleShaped, shapeScore } from '../metadata/text/title.js';

export interface HeadlineInput {
  blocks: readonly Block[];
  features: readonly TextFeatures[];
  dropped: ReadonlySet<number>;
  /** Blocks a metadata field already took. */
  taken?: ReadonlySet<number>;
  zone: { start: number; end: number };
}

/** The exact line appears again anywhere on the page. */
function isEchoed(blocks: readonly Block[], i: number): boolean {
  const text = blocks[i].text;
  return blocks.some((b, j) => j !== i && b.text === text);
}

export function headlineAbove(input: HeadlineInput): number | null {
  const { blocks, features, dropped, zone } = input;
  let best: number | null = null;
  let bestScore = -Infinity;
  for (let i = zone.start; i < zone.end; i++) {
    const block = blocks[i];
    if (dropped.has(i) || input.taken?.has(i) || !isTitleShaped(block, features[i])) continue;
    let score = shapeScore(block, features[i]) - SCORE.distance * (zone.end - i);
    if (isEchoed(blocks, i) || isEchoedInZone(blocks, i, zone)) score += SCORE.echo;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}
