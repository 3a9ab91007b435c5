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
import type { BlockIndexes } from '../rules/block-set.js';
import { isControlLine } from '../metadata/text/title.js';
import { endsWithOneOf } from '../rules/line-ends.js';

export interface HeadlineInput {
  blocks: readonly Block[];
  features: readonly TextFeatures[];
  dropped: BlockIndexes;
  /** Blocks a metadata field already took. */
  taken?: ReadonlySet<number>;
  zone: { start: number; end: number };
}

/** The weights of the headline's score. */
const SCORE = {
  /** Per block between the line and the zone's end. */
  distance: 0.15,
  /** The same line again on the page, or a breadcrumb ending with it. */
  echo: 4,
  /** 5 to 25 words: a headline's length. */
  headlineLength: 1,
  /** Over 20 words. */
  long: -1,
  /** 15 words or more, rich in function words and in lower case: a sentence that lost its full stop. */
  sentence: -2,
  /** Under 5 words in capitals: a label. */
  shoutedLabel: -3,
} as const;

/** The terms of the score a line's own shape earns: a headline's length, not a sentence or a label. */
function shapeScore(block: Block, f: TextFeatures): number {
  let score = 0;
  if (f.size >= 5 && f.size <= 25) score += SCORE.headlineLength;
  if (f.size > 20) score += SCORE.long;
  if (f.size >= 15 && f.stopwordRatio >= 0.3 && f.capitalRatio < 0.3) score += SCORE.sentence;
  if (block.text === block.text.toUpperCase() && f.size < 5) score += SCORE.shoutedLabel;
  return score;
}

function isTitleShaped(block: Block, f: TextFeatures): boolean {
  if (f.size < 3 || f.size > 40) return false;
  if (isControlLine(block.text, f.size)) return false;
  if (endsWithOneOf(block.text, '.,;:') && !block.text.endsWith('...') && !block.text.endsWith('…')) return false;
  if (f.endsSentence && f.hasInnerSentenceBreak) return false;
  // Spec lines ("Tested by: X RRP: £24 More info: www.x.com") are not headlines.
  if (/\bwww\.|https?:\/\//i.test(block.text) || (block.text.match(/:/g) ?? []).length >= 2) return false;
  return /^[\p{Lu}\p{N}"'“‘«¿¡\p{Lo}]/u.test(block.text);
}

/** Another block of the zone ends with this text ("HomeSPORT NEWSThe headline" in a breadcrumb). */
function isEchoedInZone(blocks: readonly Block[], i: number, zone: { start: number; end: number }): boolean {
  const text = blocks[i].text;
  if (text.length < 20) return false;
  for (let j = zone.start; j < zone.end; j++) {
    if (j !== i && blocks[j].text.length > text.length && blocks[j].text.endsWith(text)) return true;
  }
  return false;
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
