/**
 * HTML text to an htmlparser2 DOM: the fast parser (ten times cheerio's default parse5), with
 * entities decoded so that text nodes hold what a reader sees.
 */
import { Parser } from 'htmlparser2';
import type { Document } from 'domhandler';
import { guardNesting } from './nesting.js';
import { IndexingHandler } from './page-index.js';
import { revealStreamed } from './react-stream.js';
import { QuickTokenizer } from './quick-tokenizer.js';

const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: QuickTokenizer } as const;

/** A DOM builder that notes a CDATA section outside scripts (htmlparser2 makes it a comment), and files the elements metadata reads. */
class CdataWatch extends IndexingHandler {
  sawCdata = false;
  override oncomment(data: string): void {
    if (data.startsWith('[CDATA[')) this.sawCdata = true;
    super.oncomment(data);
  }
}

function parseWith(html: string): CdataWatch {
  const handler = new CdataWatch();
  new Parser(handler, OPTIONS).end(html);
  return handler;
}

/**
 * Parsed once; only a page that turned out to hold a CDATA section outside its scripts (a few
 * in a hundred) is parsed again, with the stray openers neutralised (see neutraliseCdata).
 */
export function parseHtml(html: string): Document {
  return parsePage(html).doc;
}

/** The DOM, how many tags the nesting guard left out, and whether it cut the page short (see nesting.ts). */
export function parsePage(page: string): { doc: Document; nestingCut: number; truncated: boolean } {
  const { html, dropped, truncated } = guardNesting(page);
  const first = parseWith(html);
  const doc = first.sawCdata ? parseWith(neutraliseCdata(html)).root : first.root;
  revealStreamed(doc);
  return { doc, nestingCut: dropped, truncated };
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
