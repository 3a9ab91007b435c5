/**
 * html | text for `--input-type auto`. Decided from the content only (a `.txt` name proves
 * nothing about a scraper's output): a document-start marker, or tags dominating the start.
 */
import { nonSpaceLength } from '../parse/text/normalize.js';

/** How much of the text the tag-density test looks at. */
const SAMPLE_CHARS = 4 * 1024;
/** Tag-density thresholds: enough tags, some closing ones, and a real share of the characters. */
const MIN_TAGS = 8;
const MIN_CLOSING_TAGS = 3;
const MIN_TAG_SHARE = 0.2;

const DOCUMENT_START = /^<(?:!doctype\s+html\b|html\b|head\b|body\b)/i;
/**
 * A fragment saved without <html> (old pages, CMS exports) still opens with an element a text
 * dump never starts with (not <img>: dumps carry leaked tracking pixels as text).
 */
const FRAGMENT_START = /^<(?:h[1-6]|p|div|table|center|font|title|meta|link|base|script|style|frameset|ul|ol|dl|span|a|b|i|em|strong|pre|form|section|article|main|header|nav)\b[^<>]*>/i;
const XML_DECLARATION = /^<\?xml\b[^>]*\?>/i;
/** An opening or closing tag as markup writes it, e.g. `<div class="x">`, `</p>`, `<br/>`. */
const TAG = /<(\/?)[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;

export function sniffInputType(text: string): 'html' | 'text' {
  const start = skipPreamble(text.slice(0, SAMPLE_CHARS * 4));
  if (DOCUMENT_START.test(start) || FRAGMENT_START.test(start)) return 'html';

  const xml = XML_DECLARATION.exec(start);
  // XHTML: an XML declaration then (after more comments) a doctype or <html>.
  if (xml && DOCUMENT_START.test(skipPreamble(start.slice(xml[0].length)))) return 'html';

  return tagsDominate(start.slice(0, SAMPLE_CHARS)) ? 'html' : 'text';
}

/** Drops a BOM, leading whitespace and leading `<!-- ... -->` comments. */
function skipPreamble(text: string): string {
  let rest = text.replace(/^\uFEFF/, '').trimStart();
  while (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->');
    if (end < 0) return '';
    rest = rest.slice(end + 3).trimStart();
  }
  return rest;
}

/**
 * A prose dump may mention `<div>` or `<p>` in a sentence; a markup fragment is mostly tags.
 * So count tags, require closing ones, and require them to take a real share of the text.
 */
function tagsDominate(sample: string): boolean {
  let tags = 0;
  let closing = 0;
  let tagChars = 0;
  for (const match of sample.matchAll(TAG)) {
    tags++;
    if (match[1] === '/') closing++;
    tagChars += match[0].length;
  }
  if (tags < MIN_TAGS || closing < MIN_CLOSING_TAGS) return false;
  const visible = nonSpaceLength(sample);
  return visible > 0 && tagChars / visible >= MIN_TAG_SHARE;
}
