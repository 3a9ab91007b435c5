import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser, Tokenizer, type ParserOptions } from 'htmlparser2';
import { DomHandler, type AnyNode, type Document, type Element, type ParentNode } from 'domhandler';
import { TreeBuilder, type BuildBounds } from '../src/parse/html/tree-builder.js';
import { attributeNames, NameTable, tagNames } from '../src/parse/html/known-names.js';
import { QuickTokenizer } from '../src/parse/html/quick-tokenizer.js';
import { indexPage, type PageIndex } from '../src/parse/html/page-index.js';
import { parseHtml } from '../src/parse/html/dom.js';
import { domShape } from './support/dom-shape.js';
import { randomPieces } from './support/random-pieces.js';
import { corpora } from './support/corpus.js';

/** htmlparser2's own Parser and DomHandler, as pith parses: HTML mode, entities decoded, names lower-cased. */
const STOCK: ParserOptions = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

function stockDom(html: string): Document {
  const handler = new DomHandler();
  new Parser(handler, STOCK).end(html);
  return handler.root;
}

/** The builder, fed by a tokenizer (pith's quick one unless asked). */
function build(html: string, tokenizer: typeof Tokenizer = QuickTokenizer, bounds: BuildBounds | null = null): TreeBuilder {
  const builder = new TreeBuilder(html, bounds);
  const reader = new tokenizer({ decodeEntities: true }, builder);
  reader.write(html);
  reader.end();
  return builder;
}

const stock = (html: string): string => domShape(stockDom(html).children);
const built = (html: string, tokenizer?: typeof Tokenizer): string => domShape(build(html, tokenizer).root.children);

/** The page index's lists, each element as its name and attributes. */
function indexShape(index: PageIndex): string {
  const shape = (el: Element | null) => (el ? `${el.name}${JSON.stringify(el.attribs)}` : '-');
  return Object.entries(index)
    .map(([list, value]) => `${list}: ${Array.isArray(value) ? value.map(shape).join(' ') : shape(value as Element | null)}`)
    .join('\n');
}

/** Whether two DOMs hold the same nodes (types, names, attributes in their order, data), walked side by side. */
function sameDom(a: Document, b: Document): boolean {
  const stack: [AnyNode, AnyNode][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop()!;
    if (x.type !== y.type) return false;
    if ('data' in x || 'data' in y) {
      if ((x as { data?: string }).data !== (y as { data?: string }).data) return false;
      continue;
    }
    if ('name' in x && (x.name !== (y as Element).name || JSON.stringify(Object.entries(x.attribs)) !== JSON.stringify(Object.entries((y as Element).attribs)))) return false;
    const xs = (x as ParentNode).children;
    const ys = (y as ParentNode).children;
    if (xs.length !== ys.length) return false;
    for (let k = 0; k < xs.length; k++) {
      // The links a walk follows, as well as the lists.
      if (xs[k].parent !== x || ys[k].parent !== y || (k > 0 && (xs[k].prev !== xs[k - 1] || xs[k - 1].next !== xs[k]))) return false;
      stack.push([xs[k], ys[k]]);
    }
  }
  return true;
}

/** Pages whose DOM differs between the builder and htmlparser2, and those whose index differs from a walk of htmlparser2's DOM. */
function mismatches(pages: Iterable<string>): string[] {
  const out: string[] = [];
  for (const page of pages) {
    const builder = build(page);
    const dom = stockDom(page);
    if (!sameDom(builder.root, dom)) out.push(`DOM: ${page.slice(0, 200)}`);
    else if (indexShape(indexPage(builder.root)) !== indexShape(indexPage(dom))) out.push(`index: ${page.slice(0, 200)}`);
  }
  return out;
}

