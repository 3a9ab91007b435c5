/**
 * The title of a text dump: a headline-shaped line in the header zone. A page usually prints
 * its title more than once (heading, image alt, share text), so an echoed line is the
 * strongest sign; nearness to the first paragraph is the next.
 */
import type { Block } from '../../types.js';
import type { TextFeatures } from '../../rules/features.js';

export interface TitleInput {
  blocks: readonly Block[];
  features: readonly TextFeatures[];
  dropped: ReadonlySet<number>;
  /** Blocks a metadata field already took. */
  taken: ReadonlySet<number>;
  zone: { start: number; end: number };
}

function isTitleShaped(block: Block, f: TextFeatures): boolean {
  if (f.size < 3 || f.size > 40) return false;
  if (/[.,;:]$/u.test(block.text) && !/\.\.\.$|…$/u.test(block.text)) return false;
  if (f.endsSentence && f.hasInnerSentenceBreak) return false;
  // Spec lines ("Tested by: X RRP: £24 More info: www.x.com") are not headlines.
  if (/\bwww\.|https?:\/\//i.test(block.text) || (block.text.match(/:/g) ?? []).length >= 2) return false;
  return /^[\p{Lu}\p{N}"'“‘«¿¡\p{Lo}]/u.test(block.text);
}

/** The exact line appears again on the page (a menu entry echoed in another case does not count). */
function isEchoed(blocks: readonly Block[], i: number): boolean {
  const text = blocks[i].text;
  return blocks.some((b, j) => j !== i && b.text === text);
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

export function pickTitle(input: TitleInput): number | null {
  const { blocks, features, dropped, taken, zone } = input;
  let best: number | null = null;
  let bestScore = -Infinity;
  for (let i = zone.start; i < zone.end; i++) {
    const block = blocks[i];
    if (dropped.has(i) || taken.has(i) || !isTitleShaped(block, features[i])) continue;
    const f = features[i];
    let score = 0;
    if (isEchoed(blocks, i) || isEchoedInZone(blocks, i, zone)) score += 4;
    score -= 0.15 * (zone.end - i);
    if (f.size >= 5 && f.size <= 25) score += 1;
    // A long line rich in function words is a sentence that lost its full stop, not a headline.
    if (f.size > 20) score -= 1;
    if (f.size >= 15 && f.stopwordRatio >= 0.3 && f.capitalRatio < 0.3) score -= 2;
    if (block.text === block.text.toUpperCase() && f.size < 5) score -= 3;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}
