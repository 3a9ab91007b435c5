/**
 * One walk over the parsed page collecting the elements every metadata source reads, so
 * the sources together cost one pass over the DOM. Memoised per document: each source
 * can be called on its own with the document and still share the walk.
 */
import type { AnyNode, Document, Element } from 'domhandler';

export interface PageIndex {
  /** The `<html>` element. */
  html: Element | null;
  /** `<title>` elements outside SVG and MathML (which have titles of their own). */
  titles: Element[];
  metas: Element[];
  links: Element[];
  /** `<script type="application/ld+json">`. */
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
}

/** Subtrees that hold no page metadata of their own. */
const SKIP = new Set(['svg', 'math', 'template', 'style']);

const cache = new WeakMap<Document, PageIndex>();

export function indexPage(doc: Document): PageIndex {
  const known = cache.get(doc);
  if (known) return known;
  const index: PageIndex = { html: null, titles: [], metas: [], links: [], jsonLd: [], times: [], itemprops: [], h1s: [], relAuthors: [], itemtypes: [], buttons: [], codes: [], anchors: [], fields: [], images: [] };
  const stack: AnyNode[] = [...(doc.children ?? [])].reverse();
  while (stack.length) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    const el = node;
    switch (el.name) {
      case 'html':
        index.html ??= el;
        break;
      case 'title':
        index.titles.push(el);
        break;
      case 'meta':
        index.metas.push(el);
        break;
      case 'link':
        index.links.push(el);
        break;
      case 'script':
        if (/ld\+json/i.test(el.attribs.type ?? '')) index.jsonLd.push(el);
        continue; // script text is not markup
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
      default:
        if (SKIP.has(el.name)) continue;
    }
    if (el.attribs.itemprop !== undefined && el.name !== 'meta') index.itemprops.push(el);
    if (el.attribs.itemtype !== undefined) index.itemtypes.push(el);
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  cache.set(doc, index);
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
