/**
 * Line-level clean-up shared by every text dump: the invisible characters and spacing that
 * browsers and text renderers leave behind, which would otherwise make equal lines differ.
 */
import { lazy } from '../../lazy.js';

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/**
 * A space that is not a plain one; with two plain ones in a row (looked for apart, by a string
 * search), what collapsing spaces would change (ODD_SPACING below). Most
 * lines have neither, and replacing each single space with itself made a new string of every line.
 */
const OTHER_SPACE = /[^\S ]/;
/**
 * What collapsing a line's spacing to single plain spaces replaces: a run of two spaces or
 * more, or one that is not a plain space (\s holds every Unicode space: NBSP, the en and em
 * spaces, the ideographic one). A plain space alone stays as it is: replacing every run,
 * single spaces too, made each one a piece of the new string for nothing (the ScrapingHub
 * HTML pages' 82,706 block texts: 0.8x the time, the same texts).
 */
const ODD_SPACING = /\s{2,}|[^\S ]/g;

/**
 * A text browser's placeholders for the images before a line's text ("[ed45][svg] David
 * Hartshorne", "[RM_headsho]Rebecca MacFarlane", "[Taylor-Passofaro-1-s] By Taylor
 * Passofaro"): an image's file name or alt text, not words of the line. A line of
 * placeholders alone stays as it is (drop-image-placeholders reads it); "[2025]" is no image.
 */
const IMAGE_PLACEHOLDERS = lazy(() => /^(?:\[[\p{L}_-][\p{L}\p{N}_-]+\]\s*)+(?=\S)/u);

export function withoutImagePlaceholders(line: string): string {
  return line.charCodeAt(0) === 91 /* [ */ ? line.replace(IMAGE_PLACEHOLDERS(), '') : line;
}

/** The characters of `text` that are not white space: text.replace(/\s+/g, '').length, without the copy. */
export function nonSpaceLength(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 128 ? c !== 32 && (c < 9 || c > 13) : !/\s/.test(text[k])) n++;
  }
  return n;
}

/** The text has spacing that collapsing runs of spaces to one plain space would change. */
export function hasOddSpacing(text: string): boolean {
  // Asked of every line: the class alone and a string search take four-fifths of the time of /[^\S ]| {2}/.
  return OTHER_SPACE.test(text) || text.includes('  ');
}

/**
 * The link a documentation generator puts after each heading, which a dump prints glued to it
 * ("Middleware¶", Sphinx's headerlink): a mark, not part of the heading.
 */
const ANCHOR_MARK = /\s*¶$/u;

/**
 * What normalizeLine changes inside a line, found in one scan: an INVISIBLE character, a space
 * that is not a plain one (the \s class without the plain space), two plain spaces. Nearly
 * every line of a dump holds none, and three scans of each (two regexes and a string search)
 * took 1.5x the time over the ScrapingHub dumps' 36,018 lines (HTML: 1.5x over the pages'
 * 82,706 texts, with the trimming first below).
 */
const UNTIDY = /[\u200B-\u200D\u2060\uFEFF\u00AD\t-\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]| {2}/;

/**
 * One line, single-spaced and trimmed, with zero-width characters and a heading's anchor mark
 * removed. Trimmed first (the same line in the end: what is at its edges goes anyway): most of
 * an HTML page's texts are the white space between its elements, and most others are tidy
 * once the line breaks around them are gone.
 */
export function normalizeLine(line: string): string {
  let clean = line.trim();
  if (clean === '') return '';
  if (UNTIDY.test(clean)) {
    clean = clean.replace(INVISIBLE, '');
    if (hasOddSpacing(clean)) clean = clean.replace(ODD_SPACING, ' ');
    clean = clean.trim();
  }
  return clean.endsWith('¶') ? clean.replace(ANCHOR_MARK, '') : clean;
}

/** The shortest phrase whose doubled copy is read as one: "NoNo" may be a word. */
const MIN_DOUBLED = 4;
const LETTER = /\p{L}/u;

/**
 * A line that is one phrase printed twice, glued or a space apart ("UsedUsed", "Who we are Who
 * we are"): innerText of a label beside its copy for screen readers, a text browser's image
 * alt text beside its title. The page shows the phrase once. One word twice with a space
 * between stays: it is a name as often as a label ("Walla Walla").
 */
export function undoubled(line: string): string {
  const n = line.length;
  if (n < 2 * MIN_DOUBLED) return line;
  const half = n >> 1;
  // Most lines differ at their first character and the half's: no string is made for them.
  const second = n % 2 === 0 ? half : line.charCodeAt(half) === 32 ? half + 1 : -1;
  if (second < 0 || line.charCodeAt(0) !== line.charCodeAt(second)) return line;
  const phrase = line.slice(0, half);
  // One word twice with a space between is a name as often ("Walla Walla", "Bora Bora").
  const oneWordSpaced = second > half && !phrase.includes(' ');
  return !oneWordSpaced && phrase === line.slice(second) && LETTER.test(phrase) ? phrase : line;
}

/**
 * A name a dump printed two or three times over ("Jonathan JonesJonathan JonesJonathan Jones",
 * "Yaren Fadiloglulari Yaren Fadiloglulari"): an avatar's alt text, a hover card and the byline
 * joined on one line. The name once; any other text as it is.
 */
export function unrepeatedName(name: string): string {
  for (const copies of [3, 2]) {
    for (const gap of [0, 1]) {
      const size = (name.length - gap * (copies - 1)) / copies;
      if (!Number.isInteger(size) || size < MIN_DOUBLED) continue;
      const phrase = name.slice(0, size);
      let same = true;
      for (let k = 1; k < copies && same; k++) {
        const at = k * (size + gap);
        same = (gap === 0 || name[at - 1] === ' ') && name.slice(at, at + size) === phrase;
      }
      if (same && phrase.includes(' ')) return phrase;
    }
  }
  return name;
}

/**
 * A horizontal rule as a text renderer draws it (w3m's "━━━━" for <hr>, a row of dashes or
 * equals signs): it parts what is above from what is below, so it never continues a wrapped line.
 */
const RULE_CHARS_ONLY = /^[\s\u2500-\u257F\-=_~*•·]+$/u;
const RULE_RUN = /[\u2500-\u257F\-=_~*]{3}/u;
const RULE_START = new Set(['-', '=', '_', '~', '*', '•', '·']);

/** Rule characters (and a bullet) only, three in a row at least. Two linear tests: no backtracking on long lines. */
export function isRuleLine(line: string): boolean {
  // Most lines start with a letter: one character says no before any regex runs.
  let k = 0;
  while (k < line.length && (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 9)) k++;
  if (k === line.length) return false;
  const code = line.charCodeAt(k);
  if (!RULE_START.has(line[k]) && !(code >= 0x2500 && code <= 0x257f)) return false;
  return RULE_CHARS_ONLY.test(line) && RULE_RUN.test(line);
}

/** Splits a dump into raw lines, tolerating CRLF and lone CR line ends. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** Terminal display width: East Asian wide characters take two columns, as in w3m. */
export function displayWidth(line: string): number {
  if (!WIDE.test(line)) return line.length;
  let width = 0;
  for (const ch of line) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** True for characters of scripts written without spaces between words. */
export function isCjk(ch: string): boolean {
  // By code units, as the class without the u flag read them: asked of one character at a time, often.
  for (let k = 0; k < ch.length; k++) {
    const c = ch.charCodeAt(k);
    if (c >= 0x3040 && ((c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff66 && c <= 0xff9f))) return true;
  }
  return false;
}
