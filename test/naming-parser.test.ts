import { describe, expect, it } from 'vitest';
import { Parser, type ParserOptions } from 'htmlparser2';
import { NamingParser } from '../src/parse/html/naming-parser.js';
import { attributeNames, NameTable, tagNames } from '../src/parse/html/known-names.js';
import { QuickTokenizer } from '../src/parse/html/quick-tokenizer.js';
import { parsedShape } from './support/dom-shape.js';

const HTML_OPTIONS: ParserOptions = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: QuickTokenizer };

/** The page parsed by a parser class, written in chunks of `chunk` characters. */
const parse = (html: string, parser: typeof Parser, options: ParserOptions = HTML_OPTIONS, chunk = html.length): string => parsedShape(html, parser, options, chunk);

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

describe('NamingParser', () => {
  it('gives the DOM the stock parser gives, whole or written in chunks', () => {
    for (const page of PAGES) {
      const stock = parse(page, Parser);
      expect(parse(page, NamingParser), page).toBe(stock);
      for (const chunk of [1, 3, 7, 16]) expect(parse(page, NamingParser, HTML_OPTIONS, chunk), `${page} in chunks of ${chunk}`).toBe(parse(page, Parser, HTML_OPTIONS, chunk));
    }
  });

  it('keeps the case of names in a parser that keeps it (XML mode, or lower-casing turned off)', () => {
    const page = '<DIV CLASS="x"><Path D="M0"/><div class=y>z</div></DIV>';
    for (const options of [{ xmlMode: true }, { lowerCaseTags: false, lowerCaseAttributeNames: false }, { lowerCaseTags: true, lowerCaseAttributeNames: false }, {}]) {
      expect(parse(page, NamingParser, options), JSON.stringify(options)).toBe(parse(page, Parser, options));
    }
    expect(parse('<DIV CLASS="x">t</DIV>', NamingParser, { xmlMode: true })).toBe('DIV[["CLASS","x"]][text("t")]');
    expect(parse('<DIV CLASS="x">t</DIV>', NamingParser)).toBe('div[["class","x"]][text("t")]');
  });

  it('gives the stock DOM on 2,000 pages made of random markup pieces (a fixed seed)', () => {
    const pieces = ['<', '>', '</', '/>', '=', '"', "'", ' ', '\n', '&amp;', '<p>', '</p>', '<P>', '</P>', '<div class="a">', '<DIV CLASS=b>', '</div>', '</DIV>', '<a href="x" HREF=y>', '</a>', '<br>', '</br>', '<svg viewBox="0 0 1 1">', '<clipPath>', '</svg>', '<li>', '<td>', '<table>', '<script>', '</script>', '<x-y z=1>', 'text', 'É', '<img src=x>', 'div', 'class', 'data-src=', '<!-- c -->'];
    let seed = 424242;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const differ: string[] = [];
    for (let n = 0; n < 2000; n++) {
      let page = '';
      for (let k = 1 + Math.floor(random() * 30); k > 0; k--) page += pieces[Math.floor(random() * pieces.length)];
      const chunk = random() < 0.7 ? page.length : 1 + Math.floor(random() * 7);
      if (parse(page, NamingParser, HTML_OPTIONS, chunk) !== parse(page, Parser, HTML_OPTIONS, chunk)) differ.push(page);
    }
    expect(differ).toEqual([]);
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
