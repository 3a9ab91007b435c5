/**
 * A text browser draws a page laid out with a table (a menu column beside the article, two
 * stories side by side) as it looks: each screen line holds a piece of every column. Read line
 * by line, the menu's words land in the middle of the article's sentences ("we negotiate with
 * friends about how to pick up the tab for / Feature: In Pursuit  dinner; we negotiate with
 * contractors..."). This step finds such a region and reads its columns one after the other.
 *
 * A column boundary is a screen column where many lines start a piece of text after a run of
 * spaces, and that no line's text runs across. What tells a layout from a table of data is
 * prose: on a layout, one column holds a paragraph wrapped over many lines, and the other
 * column's text stands beside the middle of its sentences (a line of the paragraph ends
 * without a full stop and the next one goes on in lower case). A data table's cells are short
 * and start together, row by row; a table whose cells wrap can still pass (see the fixtures).
 */
import { WIDE } from './normalize.js';
import { joinWrapped, wrappedGroups } from './unwrap.js';
import { packedMap } from '../../packed.js';

/** The reordered lines, and for each the index of the source line it came from. */
export interface ColumnSplit {
  lines: string[];
  origin: number[];
  /** Lines joined here from a column's wrapped lines: longer than the screen, they say nothing of its width. */
  joined: boolean[];
}

/**
 * Where a column boundary may stand: past a menu's narrowest column, and far enough from the
 * end of a screen of up to 160 columns (unwrap.ts) to leave a column of text beside it.
 */
const MIN_COLUMN = 8;
const MAX_COLUMN = 130;
/** Lines that must start a piece of text at a boundary for it to be looked at. */
const MIN_STARTS = 6;
/** Boundaries looked at, the most used first. */
const CANDIDATES = 3;
/** Lines of the region with text on both sides of the boundary. */
const MIN_SIDE_BY_SIDE = 6;
/** Lines where one column's text stands beside the middle of the other's sentence. */
const MIN_MID_SENTENCE = 3;
/** A line of a wrapped paragraph: this many characters and words at least. */
const PROSE_CHARS = 25;
const PROSE_WORDS = 4;
/** Columns split one after another (a menu, an article and a sidebar take two). */
const MAX_SPLITS = 3;

/** Columns of a line as written: a wide character takes two, its second marked by this filler. */
const FILLER = '\u0000';
const WIDE_ALL = new RegExp(WIDE.source, 'gu');

/** A line as written again (its width by displayWidth). */
function withoutFiller(line: string): string {
  return line.replaceAll(FILLER, '');
}

/** A line laid out by screen column: a wide character followed by a filler. */
function byColumn(line: string): string {
  return WIDE.test(line) ? line.replace(WIDE_ALL, `$&${FILLER}`) : line;
}

/** Screen columns (past MIN_COLUMN) where a line starts a piece of text after two spaces or more. */
function textStarts(line: string, count: Map<number, number>): void {
  const end = Math.min(line.length, MAX_COLUMN + 1);
  for (let p = MIN_COLUMN; p < end; p++) {
    if (line[p] !== ' ' && line[p - 1] === ' ' && line[p - 2] === ' ') count.set(p, (count.get(p) ?? 0) + 1);
  }
}

/** The longest piece of a line between runs of two spaces or more. */
function longestPiece(text: string): string {
  let longest = '';
  for (const piece of text.trim().split(/ {2,}/u)) if (piece.length > longest.length) longest = piece;
  return longest;
}

/** Code's marks: an assignment, a block, a statement's end. Prose has none of them. */
const CODE_MARKS = /[=;{}]|=>|\w\(|\)\./u;
/** A line of prose is mostly letters: a line of code or data has symbols and digits between them. */
const PROSE_LETTERS = 0.8;

/** A line of a paragraph: words with single spaces between them, long enough to have been wrapped, not code. */
function isProse(text: string): boolean {
  const piece = longestPiece(text);
  if (piece.length < PROSE_CHARS || piece.split(' ').length < PROSE_WORDS || CODE_MARKS.test(piece)) return false;
  let letters = 0;
  let marks = 0;
  for (const ch of piece) {
    if (ch === ' ') continue;
    if (/\p{L}/u.test(ch)) letters++;
    else marks++;
  }
  return letters >= PROSE_LETTERS * (letters + marks);
}

/** The paragraph on one side goes on mid-sentence on line k, while the other side has text there. */
function midSentence(side: readonly string[], other: readonly string[], k: number): boolean {
  const before = side[k - 1];
  return other[k] !== '' && /^\p{Ll}/u.test(side[k]) && isProse(before) && !/[.!?:]$/u.test(before);
}

interface Region {
  column: number;
  start: number;
  end: number;
  /** How many lines show one column's text beside the middle of the other's sentence. */
  score: number;
  /** The left column holds the paragraphs (it reads first). */
  proseLeft: boolean;
}

