/**
 * HTML text to an htmlparser2 DOM: the fast parser (ten times cheerio's default parse5), with
 * entities decoded so that text nodes hold what a reader sees.
 */
import type { Document } from 'domhandler';
import { guardNesting } from './nesting.js';
import { IndexingHandler } from './page-index.js';
import { revealStreamed } from './react-stream.js';
import { quickTokenizer } from './quick-tokenizer.js';
import { NamingParser } from './naming-parser.js';
import { MAX_PARSE_DEPTH } from '../limits.js';

const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } as const;

/**
 * Past these an unguarded parse gives up: a page nested deeper than any real one (the parser's
 * cost per tag grows with the nesting), or with more elements than a large real page.
 */
const QUICK_BOUNDS = { depth: MAX_PARSE_DEPTH, elements: 100_000 } as const;
/** What the handler throws when the page goes past QUICK_BOUNDS. */
const PAST_BOUNDS = new Error('past the bounds of an unguarded parse');

/** A DOM builder that notes a CDATA section outside scripts (htmlparser2 makes it a comment), and files the elements metadata reads. */
class CdataWatch extends IndexingHandler {
  sawCdata = false;
  private elements = 0;

  constructor(private readonly bounded: boolean) {
    super();
  }

  override oncomment(data: string): void {
    if (data.startsWith('[CDATA[')) this.sawCdata = true;
    super.oncomment(data);
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    // The stack holds the document and the open elements.
    if (this.bounded && (++this.elements > QUICK_BOUNDS.elements || this.tagStack.length > QUICK_BOUNDS.depth)) throw PAST_BOUNDS;
    super.onopentag(name, attribs);
  }
}

function parseWith(html: string, bounded: boolean): CdataWatch {
  const handler = new CdataWatch(bounded);
  new NamingParser(handler, { ...OPTIONS, Tokenizer: quickTokenizer() }).end(html);
  return handler;
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
    if (error === PAST_BOUNDS) return null;
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
