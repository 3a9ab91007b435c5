/**
 * The elements every metadata source reads (titles, metas, JSON-LD, times, links...), in
 * document order. The parser collects them as it builds the DOM (PageIndexer, used by
 * tree-builder.ts), so no source walks the DOM again; a document parsed elsewhere (a test's) is
 * walked once, on first use. Memoised per document.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { STREAM_PLACEHOLDER, STREAMED_PART } from './element.js';

export interface PageIndex {
  /** The `<html>` element. */
  html: Element | null;
  /** `<title>` elements outside SVG and MathML (which have titles of their own). */
  titles: Element[];
  metas: Element[];
  links: Element[];
  /** `<script type="application/ld+json">`, and `<meta name="script:ld+json">` (read with jsonLdText). */
  jsonLd: Element[];
  times: Element[];
  /** Elements other than `<meta>` that carry `itemprop`. */
  itemprops: Element[];
  h1s: Element[];
  /** `<a rel="author">` links (their text is a name). */
  relAuthors: Element[];
  /** Elements that declare a schema.org microdata type (`itemtype`). */
  itemtypes: Element[];
  /** `<button>` and `<input type=submit|button>`: their captions never become text blocks. */
  buttons: Element[];
  /** `<code>` elements (inline code names an API; blocks of it fill a manual). */
  codes: Element[];
  /** `<a href>` links: where a page links to says what it lists. */
  anchors: Element[];
  /** `<input>` (other than buttons), `<select>` and `<textarea>`: filters, variant pickers, contact forms. */
  fields: Element[];
  /** `<img>` elements. */
  images: Element[];
  /** React's Suspense placeholders, `<template id="B:0">`, where streamed content belongs (react-stream.ts). */
  boundaries: Element[];
  /** React's streamed segments, `<div hidden id="S:0">`, at the end of the body. */
  streamed: Element[];
}

/** Subtrees that hold no page metadata of their own. */
const SKIP = new Set(['svg', 'math', 'template', 'style']);

/**
 * Where a document keeps its index: on itself, so the two die together. A WeakMap keyed by
 * the document kept every page's DOM alive through V8's young-generation collections (the
 * scavenger treats the table's entries as live), so each DOM was copied and promoted to the
 * old generation, and only a full collection freed it: with the parse alone, 26 MB of every
 * 41 MB allocated survived a scavenge, against 1 MB of 57 without the table.
 */
const INDEX = Symbol('pith.pageIndex');
type Indexed = Document & { [INDEX]?: PageIndex };

function emptyIndex(): PageIndex {
  return { html: null, titles: [], metas: [], links: [], jsonLd: [], times: [], itemprops: [], h1s: [], relAuthors: [], itemtypes: [], buttons: [], codes: [], anchors: [], fields: [], images: [], boundaries: [], streamed: [] };
}

const ITEMPROP_BIT = 1;
const ITEMTYPE_BIT = 2;
const HIDDEN_BIT = 4;
/**
 * The attributes an element is filed by whatever its name, as bits: the parser notes them as
 * it reads each attribute's name, so filing an element asks its attribute record only for
 * what it holds (a record lacks most of them, and asking a record of a page's many shapes for
 * a name it lacks was a tenth of the index's time).
 */
export const FILED_BY = { itemprop: ITEMPROP_BIT, itemtype: ITEMTYPE_BIT, hidden: HIDDEN_BIT } as const;

/**
 * The FILED_BY bit of an attribute's name (lower case), or 0. From constants, not FILED_BY's
 * properties: asked of every attribute in the tokenizer's loop, a property first read on a rare
 * name had no feedback yet, and V8 threw the tokenizer's optimised code away to learn it.
 */
export function filedBit(name: string): number {
  return name === 'itemprop' ? ITEMPROP_BIT : name === 'itemtype' ? ITEMTYPE_BIT : name === 'hidden' ? HIDDEN_BIT : 0;
}

/** The FILED_BY bits of an element's attributes, read from its record (a document parsed elsewhere). */
function filedBits(el: Element): number {
  const a = el.attribs;
  return (a.itemprop !== undefined ? FILED_BY.itemprop : 0) | (a.itemtype !== undefined ? FILED_BY.itemtype : 0) | (a.hidden !== undefined ? FILED_BY.hidden : 0);
}

/**
 * Files one element under what it is; false when its subtree holds nothing to file (a
 * script's text, or svg, math, template and style, which have titles of their own). `bits`:
 * which of the FILED_BY attributes it holds.
 */
