/** The HTML front door: the region tree, and stray CDATA openers. */
import { describe, expect, it } from 'vitest';
import { neutraliseCdata, parseHtml } from '../src/parse/html/dom.js';
import { htmlToBlocks } from '../src/parse/html/html-blocks.js';

describe('regions', () => {
  it('gives each block-level element with text its block range and its parent', () => {
    const { blocks, regions } = htmlToBlocks(
      parseHtml('<body><header><p>Kelvik Gazette</p></header><main><h1>Title</h1><ul><li>one</li><li>two</li></ul><div></div><p>End.</p></main></body>'),
    );
    expect(blocks.map((b) => b.text)).toEqual(['Kelvik Gazette', 'Title', 'one', 'two', 'End.']);
    const byHint = (hint: string) => regions.find((r) => r.hint === hint)!;
    expect(byHint('body')).toMatchObject({ start: 0, end: 4, parent: -1 });
    expect(byHint('main')).toMatchObject({ start: 1, end: 4, parent: byHint('body').id });
    expect(byHint('ul')).toMatchObject({ start: 2, end: 3, parent: byHint('main').id });
    expect(regions.filter((r) => r.hint === 'li').map((r) => [r.start, r.end, r.parent])).toEqual([
      [2, 2, byHint('ul').id],
      [3, 3, byHint('ul').id],
    ]);
    // An element without text is no region.
    expect(regions.some((r) => r.hint === 'div')).toBe(false);
    // Parents come before their children.
    for (const r of regions) expect(r.parent).toBeLessThan(r.id);
  });
});

describe('stray CDATA', () => {
  it('becomes an empty comment in the page, and stays as written inside scripts', () => {
    expect(neutraliseCdata('<body><![CDATA[ <div>x</div><script>//<![CDATA[\nvar a;//]]></script><![CDATA[y')).toBe(
      '<body><!----> <div>x</div><script>//<![CDATA[\nvar a;//]]></script><!---->y',
    );
  });

  it('leaves an unclosed script and pages without CDATA alone', () => {
    expect(neutraliseCdata('<script>//<![CDATA[ never closed')).toBe('<script>//<![CDATA[ never closed');
    const page = '<p>plain</p>';
    expect(neutraliseCdata(page)).toBe(page);
  });
});
