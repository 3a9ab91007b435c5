/**
 * The text front door: a dump's lines become Blocks. Each non-blank logical line is one block;
 * a blank line before it is kept as `gapBefore`, the only layout signal a dump has besides
 * tabs, which innerText puts between a table row's cells (such a line is a `cell` block).
 */
import type { Block } from '../../types.js';
import { normalizeLine, splitLines } from './normalize.js';
import { stripBullet } from './bullets.js';
import { detectWrapWidth, unwrapLines } from './unwrap.js';

export interface TextParse {
  blocks: Block[];
  /** The column width the dump was wrapped at, when it was. */
  wrapWidth: number | null;
}

/** A browser's innerText writes a table row as its cells separated by tabs. */
const TABLE_ROW = /\S\t+\S/;

export function textToBlocks(text: string): TextParse {
  const lines = splitLines(text);
  const rows = lines.map((l) => TABLE_ROW.test(l));
  const raw = lines.map((l) => l.replace(/\t/g, ' '));
  const wrapWidth = detectWrapWidth(raw);
  const blocks: Block[] = [];
  let gap = true;
  for (const { text: lineText, line } of unwrapLines(raw, wrapWidth)) {
    const { text: unbulleted, bullet } = stripBullet(lineText.trimStart());
    const clean = normalizeLine(unbulleted);
    if (clean === '') {
      gap = true;
      continue;
    }
    blocks.push({
      index: blocks.length,
      text: clean,
      kind: rows[line - 1] ? 'cell' : bullet ? 'item' : 'line',
      linkChars: 0,
      hints: [],
      line,
      gapBefore: gap,
    });
    gap = false;
  }
  return { blocks, wrapWidth };
}
