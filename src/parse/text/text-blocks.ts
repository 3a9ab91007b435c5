/**
 * The text front door: a dump's lines become Blocks. Each non-blank logical line is one block;
 * a blank line before it is kept as `gapBefore`, the only layout signal a dump has besides
 * its tables: innerText puts tabs between a row's cells, a text browser lines them up in
 * columns (such a line is a `cell` block).
 */
import type { Block } from '../../types.js';
import { hasOddSpacing, normalizeLine, splitLines, undoubled, withoutImagePlaceholders } from './normalize.js';
import { firstLines, MAX_BLOCK_CHARS, MAX_BLOCKS, MAX_LINES, splitLong } from '../limits.js';
import { stripBullet } from './bullets.js';
import { detectWrapWidth, unwrapLines } from './unwrap.js';
import { splitLayoutColumns } from './columns.js';
import { flattenBlockTexts } from '../flat-texts.js';
import { makeBlock } from '../block.js';
import { allMatches } from '../../matches.js';
import { packedMap } from '../../packed.js';

export interface TextParse {
  blocks: Block[];
  /** The column width the dump was wrapped at, when it was. */
  wrapWidth: number | null;
  /** The dump went on past MAX_BLOCKS blocks (or MAX_LINES lines); the rest was not read. */
  truncated: boolean;
}

/** A browser's innerText writes a table row as its cells separated by tabs. */
const TABLE_ROW = /\S\t+\S/;

/**
 * A text browser lays a table's rows out in columns: cells apart by runs of spaces, each cell
 * starting or ending where the cell above it does. A page laid out with a table (a menu beside
 * the text) spaces its lines out too, but its columns hold wrapped prose that does not line up.
 */
const CELL = /\S+(?: \S+)*/g;
/** Cells a row needs: a label and two values, or three columns of a layout would pass. */
const MIN_CELLS = 3;
/** A cell of data is short; a layout column holds wrapped lines of prose. */
const MAX_CELL_CHARS = 30;
/** Cell edges two neighbouring rows must share (starts or ends, beyond the line's own start). */
const SHARED_EDGES = 2;
/** Aligned rows count as a table only this many in a row: one spaced-out line is not a table. */
const MIN_ALIGNED_ROWS = 3;

/** The columns where a line's cells start and end, or null when it is not a row of cells. */
function cellEdges(line: string): Set<number> | null {
  // Cells are parted by any spacing but a single plain space: a line without such is one cell at most.
  if (!hasOddSpacing(line)) return null;
  const edges = new Set<number>();
  let cells = 0;
  for (const m of allMatches(CELL, line)) {
    if (m[0].length > MAX_CELL_CHARS) return null;
    cells++;
    if (cells > 1) edges.add(m.index);
    edges.add(-(m.index + m[0].length));
  }
  return cells >= MIN_CELLS ? edges : null;
}

function shared(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let n = 0;
  for (const e of a) if (b.has(e)) n++;
  return n;
}

/** Lines that are rows of a table: innerText's tab-separated cells, a text browser's columns. */
function tableRows(lines: readonly string[]): boolean[] {
  // A row has a tab: most lines have none, which a string search tells quicker than the pattern.
  const rows = packedMap(lines, (l) => l.includes('\t') && TABLE_ROW.test(l));
  // Runs of rows whose cells line up with the row before, blank lines between them allowed.
  let run: number[] = [];
  let previous: Set<number> | null = null;
  let previousLine = -1;
  const close = () => {
    if (run.length >= MIN_ALIGNED_ROWS) for (const j of run) rows[j] = true;
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const edges = cellEdges(lines[i]);
    if (edges && previous && shared(edges, previous) >= SHARED_EDGES) {
      if (run.length === 0) run.push(previousLine);
      run.push(i);
    } else close();
    previous = edges;
    previousLine = i;
  }
  close();
  return rows;
}

export function textToBlocks(whole: string): TextParse {
  // A dump is read up to a cap (see limits.ts): a million one-word lines are no article.
  const { text, cut } = firstLines(whole, MAX_LINES);
  let truncated = cut;
  // A line longer than any paragraph is cut into several before any regex sees it (see limits.ts).
  const split: string[] = [];
  // A loop, not flatMap: an array for every line of the page cost more than the split.
  for (const line of splitLines(text)) {
    if (line.length > MAX_BLOCK_CHARS) for (const piece of splitLong(line)) split.push(piece);
    else split.push(line);
  }
  // A table layout's columns are read one after the other; `origin` keeps each line's place in the source.
  const spaced = packedMap(split, (l) => (l.includes('\t') ? l.replace(/\t/g, ' ') : l));
  const columns = splitLayoutColumns(spaced);
  const raw = columns?.lines ?? spaced;
  // innerText's tabs mark its table rows; lines that were reordered are a text browser's, without tabs.
  const rows = tableRows(columns ? raw : split);
  // A column's paragraph joined by the column split runs past the screen: it says nothing of the wrap width.
  const wrapWidth = detectWrapWidth(columns ? packedMap(raw, (line, i) => (columns.joined[i] ? '' : line)) : raw);
  const blocks: Block[] = [];
  let gap = true;
  for (const { text: lineText, line } of unwrapLines(raw, wrapWidth)) {
    const { text: unbulleted, bullet } = stripBullet(lineText.trimStart());
    const clean = undoubled(withoutImagePlaceholders(normalizeLine(unbulleted)));
    if (clean === '') {
      gap = true;
      continue;
    }
    // A line longer than any paragraph is read as several (see limits.ts), glued together.
    for (const piece of splitLong(clean)) {
      if (blocks.length === MAX_BLOCKS) {
        truncated = true;
        break;
      }
      blocks.push(makeBlock({
        index: blocks.length,
        text: piece,
        kind: rows[line - 1] ? 'cell' : bullet ? 'item' : 'line',
        linkChars: 0,
        hints: [],
        line: columns ? columns.origin[line - 1] + 1 : line,
        gapBefore: gap,
      }));
      gap = false;
    }
    if (truncated) break;
  }
  flattenBlockTexts(blocks);
  return { blocks, wrapWidth, truncated };
}