function noteElement(index: PageIndex, el: Element, bits: number): boolean {
  switch (el.name) {
    case 'html':
      index.html ??= el;
      break;
    case 'title':
      index.titles.push(el);
      break;
    case 'meta':
      index.metas.push(el);
      // Remix renders a route's JSON-LD as <meta name="script:ld+json" content="{...}">.
      if (el.attribs.name === 'script:ld+json') index.jsonLd.push(el);
      break;
    case 'link':
      index.links.push(el);
      break;
    case 'script':
      if (/ld\+json/i.test(el.attribs.type ?? '')) index.jsonLd.push(el);
      return false; // script text is not markup
    case 'time':
      index.times.push(el);
      break;
    case 'h1':
      index.h1s.push(el);
      break;
    case 'a':
      if (hasWord(el.attribs.rel, 'author')) index.relAuthors.push(el);
      if (el.attribs.href !== undefined) index.anchors.push(el);
      break;
    case 'button':
      index.buttons.push(el);
      break;
    case 'input':
      if (/^(?:submit|button)$/i.test(el.attribs.type ?? '')) index.buttons.push(el);
      else index.fields.push(el);
      break;
    case 'select':
    case 'textarea':
      index.fields.push(el);
      break;
    case 'img':
      index.images.push(el);
      break;
    case 'code':
      index.codes.push(el);
      break;
    case 'template':
      if (STREAM_PLACEHOLDER.test(el.attribs.id ?? '')) index.boundaries.push(el);
      return false;
    case 'div':
      if ((bits & FILED_BY.hidden) !== 0 && STREAMED_PART.test(el.attribs.id ?? '')) index.streamed.push(el);
      break;
    default:
      if (SKIP.has(el.name)) return false;
  }
  if ((bits & FILED_BY.itemprop) !== 0 && el.name !== 'meta') index.itemprops.push(el);
  if ((bits & FILED_BY.itemtype) !== 0) index.itemtypes.push(el);
  return true;
}

/**
 * Files each element as the parser opens it (tree-builder.ts): the parser's order is the
 * document's, and a subtree left out (see noteElement) is counted open and closed.
 */
export class PageIndexer {
  private readonly index = emptyIndex();
  /** Elements open inside a subtree whose elements are not filed (0: filing). */
  private unfiled = 0;

  /** `bits`: which of the FILED_BY attributes the element holds. */
  opened(el: Element, bits: number): void {
    if (this.unfiled > 0) this.unfiled++;
    else if (!noteElement(this.index, el, bits)) this.unfiled = 1;
  }

  closed(): void {
    if (this.unfiled > 0) this.unfiled--;
  }

  /** Hands the index to indexPage for this document, once the parse has ended. */
  finish(doc: Document): void {
    (doc as Indexed)[INDEX] = this.index;
  }
}

export function indexPage(doc: Document): PageIndex {
  const known = (doc as Indexed)[INDEX];
  if (known) return known;
  const index = emptyIndex();
  const stack: AnyNode[] = [...(doc.children ?? [])].reverse();
  while (stack.length) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node) || !noteElement(index, node, filedBits(node))) continue;
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  (doc as Indexed)[INDEX] = index;
  return index;
}

export function isElement(node: AnyNode | null | undefined): node is Element {
  return node != null && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

/** True when the space-separated attribute value holds `word` (case-insensitive). */
export function hasWord(value: string | undefined, word: string): boolean {
  if (!value) return false;
  return value.toLowerCase().split(/\s+/).includes(word);
}

/** The text of an element, without script and style contents, whitespace not yet collapsed. */
export function textOf(el: Element | Document): string {
  let out = '';
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') out += (node as unknown as { data: string }).data;
    else if (node.type === 'tag' || node.type === 'root') {
      // Block-ish children are separated so "<p>a</p><p>b</p>" does not read "ab".
      if (node.type === 'tag' && (node.name === 'br' || node.name === 'p' || node.name === 'div' || node.name === 'li')) out += ' ';
      const kids = node.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return out;
}

/** The raw text inside an element (a script's source). */
export function rawText(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
}

/** The JSON of a JSON-LD element: a script's text, or a meta tag's content. */
export function jsonLdText(el: Element): string {
  return el.name === 'meta' ? (el.attribs.content ?? '') : rawText(el);
}
