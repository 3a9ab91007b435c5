/**
 * The section a heading opens, for rules that drop a whole widget under a telling heading
 * (recommendations, a shop's filters): the largest element starting at the heading that still
 * looks like a widget (few sentences, a small share of the page); when the heading stands
 * alone in its element, that element and the one after it.
 */
import type { Region } from '../../parse/html/html-blocks.js';
import type { TextFeatures } from '../features.js';
import type { RuleContext } from '../types.js';
import type { BlockIndexes } from '../block-set.js';

/** A widget's items are short: this share of its words may sit in sentence-length blocks at most. */
const MAX_PROSE_SHARE = 0.4;
/** A section holding this share of the page's words is the page itself, not a widget. */
const MAX_PAGE_SHARE = 0.5;

/** The words of a stretch of blocks that no earlier rule dropped, and those in sentence-length blocks. */
function wordsOf(from: number, to: number, features: readonly TextFeatures[], dropped: BlockIndexes): { prose: number; words: number } {
  let prose = 0;
  let words = 0;
  for (let i = from; i <= to; i++) {
    if (dropped.has(i)) continue;
    words += features[i].size;
    if (features[i].size >= 15 && features[i].endsSentence) prose += features[i].size;
  }
  return { prose, words };
}

/**
 * The section a heading opens: the largest element starting at it that still looks like a
 * widget (few sentences, a small share of the page); when the heading stands alone in its
 * element, that element and the one after it.
 */
function sectionOf(
  at: number,
  opening: readonly Region[],
  regions: readonly Region[],
  features: readonly TextFeatures[],
  dropped: BlockIndexes,
  pageWords: number,
): { start: number; end: number } | null {
  const widget = (end: number) => {
    const { prose, words } = wordsOf(at, end, features, dropped);
    return prose <= words * MAX_PROSE_SHARE && words <= pageWords * MAX_PAGE_SHARE;
  };
  // `opening` runs outermost first: find the innermost, then grow outward while it stays a widget.
  let best: Region | null = null;
  for (let k = opening.length - 1; k >= 0 && widget(opening[k].end); k--) best = opening[k];
  if (!best) return null;
  if (best.end > at) return { start: at, end: best.end };
  const next = regions.find((r) => r.parent === best.parent && r.start === best.end + 1);
  return next && widget(next.end) ? { start: at, end: next.end } : null;
}

/** A section a heading opens: the heading's block and the last block of its section. */
export interface HeadedSection {
  readonly heading: number;
  readonly end: number;
}

/**
 * Every section opened by a block `opens` accepts, in document order and not nested: the
 * widget test of sectionOf, and then `endOf` may cut it shorter. The region index and the
 * page's kept words are built at the first such heading only (most pages have none).
 */
export function headedSections(
  { blocks, regions, features, dropped }: Pick<RuleContext, 'blocks' | 'regions' | 'features' | 'dropped'>,
  opens: (i: number) => boolean,
  endOf: (heading: number, end: number) => number = (_, end) => end,
): HeadedSection[] {
  if (regions.length === 0) return [];
  let opening: Map<number, Region[]> | null = null;
  let pageWords = 0;
  const sections: HeadedSection[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!opens(i)) continue;
    if (opening === null) {
      opening = regionsByStart(regions);
      pageWords = keptWords(features, dropped);
    }
    const section = sectionOf(i, opening.get(i) ?? [], regions, features, dropped, pageWords);
    if (!section) continue;
    const end = endOf(i, section.end);
    sections.push({ heading: i, end });
    i = end;
  }
  return sections;
}

/** Regions by the block they start at (outermost first). */
function regionsByStart(regions: readonly Region[]): Map<number, Region[]> {
  const opening = new Map<number, Region[]>();
  for (const r of regions) {
    const list = opening.get(r.start);
    if (list) list.push(r);
    else opening.set(r.start, [r]);
  }
  return opening;
}

/** The words of the page that no earlier rule dropped. */
function keptWords(features: readonly TextFeatures[], dropped: BlockIndexes): number {
  let words = 0;
  features.forEach((f, i) => {
    if (!dropped.has(i)) words += f.size;
  });
  return words;
}