/** The best region of lines split at `column`, or null. */
function bestRegion(lines: readonly string[], column: number): Region | null {
  // No text may run across the boundary: the screen column just before it is a space.
  const fits = (line: string) => line.length < column || line[column - 1] === ' ';
  let best: Region | null = null;
  let i = 0;
  while (i < lines.length) {
    if (!fits(lines[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && fits(lines[j])) j++;
    const left: string[] = [];
    const right: string[] = [];
    let sideBySide = 0;
    for (let k = i; k < j; k++) {
      left.push(lines[k].slice(0, column).trim());
      right.push(lines[k].length > column ? lines[k].slice(column).trim() : '');
      if (left[left.length - 1] !== '' && right[right.length - 1] !== '') sideBySide++;
    }
    if (sideBySide >= MIN_SIDE_BY_SIDE) {
      let midRight = 0;
      let midLeft = 0;
      for (let k = 1; k < left.length; k++) {
        if (midSentence(right, left, k)) midRight++;
        if (midSentence(left, right, k)) midLeft++;
      }
      const score = Math.max(midRight, midLeft);
      if (score >= MIN_MID_SENTENCE && (best === null || score > best.score)) best = { column, start: i, end: j, score, proseLeft: midLeft > midRight };
    }
    i = j;
  }
  return best;
}

/** One split: the region whose columns show the most evidence, read column by column; null when none does. */
function splitOnce(lines: string[], origin: number[], joined: boolean[]): ColumnSplit | null {
  const starts = new Map<number, number>();
  for (const line of lines) if (line.length > MIN_COLUMN && line.includes('  ')) textStarts(line, starts);
  const columns = packedMap(
    [...starts]
      .filter(([, n]) => n >= MIN_STARTS)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, CANDIDATES),
    ([column]) => column,
  );
  let best: Region | null = null;
  for (const column of columns) {
    const region = bestRegion(lines, column);
    if (region && (best === null || region.score > best.score)) best = region;
  }
  if (best === null) return null;
  const { column, start, end } = best;
  const left: string[] = [];
  const right: string[] = [];
  let leftWidth = 0;
  for (let k = start; k < end; k++) {
    left.push(lines[k].slice(0, column).trimEnd());
    // The right column keeps its place on the screen, so the page's wrap width rejoins its lines (unwrap.ts).
    right.push(lines[k].length > column ? ' '.repeat(column) + lines[k].slice(column).trimEnd() : '');
    // A left column was wrapped at its own width: that of its longest line of prose.
    if (isProse(left[left.length - 1])) leftWidth = Math.max(leftWidth, left[left.length - 1].length);
  }
  const span = origin.slice(start, end);
  const unjoined = packedMap(span, () => false);
  const rightColumn = { lines: right, origin: span, joined: unjoined };
  const leftColumn = { lines: left, origin: span, joined: unjoined };
  // The column of paragraphs first: it goes on from the article above the region.
  const [first, second] = best.proseLeft ? [isOneColumn(left) ? rejoin(packedMap(left, withoutFiller), span, leftWidth) : leftColumn, rightColumn] : [rightColumn, leftColumn];
  const last = span[span.length - 1];
  return {
    lines: [...lines.slice(0, start), ...first.lines, '', ...second.lines, '', ...lines.slice(end)],
    origin: [...origin.slice(0, start), ...first.origin, last, ...second.origin, last, ...origin.slice(end)],
    joined: [...joined.slice(0, start), ...first.joined, false, ...second.joined, false, ...joined.slice(end)],
  };
}

/** Lines that still hold columns (a gap of two spaces or more inside): at most this share of one column's. */
const GAPPED_SHARE = 0.1;

/**
 * Whether a column's lines are one column, to be rejoined: split at the sidebar, a menu, an
 * article and a sidebar leave the menu and the article side by side for the next split.
 */
function isOneColumn(lines: readonly string[]): boolean {
  let text = 0;
  let gapped = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    text++;
    if (/\S {2,}\S/u.test(trimmed)) gapped++;
  }
  return gapped <= GAPPED_SHARE * text;
}

/** A column's lines with each wrapped line joined to the one it broke from, as unwrap.ts does for the page. */
function rejoin(lines: readonly string[], origin: readonly number[], width: number): ColumnSplit {
  const groups = wrappedGroups(lines, width);
  return {
    lines: packedMap(groups, (group) => joinWrapped(packedMap(group, (k) => lines[k]))),
    origin: packedMap(groups, (group) => origin[group[0]]),
    joined: packedMap(groups, (group) => group.length > 1),
  };
}

/**
 * The lines with each table-layout region read column by column (tabs already spaces), or null
 * when the dump has none. Most have none: an innerText dump parts its cells with tabs and lines
 * nothing up, so only a dump with enough lines spaced out is looked at.
 */
export function splitLayoutColumns(raw: readonly string[]): ColumnSplit | null {
  let spaced = 0;
  for (const line of raw) if (line.includes('  ') && ++spaced >= MIN_STARTS) break;
  if (spaced < MIN_STARTS) return null;
  // packedMap, not map, here and in splitOnce: see packed.ts (splitOnce's optimised code was
  // thrown away in three rounds of a benchmark).
  let lines = packedMap(raw, byColumn);
  let origin = packedMap(lines, (_, i) => i);
  let joined = packedMap(lines, () => false);
  let splits = 0;
  for (; splits < MAX_SPLITS; splits++) {
    const split = splitOnce(lines, origin, joined);
    if (split === null) break;
    ({ lines, origin, joined } = split);
  }
  if (splits === 0) return null;
  const wide = lines.some((line) => line.includes(FILLER));
  return { lines: wide ? packedMap(lines, withoutFiller) : lines, origin, joined };
}
