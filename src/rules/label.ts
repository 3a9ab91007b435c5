/**
 * Comparing a line with a vocabulary of labels: "Comments (12)", "SHARE:" and "Related »" all
 * reduce to the bare label, so one vocabulary entry covers its decorated forms.
 */
import { hasOddSpacing } from '../parse/text/normalize.js';

/** What a label's edges lose: spaces, punctuation, symbols and digits (counts, bullets, arrows). */
const EDGE = /^[\s\p{P}\p{S}\d]$/u;
/** EDGE for the ASCII characters, looked up rather than matched: most edges are ASCII. */
const ASCII_EDGE = Array.from({ length: 128 }, (_, c) => EDGE.test(String.fromCharCode(c)));

/** The code point of `s` that ends at `end` is one of EDGE (a surrogate pair is one code point). */
function edgeBefore(s: string, end: number, start: number): number {
  const c = s.charCodeAt(end - 1);
  if (c < 128) return ASCII_EDGE[c] ? 1 : 0;
  const width = c >= 0xdc00 && c <= 0xdfff && end - 2 >= start && (s.charCodeAt(end - 2) & 0xfc00) === 0xd800 ? 2 : 1;
  return EDGE.test(s.slice(end - width, end)) ? width : 0;
}

/** The code point of `s` that starts at `start` is one of EDGE. */
function edgeAt(s: string, start: number): number {
  const c = s.charCodeAt(start);
  if (c < 128) return ASCII_EDGE[c] ? 1 : 0;
  const width = (c & 0xfc00) === 0xd800 && (s.charCodeAt(start + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  return EDGE.test(s.slice(start, start + width)) ? width : 0;
}

/**
 * Lower-case, without counts, arrows, bullets and trailing punctuation. The edges are walked a
 * character at a time: a run of rules calls this on every short line of a page. `lower`: the
 * text in lower case, when the caller has it already (a block's, made once per page).
 */
export function labelKey(text: string, lower = text.toLowerCase()): string {
  let s = lower;
  if (s.includes('\u2018') || s.includes('\u2019')) s = s.replace(/[\u2018\u2019]/g, "'");
  let start = 0;
  let end = s.length;
  for (let w; start < end && (w = edgeAt(s, start)) > 0; ) start += w;
  for (let w; end > start && (w = edgeBefore(s, end, start)) > 0; ) end -= w;
  // With the edges gone (a count in brackets with them), only inner runs of spaces remain;
  // most labels have none but single plain spaces, which are left as they are.
  const key = s.slice(start, end);
  return hasOddSpacing(key) ? key.replace(/\s+/g, ' ') : key;
}

/** A lookup set of label keys built from vocabulary lists. */
export function labelSet(...lists: readonly (readonly string[])[]): ReadonlySet<string> {
  return new Set(lists.flat().map((label) => labelKey(label)));
}

/** Escapes a vocabulary entry for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation RegExp source from vocabulary entries, longest first so phrases win. */
export function alternation(entries: readonly string[]): string {
  return [...entries].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
