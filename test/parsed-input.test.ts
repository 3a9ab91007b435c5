/**
 * extract() on a page the caller has parsed already: a domhandler Document (htmlparser2's
 * parseDocument) or a cheerio `$` (what Crawlee's CheerioCrawler hands its users). Read as it
 * is, without parsing again, it gives the article the page's HTML gives.
 */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { Document, Element, Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';

const PAGE = readFileSync('fixtures/cli/page.html', 'utf8');
const NOW = '2025-06-01';

describe('a page parsed already', () => {
  const fromHtml = extract(PAGE, { now: NOW });

  it('a cheerio $ gives the same article as the HTML (cheerio parses with parse5)', () => {
    const $ = cheerio.load(PAGE);
    const r = extract($, { now: NOW });
    expect(r.ok && fromHtml.ok).toBe(true);
    if (r.ok && fromHtml.ok) expect(r.article).toEqual(fromHtml.article);
  });

  it('a domhandler Document gives the same article, and is left as it was', () => {
    const doc = parseDocument(PAGE, { decodeEntities: true });
    const before = doc.children.length;
    const r = extract(doc, { now: NOW, inputType: 'text' }); // a parsed page is HTML whatever the type asked
    expect(r.ok && fromHtml.ok).toBe(true);
    if (r.ok && fromHtml.ok) expect(r.article).toEqual(fromHtml.article);
    expect(doc.children.length).toBe(before);
    expect(cheerio.load(PAGE).root()[0].type).toBe('root');
  });

  it('a page nested far deeper than any real one gives a result, not a stack overflow', () => {
    // Built node by node: parsers take quadratic time on such nesting (the reason pith's own
    // parse guards it), and the caller's parse is not what is tested here.
    let node: Element | Text = new Text('A sentence at the bottom of a very deep page.');
    for (let i = 0; i < 100_000; i++) {
      const parent: Element = new Element('div', {}, [node]);
      node.parent = parent;
      node = parent;
    }
    const doc = new Document([node]);
    node.parent = doc;
    const r = extract(doc, { now: NOW });
    expect(r.warnings).toContain('elements nested deeper than 256: read as plain text');
  });

  it('a function that is not a cheerio $ is a TypeError', () => {
    expect(() => extract((() => PAGE) as never)).toThrow(TypeError);
    expect(() => extract({ type: 'tag', children: [] } as never)).toThrow(/a domhandler Document or a cheerio \$/);
  });
});
