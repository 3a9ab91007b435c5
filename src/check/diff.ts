/**
 * Paragraph-level diff of two bodies (paragraphs are separated by blank lines): which
 * expected paragraphs are missing and which actual ones are extra, in body order, with a
 * little unchanged context around each change. Pure.
 */
import type { DiffLine, ParagraphDiff } from './types.js';

/** Unchanged paragraphs shown before and after each change. */
export const CONTEXT_PARAGRAPHS = 1;

export function paragraphsOf(body: string): string[] {
  return body
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Share of common words (Jaccard) from which two paragraphs count as one paragraph edited. */
export const EDITED_MIN_OVERLAP = 0.5;

export function diffParagraphs(expected: string, actual: string, context = CONTEXT_PARAGRAPHS): ParagraphDiff {
  const lines = pairEdits(alignParagraphs(paragraphsOf(expected), paragraphsOf(actual)));
  return {
    hunks: hunksOf(lines, context),
    missing: lines.filter((l) => l.op === '-' && !l.edit).length,
    extra: lines.filter((l) => l.op === '+' && !l.edit).length,
    edited: lines.filter((l) => l.op === '-' && l.edit).length,
  };
}

/**
 * The whole alignment: a longest common subsequence of equal paragraphs, the rest marked
 * `-` (expected only) or `+` (actual only). Within a change, `-` lines come before `+`.
 */
export function alignParagraphs(a: readonly string[], b: readonly string[]): DiffLine[] {
  return align(a, b, (x, y) => x === y).map(([x, y]) =>
    x !== null && y !== null ? { op: ' ', text: x } : x !== null ? { op: '-', text: x } : { op: '+', text: y as string },
  );
}

/** True when two paragraphs share most of their words: the same paragraph, edited. */
export function isEdit(a: string, b: string): boolean {
  const wa = new Set(a.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []);
  const wb = new Set(b.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []);
  if (wa.size === 0 || wb.size === 0) return false;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / (wa.size + wb.size - common) >= EDITED_MIN_OVERLAP;
}

/**
 * Within each change (a run of `-` and `+` lines), an edited paragraph's `-` line is put
 * right before its `+` line, so the report can show the two together and cut them around the
 * change; paragraphs that only went away or only appeared keep their place in body order.
 */
function pairEdits(lines: readonly DiffLine[]): DiffLine[] {
  const out: DiffLine[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i].op === ' ') {
      out.push(lines[i++]);
      continue;
    }
    const minus: string[] = [];
    const plus: string[] = [];
    for (; i < lines.length && lines[i].op !== ' '; i++) (lines[i].op === '-' ? minus : plus).push(lines[i].text);
    for (const [x, y] of align(minus, plus, isEdit)) {
      if (x !== null && y !== null) out.push({ op: '-', text: x, edit: true }, { op: '+', text: y, edit: true });
      else if (x !== null) out.push({ op: '-', text: x });
      else if (y !== null) out.push({ op: '+', text: y });
    }
  }
  return out;
}

/**
 * A longest common subsequence under `same`, as pairs in order: [a, b] for a match, [a, null]
 * for a line of `a` only, [null, b] for a line of `b` only (those of `a` first in a change).
 */
function align(a: readonly string[], b: readonly string[], same: (x: string, y: string) => boolean): [string | null, string | null][] {
  // Common head and tail first: most fixture changes touch a paragraph or two in the middle.
  let head = 0;
  while (head < a.length && head < b.length && same(a[head], b[head])) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && same(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);

  // lcs[i][j]: length of the LCS of midA[i..] and midB[j..].
  const lcs = Array.from({ length: midA.length + 1 }, () => new Array<number>(midB.length + 1).fill(0));
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      lcs[i][j] = Math.max(lcs[i + 1][j], lcs[i][j + 1], same(midA[i], midB[j]) ? lcs[i + 1][j + 1] + 1 : 0);
    }
  }
  const out: [string | null, string | null][] = [];
  for (let k = 0; k < head; k++) out.push([a[k], b[k]]);
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && same(midA[i], midB[j]) && lcs[i][j] === lcs[i + 1][j + 1] + 1) {
      out.push([midA[i++], midB[j++]]);
    } else if (j >= midB.length || (i < midA.length && lcs[i + 1][j] >= lcs[i][j + 1])) {
      out.push([midA[i++], null]);
    } else {
      out.push([null, midB[j++]]);
    }
  }
  for (let k = tail; k > 0; k--) out.push([a[a.length - k], b[b.length - k]]);
  return out;
}

/** Changed lines with `context` unchanged lines around them; far-apart changes are separate hunks. */
function hunksOf(lines: readonly DiffLine[], context: number): DiffLine[][] {
  const shown = new Array<boolean>(lines.length).fill(false);
  lines.forEach((line, i) => {
    if (line.op === ' ') return;
    for (let k = Math.max(0, i - context); k <= Math.min(lines.length - 1, i + context); k++) shown[k] = true;
  });
  const hunks: DiffLine[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!shown[i]) continue;
    if (i === 0 || !shown[i - 1]) hunks.push([]);
    hunks[hunks.length - 1].push(lines[i]);
  }
  return hunks;
}
