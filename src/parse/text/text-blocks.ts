/**
 * The text front door: a dump's lines become Blocks. Each non-blank logical line is one block;
 * a blank line before it is kept as `gapBefore`, the only layout signal a dump has.
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

export function textToBlocks(text: string): TextParse {
  const raw = splitLines(text).map((l) => l.replace(/\t/g, ' '));
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
      kind: bullet ? 'item' : 'line',
      linkChars: 0,
      hints: [],
      line,
      gapBefore: gap,
    });
    gap = false;
  }
  return { blocks, wrapWidth };
}
