/**
 * Text browsers such as w3m hard-wrap paragraphs at a fixed width. Rejoining them first lets
 * the rules see a paragraph as one block, as they do in an innerText dump.
 */
import { displayWidth, isCjk, isRuleLine } from './normalize.js';
import { stripBullet } from './bullets.js';
import { packedMap } from '../../packed.js';

/** Widths outside this range are not a renderer's column setting. */
const MIN_WIDTH = 60;
const MAX_WIDTH = 160;
/** A wrapped line ends within this many columns of the width. */
const EDGE = 25;
/** Wrapped lines needed before a dump counts as wrapped. */
const MIN_EVIDENCE = 3;

/**
 * The column width a dump was wrapped at, or null when it was not wrapped. Each candidate
 * width is scored by its evidence: lines that end near it where the next line's first word
 * would not have fitted, against lines that run past it although they had a space to break at.
 */
export function detectWrapWidth(lines: readonly string[]): number | null {
  const shapes = packedMap(lines, lineShape);
  const nonBlank = shapes.filter((l) => l.width > 0).length;
  if (nonBlank < 10) return null;
  // Each line speaks for or against a run of widths: tallied as differences over the range
  // and summed once, rather than every line asked again for each of the hundred widths.
  const evidence = new Int32Array(MAX_WIDTH - MIN_WIDTH + 2);
  const overflow = new Int32Array(MAX_WIDTH - MIN_WIDTH + 2);
  const add = (tally: Int32Array, from: number, to: number) => {
    const lo = Math.max(from, MIN_WIDTH);
    const hi = Math.min(to, MAX_WIDTH);
    if (lo > hi) return;
    tally[lo - MIN_WIDTH]++;
    tally[hi - MIN_WIDTH + 1]--;
  };
  for (let i = 0; i + 1 < shapes.length; i++) {
    const line = shapes[i];
    // Past the width although it could have broken before it: widths above its break, below its end.
    add(overflow, Math.floor(line.firstBreak) + 1, line.width - 1);
    // Ends within EDGE columns of the width, and the next line's first word would not have fitted.
    add(evidence, line.width, Math.min(line.width + EDGE, widestBreakingBefore(line, shapes[i + 1])));
  }
  let best: number | null = null;
  let bestScore = 0;
  let runningEvidence = 0;
  let runningOverflow = 0;
  for (let width = MIN_WIDTH; width <= MAX_WIDTH; width++) {
    runningEvidence += evidence[width - MIN_WIDTH];
    runningOverflow += overflow[width - MIN_WIDTH];
    const score = runningEvidence - 3 * runningOverflow;
    if (score > bestScore) {
      bestScore = score;
      best = width;
    }
  }
  return bestScore >= MIN_EVIDENCE ? best : null;
}

/** What wrap detection needs of a line, measured once. */
interface LineShape {
  width: number;
  /** Column of the first space after the indentation: a renderer could have broken there. */
  firstBreak: number;
  firstWordWidth: number;
  bullet: boolean;
  endsCjk: boolean;
}

function lineShape(raw: string): LineShape {
  const line = raw.trimEnd();
  const trimmed = line.trimStart();
  const indent = line.length - trimmed.length;
  const space = trimmed.search(/\s/);
  // firstWord(line), from the space already found.
  const word = isCjk(trimmed[0] ?? '') ? trimmed[0] : space < 0 ? trimmed : trimmed.slice(0, space);
  return {
    width: displayWidth(line),
    firstBreak: space < 0 ? Infinity : indent + space,
    firstWordWidth: displayWidth(word),
    bullet: stripBullet(trimmed).bullet,
    endsCjk: isCjk(line.slice(-1)),
  };
}

/**
 * The widest column setting at which the next line's first word would not have fitted on this
 * one (so the break was the renderer's), or -1 when no width explains the break.
 */
function widestBreakingBefore(line: LineShape, next: LineShape): number {
  if (next.width === 0 || line.width === 0 || next.bullet) return -1;
  return line.width + (line.endsCjk ? 0 : 1) + next.firstWordWidth - 1;
}

function firstWord(line: string): string {
  const trimmed = line.trimStart();
  const first = trimmed[0] ?? '';
  if (isCjk(first)) return first;
  return trimmed.split(/\s/, 1)[0] ?? '';
}

/** Would `next`'s first word have fitted on `prev`? If not, the break was the renderer's. */
function isWrapBreak(prev: string, next: string, width: number): boolean {
  if (next.trim() === '' || prev.trim() === '') return false;
  if (stripBullet(next.trimStart()).bullet || isRuleLine(next) || isRuleLine(prev)) return false;
  const prevWidth = displayWidth(prev.trimEnd());
  const last = prev.trimEnd().slice(-1);
  const gap = isCjk(last) ? 0 : 1;
  return prevWidth + gap + displayWidth(firstWord(next)) > width;
}

/**
 * Joins the wrapped pieces of one logical line: CJK text was cut mid-word, so it gets no space.
 * Each piece is trimmed once, whatever the line's length: a dump whose every line wraps into
 * the next is one long line, and trimming the text joined so far at each piece took time that
 * grew with the square of the dump's size.
 */
export function joinWrapped(pieces: readonly string[]): string {
  if (pieces.length === 1) return pieces[0];
  const out: string[] = [];
  let left = pieces[0].trimEnd();
  out.push(left);
  for (let k = 1; k < pieces.length; k++) {
    const right = pieces[k].trimStart();
    out.push(isCjk(left.slice(-1)) && isCjk(right[0] ?? '') ? '' : ' ');
    left = right.trimEnd();
    // The last piece keeps its end as it came; the ones before are trimmed where they meet the next.
    out.push(k === pieces.length - 1 ? right : left);
  }
  return out.join('');
}

/**
 * The logical lines of hard-wrapped `lines`: for each, the indexes of the lines it was wrapped
 * into, in order (blank lines stand alone). A null width wraps nothing.
 */
export function wrappedGroups(lines: readonly string[], width: number | null): number[][] {
  const groups: number[][] = [];
  lines.forEach((raw, i) => {
    const prev = groups[groups.length - 1];
    if (width !== null && prev && isWrapBreak(lines[prev[prev.length - 1]], raw, width)) prev.push(i);
    else groups.push([i]);
  });
  return groups;
}

/**
 * Rejoins hard-wrapped lines. Returns the lines with each logical line once, keeping blank
 * lines, and the 1-based source line where each starts.
 */
export function unwrapLines(lines: readonly string[], width: number | null): { text: string; line: number }[] {
  return packedMap(wrappedGroups(lines, width), (group) => ({ text: joinWrapped(packedMap(group, (i) => lines[i])), line: group[0] + 1 }));
}
