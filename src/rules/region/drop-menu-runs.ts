/**
 * Unlabelled runs of short title-like lines inside the article region: a tag list ("Opinion",
 * "China", "Hong Kong", "Protests"), a row of section links, a list of other stories without
 * a heading. Four or more in a row, none of them a sentence, and not a list the article
 * introduces with a colon or numbers.
 */
import type { Block } from '../../types.js';
import type { TextFeatures } from '../features.js';
import type { Rule, RuleMark } from '../types.js';

/** Fewer lines than this in a row are subheadings or a short list. */
const MIN_LINES = 4;
/** A menu entry or tag has at most this many words. */
const MAX_ENTRY_WORDS = 4;

/** A specification row ("Body: Alder", "Weight | 2 kg") or a table row: data, not a menu. */
function isData(block: Block): boolean {
  return block.kind === 'cell' || /^[^:|]{1,30}(?::|\s\|)\s*\S/u.test(block.text);
}

function isEntry(block: Block, f: TextFeatures): boolean {
  const text = block.text;
  return f.size >= 1 && f.size <= MAX_ENTRY_WORDS && !/[.!?:;,]$/u.test(text) && !/^\d+[).:]\s/u.test(text) && /^[\p{Lu}\d#]/u.test(text) && !isData(block);
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
      const introduced = i > 0 && /:$/u.test(blocks[i - 1].text);
      if (entries >= MIN_LINES && !introduced) {
        for (let k = i; k < j; k++) if (!dropped.has(k)) marks.push({ index: k, verdict: 'boilerplate', reason: `menu or tag run of ${entries} lines` });
      }
      i = Math.max(j, i + 1);
    }
    return marks;
  },
};
