/**
 * Unlabelled runs of short title-like lines inside the article region: a tag list ("Opinion",
 * "China", "Hong Kong", "Protests"), a row of section links, a list of other stories without
 * a heading. Four or more in a row, none of them a sentence, and not a list the article
 * introduces (a colon, a sentence announcing it: list-intro.ts) or numbers. Also lines made
 * from one template: four or more lines of a few words that open with the same three, as a
 * text browser prints what the page keeps hidden: a mega-menu ("QS MBA Events in India", "QS
 * MBA Events in Europe", ...) or a gallery's images by their alt text ("Camp Stove 0", "Camp
 * Stove 1", ...; the bare "Camp Stove" they number is the item's name and stays).
 */
import type { Block } from '../../types.js';
import type { TextFeatures } from '../features.js';
import type { Rule, RuleMark } from '../types.js';
import type { BlockIndexes } from '../block-set.js';
import { announcesList } from '../list-intro.js';
import { endsWithOneOf } from '../line-ends.js';

/** Fewer lines than this in a row are subheadings or a short list. */
const MIN_LINES = 4;
/** A menu entry or tag has at most this many words. */
const MAX_ENTRY_WORDS = 4;

/** A templated line has more than TEMPLATE_WORDS words and at most TEMPLATE_MAX_WORDS; its run shares the first TEMPLATE_WORDS. */
const TEMPLATE_MAX_WORDS = 8;
const TEMPLATE_WORDS = 3;

/** A specification row ("Body: Alder", "Weight | 2 kg") or a table row: data, not a menu. */
function isData(block: Block): boolean {
  return block.kind === 'cell' || /^[^:|]{1,30}(?::|\s\|)\s*\S/u.test(block.text);
}

function isEntry(block: Block, f: TextFeatures): boolean {
  const text = block.text;
  return f.size >= 1 && f.size <= MAX_ENTRY_WORDS && !endsWithOneOf(text, '.!?:;,') && !/^\d+[).:]\s/u.test(text) && /^[\p{Lu}\d#]/u.test(text) && !isData(block);
}

/** Items a list may show above where its menu-like lines begin (a longer first item). */
const ITEMS_ABOVE = 4;
/** A list item is a line of a few words that ends no sentence. */
const MAX_ITEM_WORDS = 8;

/**
 * The lines from i on are a list the line above introduces with a colon, or continue one a
 * sentence announced a few longer items above. (A colon label further up is a menu's heading
 * as often: "Shop by category:" over a mega-menu.)
 */
function introducedAbove(blocks: readonly Block[], features: readonly TextFeatures[], i: number): boolean {
  if (i > 0 && blocks[i - 1].text.endsWith(':')) return true;
  let k = i - 1;
  while (k >= 0 && i - k <= ITEMS_ABOVE && features[k].words <= MAX_ITEM_WORDS && !features[k].endsSentence && !blocks[k].text.endsWith(':')) k--;
  return k >= 0 && announcesList(blocks[k].text, features[k].words);
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];

/** How many leading words all the lists share. */
function commonPrefix(lists: readonly string[][]): number {
  let n = 0;
  while (lists.every((words) => n < words.length && words[n] === lists[0][n])) n++;
  return n;
}

/** The line's first TEMPLATE_WORDS words, lower-cased, when it is short enough to be a templated entry; else null. */
function templateOf(block: Block, f: TextFeatures): string | null {
  if (f.words <= TEMPLATE_WORDS || f.words > TEMPLATE_MAX_WORDS || endsWithOneOf(block.text, '.!?:;')) return null;
  const words = wordsOf(block.text);
  return words.length > TEMPLATE_WORDS ? words.slice(0, TEMPLATE_WORDS).join(' ') : null;
}

/** Runs of MIN_LINES or more lines (blocks an earlier rule dropped do not break one) that share one template. */
function templatedRuns(blocks: readonly Block[], features: readonly TextFeatures[], run: { start: number; end: number }, dropped: BlockIndexes): RuleMark[] {
  const marks: RuleMark[] = [];
  let i = run.start;
  while (i <= run.end) {
    const template = dropped.has(i) ? null : templateOf(blocks[i], features[i]);
    if (template === null) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j <= run.end && (dropped.has(j) || templateOf(blocks[j], features[j]) === template)) j++;
    const entries = blocks.slice(i, j).filter((b) => !dropped.has(b.index));
    const introduced = introducedAbove(blocks, features, i);
    if (entries.length >= MIN_LINES && !introduced) {
      // The name the others number ("Camp Stove" after "Camp Stove 0" ... "Camp Stove 4") is the item's own.
      const words = entries.map((b) => wordsOf(b.text));
      const shared = commonPrefix(words);
      entries.forEach((b, k) => {
        if (words[k].length > shared) marks.push({ index: b.index, verdict: 'boilerplate', reason: `${entries.length} lines opening "${template}"` });
      });
    }
    i = j;
  }
  return marks;
}

export const dropMenuRuns: Rule = {
  id: 'drop-menu-runs',
  stage: 'region',
  description: 'Drops runs of four or more short title-like lines (tags, section links) inside the article region.',
  apply({ blocks, features, run, dropped }) {
    if (!run) return [];
    const marks: RuleMark[] = [];
    let i = run.start;
    while (i <= run.end) {
      let j = i;
      while (j <= run.end && (dropped.has(j) || isEntry(blocks[j], features[j]))) j++;
      const entries = blocks.slice(i, j).filter((b) => !dropped.has(b.index)).length;
      const introduced = introducedAbove(blocks, features, i);
      if (entries >= MIN_LINES && !introduced) {
        for (let k = i; k < j; k++) if (!dropped.has(k)) marks.push({ index: k, verdict: 'boilerplate', reason: `menu or tag run of ${entries} lines` });
      }
      i = Math.max(j, i + 1);
    }
    const marked = new Set(marks.map((m) => m.index));
    for (const m of templatedRuns(blocks, features, run, dropped)) if (!marked.has(m.index)) marks.push(m);
    return marks.sort((a, b) => a.index - b.index);
  },
};
