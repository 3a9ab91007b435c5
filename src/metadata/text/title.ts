/**
 * The title of a text dump: the headline-shaped line that stands where a page puts its
 * headline. Candidates are scored, each term named in SCORE:
 *   - it stands just above the first paragraph (the anchor), or a line or two into the content;
 *   - a date or a byline follows it within a few lines (the headline's cluster), and it is not
 *     itself such a stamp ("December 13, 2025in Smart Home", "By Emily Norwood · 3 min read");
 *   - the page prints it again close by (an image's alt text, the end of a breadcrumb): menus
 *     are echoed too, but at the other end of the page;
 *   - it has a headline's length and shape.
 * A line dropped only for the company it keeps (a run of short lines read as a menu) can still
 * be the title, at a small cost.
 */
import type { Block } from '../../types.js';
import type { TextFeatures } from '../../rules/features.js';
import { findDates } from '../date/parse-date.js';
import { CALL_TO_ACTION_PHRASES, NAV_LABELS, PROMPT_LABELS, SHARE_LABELS, SHOP_CONTROL_LABELS } from '../../rules/vocab.js';

export interface TitleInput {
  blocks: readonly Block[];
  features: readonly TextFeatures[];
  dropped: ReadonlySet<number>;
  /** Blocks a metadata field already took. */
  taken: ReadonlySet<number>;
  /** Where candidates are looked for. */
  zone: { start: number; end: number };
  /** Where the content starts (the zone may reach a little past it); defaults to the zone's end. */
  anchor?: number;
  /** Blocks dropped for the company they keep (menu runs, headline lists): candidates, at a cost. */
  listed?: ReadonlySet<number>;
  /** Blocks that carry the date or the byline: a headline stands just above them. */
  cues?: ReadonlySet<number>;
}

/** The weights of the score's terms. */
export const SCORE = {
  /** Per block between the candidate and the anchor. */
  distance: 0.15,
  /** A candidate inside the content: a subheading is more likely there than the headline. */
  insideContent: 2,
  /** A date or byline within CUE_REACH blocks below. */
  cueBelow: 6,
  /** The candidate is itself a date or byline line. */
  stamp: -4,
  /** The same line again within ECHO_REACH blocks, or a breadcrumb ending with it. */
  echo: 4,
  /** Dropped as part of a menu run or a list of headlines. */
  listed: -1,
  /** 5 to 25 words: a headline's length. */
  headlineLength: 1,
  /** Over 20 words. */
  long: -1,
  /** 15 words or more, rich in function words and in lower case: a sentence that lost its full stop. */
  sentence: -2,
  /** Under 5 words in capitals: a label. */
  shoutedLabel: -3,
} as const;

/** How far below the headline its date or byline may stand, in blocks. */
const CUE_REACH = 5;
/** How close an echo must be: the alt text under the headline, not the footer's menu. */
const ECHO_REACH = 6;

/** A byline or reading-time stamp: "By Emily Norwood", "ByEmily Norwood" (glued), "3 min read", "Reviewed by:", "Posted under". */
const STAMP = /\b(?:\d+\s*min(?:ute)?s?\s*read|(?:written|posted|published|reviewed|edited|updated|reported|fact[- ]checked)\s+(?:by|on|under)\b)/iu;
/** "By Emily", "BY EMILY", "ByEmily": case-sensitive, so "Byzantine" and "by the way" are not bylines. */
const BY_NAME = /^(?:[Bb]y|BY)\s+\p{Lu}|^By\p{Lu}/u;

/** The terms of the score a line's own shape earns: a headline's length, not a sentence or a label. */
export function shapeScore(block: Block, f: TextFeatures): number {
  let score = 0;
  if (f.size >= 5 && f.size <= 25) score += SCORE.headlineLength;
  if (f.size > 20) score += SCORE.long;
  if (f.size >= 15 && f.stopwordRatio >= 0.3 && f.capitalRatio < 0.3) score += SCORE.sentence;
  if (block.text === block.text.toUpperCase() && f.size < 5) score += SCORE.shoutedLabel;
  return score;
}