const PAGES = [
  '<!DOCTYPE html><HTML><Body CLASS="a" Data-X=1 data-src=y><P ID=p>one<DIV>two</Div><p>three</P></p></BODY></HTML>',
  '<svg viewBox="0 0 1 1"><clipPath id=c><Path d="M0"/></clipPath><foreignObject><p>in</p></foreignObject></svg><p>after</p>',
  '<br></br><BR/><p>Stray close </p></p><custom-el Foo=bar class=x CLASS=y>custom</custom-el>',
  '<ul><li>a<li>b</UL><img SRC=z alt=""><table><tr><td>c<TD>d</table><dl><dt>t<dd>d</dl>',
  '<a href=x HREF=y Href=z>first of three hrefs</a><div class="" id></div><input disabled>',
  '<script type="text/javascript">if (a<b) x = "</div>";</script><SCRIPT>y</SCRIPT><style>p{}</style>',
  '<select><option value=1>One<option value=2>Two</select><textarea>a <b> c</textarea>',
  '<p>Ünïcödé <dív clåss=x>names</dív> and <a data-émoji="😀">x</a></p>',
  '<p xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#i" XLINK:HREF="#j"/></p>',
  '<div aria-hidden="true" ARIA-LABEL="Menu" role=navigation data-testid=nav>nav</div>',
  '<a-very-long-custom-element-name-indeed some-very-long-attribute-name-too=1>x</a-very-long-custom-element-name-indeed>',
  '<p title="never closed>text',
  '<DIV',
  '<p>unclosed <b>bold <i>both</p> after',
];

describe('TreeBuilder', () => {
  it('builds the DOM htmlparser2 builds, read by its own tokenizer or by pith\'s quick one', () => {
    for (const page of PAGES) {
      expect(built(page), page).toBe(stock(page));
      expect(built(page, Tokenizer), page).toBe(stock(page));
    }
  });

  it('follows HTML\'s rules for tags left open, closed twice or self-closed', () => {
    // An end tag closes what is open inside its element; a <li> closes an open <li>; </p> alone is an empty paragraph; </br> is a <br>.
    expect(built('<ul><li>a<li>b</ul>')).toBe('ul[][li[][text("a")],li[][text("b")]]');
    expect(built('<div><p>x</div>y')).toBe('div[][p[][text("x")]],text("y")');
    expect(built('a</p>b</br>c')).toBe('text("a"),p[][],text("b"),br[][],text("c")');
    // A self-closing slash closes inside SVG only.
    expect(built('<svg><path/>x</svg><div/>y')).toBe('svg[][path[][],text("x")],div[][text("y")]');
  });

  it('builds the DOM htmlparser2 builds on 2,000 pages made of random markup pieces (a fixed seed), and files the same index', () => {
    const pieces = ['<', '>', '</', '/>', '=', '"', "'", ' ', '\n', '&amp;', '&#x41;', '<p>', '</p>', '<P>', '</P>', '<div class="a">', '<DIV CLASS=b>', '</div>', '</DIV>', '<a href="x" HREF=y rel=author>', '</a>', '<br>', '</br>', '<svg viewBox="0 0 1 1">', '<clipPath>', '<path/>', '</svg>', '<math>', '<mi>', '</math>', '<li>', '<td>', '<tr>', '<table>', '</table>', '<script>', '</script>', '<script type="application/ld+json">', '<x-y z=1>', 'text', 'É', '<img src=x>', '<meta name=author content=x>', '<title>', '</title>', '<template id="B:0">', '</template>', '<select><option>', '<!-- c -->', '<![CDATA[ d ]]>', '<!DOCTYPE html>', '<?xml v?>', 'div', 'class', 'data-src='];
    const source = randomPieces(pieces, 424242);
    const pages = Array.from({ length: 2000 }, () => source.text());
    expect(mismatches(pages)).toEqual([]);
  });

  // Every dev page up to 300 KB (wcxb-dev holds 400 MB of HTML; its larger pages are few and take most of the time).
  for (const dir of ['scrapinghub/html', 'wcxb-dev/html', 'cleaneval/html']) {
    it.skipIf(!existsSync(join(corpora, dir)))(`builds the DOM htmlparser2 builds, and files the same index, on the pages of ${dir}`, () => {
      const folder = join(corpora, dir);
      const differ: string[] = [];
      let compared = 0;
      // A page at a time: the folder holds hundreds of megabytes.
      for (const file of readdirSync(folder)) {
        const bytes = readFileSync(join(folder, file));
        const page = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
        if (page.length > 300_000) continue;
        differ.push(...mismatches([page]).map((m) => `${file} ${m.slice(0, 80)}`));
        compared++;
      }
      expect(compared).toBeGreaterThan(100);
      expect(differ).toEqual([]);
    }, 120_000);
  }

  it('notes a CDATA section, as a section or as a comment that opens like one, and nothing else', () => {
    expect(build('<p>a<![CDATA[ x ]]>b</p>').sawCdata).toBe(true);
    expect(build('<p>a<!--[CDATA[ x ]]-->b</p>').sawCdata).toBe(true);
    expect(build('<p>a<!-- x -->b</p><script>"<![CDATA["</script>').sawCdata).toBe(false);
  });

  it('throws its bounds\' signal past their depth or their number of elements', () => {
    const signal = new Error('past the bounds');
    expect(() => build('<div>'.repeat(11), QuickTokenizer, { depth: 10, elements: 100, signal })).toThrow(signal);
    expect(() => build('<br>'.repeat(101), QuickTokenizer, { depth: 10, elements: 100, signal })).toThrow(signal);
    expect(() => build('<div>'.repeat(9) + '<br>'.repeat(91), QuickTokenizer, { depth: 10, elements: 100, signal })).not.toThrow();
  });

  it('is what parseHtml builds', () => {
    const page = '<html><head><title>T</title><meta name=author content="A B"></head><body><h1>Head</h1><p>Text &amp; more</p></body></html>';
    expect(domShape(parseHtml(page).children)).toBe(stock(page));
    expect(indexPage(parseHtml(page)).metas.map((m) => m.attribs.content)).toEqual(['A B']);
  });
});

