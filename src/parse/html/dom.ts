/**
 * HTML text to an htmlparser2 DOM: the fast parser (ten times cheerio's default parse5), with
 * entities decoded so that text nodes hold what a reader sees.
 */
import type { Document } from 'domhandler';
import { guardNesting } from './nesting.js';
import { revealStreamed } from './react-stream.js';
import { quickTokenizer } from './quick-tokenizer.js';
import { TreeBuilder, type BuildBounds } from './tree-builder.js';
import { MAX_PARSE_DEPTH } from '../limits.js';

/**
 * Past these an unguarded parse gives up: a page nested deeper than any real one (the parser's
 * cost per tag grows with the nesting), or with more elements than a large real page.
 */
const QUICK_BOUNDS: BuildBounds = { depth: MAX_PARSE_DEPTH, elements: 100_000, signal: new Error('past the bounds of an unguarded parse') };

/** The DOM of the page, and whether it holds a CDATA section outside its scripts (which htmlparser2 makes a comment). */
function parseWith(html: string, bounded: boolean): TreeBuilder {
  const builder = new TreeBuilder(html, bounded ? QUICK_BOUNDS : null);
  const tokenizer = new (quickTokenizer())({ decodeEntities: true }, builder);
  tokenizer.write(html);
  tokenizer.end();
  return builder;
}

/**
 * Parsed once; only a page that turned out to hold a CDATA section outside its scripts (a few
 * in a hundred) is parsed again, with the stray openers neutralised (see neutraliseCdata).
 */
function parseOnce(html: string, bounded: boolean): Document {
  const first = parseWith(html, bounded);
  return first.sawCdata ? parseWith(neutraliseCdata(html), bounded).root : first.root;
}

/** The page parsed as it is, or null when it went past QUICK_BOUNDS. */
function parseQuick(html: string): Document | null {
  try {
    return parseOnce(html, true);
  } catch (error) {
    if (error === QUICK_BOUNDS.signal) return null;
    throw error;
  }
}

export function parseHtml(html: string): Document {
  return parsePage(html).doc;
}

/**
 * The DOM, how many tags the nesting guard left out, and whether it cut the page short (see
 * nesting.ts). A page is parsed as it is first, without the guard's scan of every tag (a
 * fortieth of an HTML page's time): a page the parser reads within QUICK_BOUNDS needs no
 * guard. One that goes past them is parsed again behind the guard.
 */
export function parsePage(page: string): { doc: Document; nestingCut: number; truncated: boolean } {
  let doc = parseQuick(page);
  let nestingCut = 0;
  let truncated = false;
  if (doc === null) {
    const guarded = guardNesting(page);
    doc = parseOnce(guarded.html, false);
    nestingCut = guarded.dropped;
    truncated = guarded.truncated;
  }
  revealStreamed(doc);
  return { doc, nestingCut, truncated };
}

const CDATA = '<![CDATA[';
/** The next stray CDATA opener, or the start of a script or style element (whose text is left alone). */
const CDATA_OR_RAW = /<!\[CDATA\[|<(script|style)\b/gi;

/**
 * In HTML a stray `<![CDATA[` is a bogus comment that a browser ends at the next `>`;
 * htmlparser2 instead reads it as a comment up to `]]>`, which a template that leaves one
 * open never writes, so the rest of the page vanished. An empty comment in its place keeps
 * everything after it, as a reader sees it. Inside scripts (JSON-LD wrapped in CDATA) the
 * text is left as it is. One pass, linear in the page.
 */
export function neutraliseCdata(html: string): string {
  if (!html.includes(CDATA)) return html;
  const parts: string[] = [];
  let copied = 0;
  CDATA_OR_RAW.lastIndex = 0;
  for (let m = CDATA_OR_RAW.exec(html); m !== null; m = CDATA_OR_RAW.exec(html)) {
    if (m[1] === undefined) {
      parts.push(html.slice(copied, m.index), '<!---->');
      copied = m.index + CDATA.length;
      continue;
    }
    const close = m[1].toLowerCase() === 'script' ? SCRIPT_END : STYLE_END;
    close.lastIndex = CDATA_OR_RAW.lastIndex;
    if (close.exec(html) === null) break;
    CDATA_OR_RAW.lastIndex = close.lastIndex;
  }
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}

const SCRIPT_END = /<\/script/gi;
const STYLE_END = /<\/style/gi;
