/**
 * A guard before the parser: htmlparser2 keeps its open elements in an array it grows and
 * shrinks at the front, so every tag costs as much as the nesting is deep, and a page of
 * 200,000 nested <div>s (3 MB) takes minutes. One linear scan estimates the nesting; a page
 * that goes deeper than any real page has its deeper tags left out (their text stays), so the
 * parser never holds more than MAX_PARSE_DEPTH open elements; and a page of more elements than
 * any real page has (28 MB of unclosed <p>x made a 3 GB DOM) is cut before the parser sees it.
 */

import { MAX_PARSE_DEPTH, MAX_PARSE_ELEMENTS } from '../limits.js';

/**
 * A tag name without a copy of it (the scan meets every tag of the page): names of up to ten
 * letters, digits and dashes, nearly all of them, as a number, in any case; any other name as
 * the lower-cased string. The same name always gets the same key.
 */
type NameKey = number | string;
const MAX_NUMBERED_NAME = 10;

function nameKey(text: string, start: number, end: number): NameKey {
  if (end - start > MAX_NUMBERED_NAME) return text.slice(start, end).toLowerCase();
  let key = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 0x20; // ASCII letters to lower case (digits and '-' keep their codes)
    const digit = c >= 97 && c <= 122 ? c - 96 : c >= 48 && c <= 57 ? c - 21 : c === 45 ? 37 : -1;
    if (digit < 0) return text.slice(start, end).toLowerCase();
    key = key * 38 + digit;
  }
  return key;
}

function keySet(names: readonly string[]): ReadonlySet<NameKey> {
  return new Set(names.map((name) => nameKey(name, 0, name.length)));
}

/** Elements that never hold content. */
const VOID = keySet(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);

/** Elements whose next sibling of the same kind closes them (an unclosed <p> does not nest). */
const SELF_CLOSING_SIBLINGS = keySet(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp']);

/** Elements whose content is raw text up to their own end tag, and the pattern of that end tag. */
const RAW_TEXT = new Map(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext'].map((name) => [nameKey(name, 0, name.length), new RegExp(`</${name}`, 'gi')]));

/** A close tag is matched against this many of the innermost open elements at most (the parser would search them all). */
const CLOSE_SEARCH = 64;

export interface NestingGuard {
  /** The page as the parser is to read it (the same string when nothing was left out). */
  html: string;
  /** Tags left out because they opened past MAX_PARSE_DEPTH (with their end tags). */
  dropped: number;
  /** The page opened more than MAX_PARSE_ELEMENTS elements: it was cut before the first one past. */
  truncated: boolean;
}

/**
 * Walks the page's tags once (comments and raw text skipped whole), tracking the open
 * elements the way a parser would, closely enough to bound it. Returns the page unchanged
 * unless it nests deeper than `maxDepth` or opens more than `maxElements` elements; then the
 * tags that would open past the depth, and the end tags that close them, are cut out, and
 * the page ends before the element past the count.
 */
export function guardNesting(html: string, maxDepth = MAX_PARSE_DEPTH, maxElements = MAX_PARSE_ELEMENTS): NestingGuard {
  const cuts: number[] = [];
  const stop = scanTags(html, maxDepth, maxElements, (start, end) => void cuts.push(start, end));
  if (cuts.length === 0 && stop === html.length) return { html, dropped: 0, truncated: false };
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    parts.push(html.slice(copied, cuts[i]));
    copied = cuts[i + 1];
  }
  parts.push(html.slice(copied, stop));
  return { html: parts.join(''), dropped: cuts.length / 2, truncated: stop < html.length };
}

/**
 * The scan: calls `cut(start, end)` for every tag (open or close) that opens past `maxDepth`
 * or closes such a tag, and returns where the page is to end: its length, or the start of
 * the element past `maxElements`.
 */
function scanTags(html: string, maxDepth: number, maxElements: number, cut: (start: number, end: number) => void): number {
  let elements = 0;
  /** Open elements, by name key (see nameKey), the innermost last. */
  const open: NameKey[] = [];
  /** End tags still to come for the tags cut out, by name: the innermost close first. */
  const cutOpen = new Map<NameKey, number>();
  let pos = html.indexOf('<');
  while (pos !== -1 && pos < html.length - 1) {
    if (html.startsWith('<!--', pos)) {
      const end = html.indexOf('-->', pos + 4);
      if (end === -1) return html.length;
      pos = html.indexOf('<', end + 3);
      continue;
    }
    const close = html[pos + 1] === '/';
    const nameStart = close ? pos + 2 : pos + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      pos = html.indexOf('<', pos + 1);
      continue;
    }
    const end = html.indexOf('>', nameStart);
    if (end === -1) return html.length;
    let nameEnd = nameStart;
    while (nameEnd < end && !isNameEnd(html.charCodeAt(nameEnd))) nameEnd++;
    const name = nameKey(html, nameStart, nameEnd);
    let next = end + 1;
    if (close) {
      const pending = cutOpen.get(name) ?? 0;
      if (pending > 0) {
        cutOpen.set(name, pending - 1);
        cut(pos, next);
      } else {
        const from = Math.max(0, open.length - CLOSE_SEARCH);
        const at = open.lastIndexOf(name);
        if (at >= from) open.length = at;
      }
    } else if (++elements > maxElements) {
      return pos;
    } else if (!VOID.has(name) && html[end - 1] !== '/') {
      const endTag = RAW_TEXT.get(name);
      if (endTag !== undefined) {
        endTag.lastIndex = next;
        if (endTag.exec(html) === null) return html.length;
        next = endTag.lastIndex;
      } else if (SELF_CLOSING_SIBLINGS.has(name) && open[open.length - 1] === name) {
        // The sibling closes the open one: same depth.
      } else if (open.length >= maxDepth) {
        cutOpen.set(name, (cutOpen.get(name) ?? 0) + 1);
        cut(pos, next);
      } else {
        open.push(name);
      }
    }
    pos = html.indexOf('<', next);
  }
  return html.length;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whitespace, `/` or `>` end a tag's name. */
function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 47 || c === 62;
}