describe('NameTable', () => {
  const table = new NameTable(['div', 'data-src', 'xlink:href', 'h1']);

  it('finds a name in a span of the text, exactly or in any case when folding', () => {
    expect(table.find('<div>', 1, 4, false)).toBe('div');
    expect(table.find('<DIV>', 1, 4, true)).toBe('div');
    expect(table.find('<DIV>', 1, 4, false)).toBeUndefined();
    expect(table.find('Data-Src', 0, 8, true)).toBe('data-src');
    expect(table.find('XLINK:HREF', 0, 10, true)).toBe('xlink:href');
    expect(table.find('H1', 0, 2, true)).toBe('h1');
  });

  it('finds nothing for other spans: unknown, longer or shorter, empty, or beyond ASCII', () => {
    expect(table.find('span', 0, 4, true)).toBeUndefined();
    expect(table.find('divx', 0, 4, true)).toBeUndefined();
    expect(table.find('div', 0, 2, true)).toBeUndefined();
    expect(table.find('div', 1, 1, true)).toBeUndefined();
    expect(table.find('dív', 0, 3, true)).toBeUndefined();
    // The Kelvin sign lower-cases to "k" in Unicode: never a name here, as it is no ASCII letter.
    expect(new NameTable(['kbd']).find('\u212Abd', 0, 3, true)).toBeUndefined();
  });

  it('takes lower-case ASCII names only, each once', () => {
    expect(() => new NameTable(['Div'])).toThrow(/lower-case ASCII/);
    expect(() => new NameTable(['d iv'])).toThrow(/lower-case ASCII/);
    expect(() => new NameTable(['div', 'div'])).toThrow(/twice/);
  });

  it('holds the common names of HTML pages', () => {
    for (const tag of ['div', 'a', 'span', 'p', 'li', 'img', 'script', 'svg', 'path', 'clippath', 'h6']) expect(tagNames().find(tag, 0, tag.length, false)).toBe(tag);
    for (const name of ['class', 'href', 'id', 'style', 'aria-hidden', 'itemprop', 'xlink:href', 'viewbox']) expect(attributeNames().find(name, 0, name.length, false)).toBe(name);
  });
});