/** Lines of this many words or fewer are checked for a call to action among their words. */
const CONTROL_LINE_WORDS = 6;
const CONTROL_LABELS = new Set<string>([...NAV_LABELS, ...PROMPT_LABELS, ...SHARE_LABELS, ...SHOP_CONTROL_LABELS]);
const CALL_TO_ACTION = new RegExp(`(?:^|[^\\p{L}])(?:${CALL_TO_ACTION_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'iu');

/** A button, menu, share or account label, or a short line holding a call to action: never a title. */
export function isControlLine(text: string, words: number): boolean {
  const key = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return CONTROL_LABELS.has(key) || (words <= CONTROL_LINE_WORDS && CALL_TO_ACTION.test(text));
}

export function isTitleShaped(block: Block, f: TextFeatures): boolean {
  if (f.size < 3 || f.size > 40) return false;
  if (isControlLine(block.text, f.size)) return false;
  if (/[.,;:]$/u.test(block.text) && !/\.\.\.$|…$/u.test(block.text)) return false;
  if (f.endsSentence && f.hasInnerSentenceBreak) return false;
  // Spec lines ("Tested by: X RRP: £24 More info: www.x.com") are not headlines.
  if (/\bwww\.|https?:\/\//i.test(block.text) || (block.text.match(/:/g) ?? []).length >= 2) return false;
  return /^[\p{Lu}\p{N}"'“‘«¿¡\p{Lo}]/u.test(block.text);
}

/** The exact line appears again close by (a menu entry echoed in another case does not count). */
function isEchoed(blocks: readonly Block[], i: number): boolean {
  const text = blocks[i].text;
  for (let j = Math.max(0, i - ECHO_REACH); j <= Math.min(blocks.length - 1, i + ECHO_REACH); j++) {
    if (j !== i && blocks[j].text === text) return true;
  }
  return false;
}

/** Another block of the zone ends with this text ("HomeSPORT NEWSThe headline" in a breadcrumb). */
export function isEchoedInZone(blocks: readonly Block[], i: number, zone: { start: number; end: number }): boolean {
  const text = blocks[i].text;
  if (text.length < 20) return false;
  for (let j = zone.start; j < zone.end; j++) {
    if (j !== i && blocks[j].text.length > text.length && blocks[j].text.endsWith(text)) return true;
  }
  return false;
}

/** A candidate line, its score and the terms that made it: what --explain shows. */
export interface TitleCandidate {
  index: number;
  score: number;
  terms: [keyof typeof SCORE | 'shape', number][];
}

/** How many of the best candidates a pick reports. */
const REPORTED = 3;

/** The best-scored title line and the runners-up, best first; empty when no line qualifies. */
export function titleCandidates(input: TitleInput): TitleCandidate[] {
  const { blocks, features, dropped, taken, zone } = input;
  const anchor = input.anchor ?? zone.end;
  // Whether a block is a date or byline line, asked of each block at most once.
  const stamps = new Map<number, boolean>();
  const isStamp = (j: number): boolean => {
    let known = stamps.get(j);
    if (known === undefined) {
      const text = blocks[j].text;
      known = input.cues?.has(j) === true || (text.length <= 120 && (STAMP.test(text) || BY_NAME.test(text) || findDates(text).length > 0));
      stamps.set(j, known);
    }
    return known;
  };
  const scored: TitleCandidate[] = [];
  for (let i = zone.start; i < zone.end; i++) {
    const block = blocks[i];
    if (dropped.has(i) || taken.has(i) || !isTitleShaped(block, features[i])) continue;
    const terms: TitleCandidate['terms'] = [];
    if (i < anchor) terms.push(['distance', -SCORE.distance * (anchor - i)]);
    else terms.push(['insideContent', -SCORE.insideContent - SCORE.distance * (i - anchor)]);
    if (isStamp(i)) terms.push(['stamp', SCORE.stamp]);
    for (let j = i + 1; j <= Math.min(blocks.length - 1, i + CUE_REACH); j++) {
      if (isStamp(j)) {
        terms.push(['cueBelow', SCORE.cueBelow]);
        break;
      }
    }
    if (isEchoed(blocks, i) || isEchoedInZone(blocks, i, zone)) terms.push(['echo', SCORE.echo]);
    if (input.listed?.has(i)) terms.push(['listed', SCORE.listed]);
    const shape = shapeScore(block, features[i]);
    if (shape !== 0) terms.push(['shape', shape]);
    scored.push({ index: i, score: terms.reduce((sum, [, w]) => sum + w, 0), terms });
  }
  // Stable: among equal scores the earlier line wins, as a headline comes first.
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, REPORTED);
}

export function pickTitle(input: TitleInput): number | null {
  return titleCandidates(input)[0]?.index ?? null;
}
