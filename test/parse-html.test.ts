/** The HTML front door: the region tree, and stray CDATA openers. */
import { describe, expect, it } from 'vitest';
import { neutraliseCdata, parseHtml, parsePage } from '../src/parse/html/dom.js';
import { htmlToBlocks } from '../src/parse/html/html-blocks.js';
import { indexPage, type PageIndex } from '../src/parse/html/page-index.js';
import { hintWords } from '../src/parse/html/element.js';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

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

describe('hint chains', () => {
  it('shares one chain between sibling blocks whose enclosing elements say the same, so readers that remember per chain work once', () => {
    const { blocks } = htmlToBlocks(parseHtml('<body><div class="story"><p>One.</p><p>Two.</p><p class="lead">Three.</p></div><div class="aside"><p>Four.</p></div></body>'));
    expect(blocks.map((b) => b.hints)).toEqual([
      ['p', 'div.story', 'body'],
      ['p', 'div.story', 'body'],
      ['p.lead', 'div.story', 'body'],
      ['p', 'div.aside', 'body'],
    ]);
    expect(blocks[1].hints).toBe(blocks[0].hints);
    expect(blocks[2].hints).not.toBe(blocks[1].hints);
    expect(blocks[3].hints).not.toBe(blocks[0].hints);
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

describe('the page index, filed by the parser', () => {
  /** Each list of the index as `name[attr=value]` strings, in order. */
  const shape = (index: PageIndex) =>
    Object.fromEntries(
      Object.entries(index).map(([key, value]) => {
        const show = (el: Element) => `${el.name}${Object.entries(el.attribs).map(([k, v]) => `[${k}=${v}]`).join('')}`;
        return [key, value === null ? null : Array.isArray(value) ? value.map(show) : show(value)];
      }),
    );
  const PAGE = [
    '<html lang="en"><head><title>Kelvik library</title><meta name="description" content="Books afloat">',
    '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script>var a = "<title>no</title>";</script>',
    '<style>p { color: red }</style><link rel="canonical" href="/a"></head><body>',
    '<svg><title>icon</title><a href="/in-svg">x</a></svg><svg><g><circle r="1"></svg>',
    '<template><meta name="inside" content="template"><a href="/t">t</a></template>',
    '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Barge</span>',
    '<div itemprop="offers" itemtype="https://schema.org/Offer"><time datetime="2024-06-03">June 3</time></div></div>',
    '<h1>Floating library</h1><p>By <a rel="author" href="/m">Maria</a><img src="a.png"><input type="submit"><input name="q">',
    '<select><option>1</option></select><textarea></textarea><button>Go</button><code>x</code><p>unclosed <a href="/b">b',
    '<math><mi>x</mi><title>m</title></math></body></html>',
  ].join('');

  it('files what a walk of the finished DOM files, in the same order', () => {
    const filed = indexPage(parseHtml(PAGE));
    const walked = indexPage(parseDocument(PAGE, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }));
    expect(shape(filed)).toEqual(shape(walked));
    expect(filed.titles.map((t) => t.name)).toEqual(['title']);
    expect(filed.jsonLd).toHaveLength(1);
    expect(filed.itemtypes).toHaveLength(2);
    expect(filed.anchors.map((a) => a.attribs.href)).toEqual(['/m', '/b']);
  });
});

describe("React's streamed segments", () => {
  const texts = (html: string) => htmlToBlocks(parseHtml(html)).blocks.map((b) => b.text);

  it('reads a segment where its placeholder stands, without the fallback', () => {
    expect(
      texts('<body><p>One.</p><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--><p>Three.</p><div hidden id="S:0"><p>Two.</p></div></body>'),
    ).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('pairs segments with placeholders by number, whatever their order', () => {
    expect(
      texts('<body><template id="B:1"></template><!--/$--><template id="B:0"></template><!--/$--><div hidden id="S:0"><p>Zero</p></div><div hidden id="S:1"><p>One</p></div></body>'),
    ).toEqual(['One', 'Zero']);
  });

  it('keeps what follows a placeholder whose boundary never closes, and a segment without a placeholder where it is', () => {
    expect(texts('<body><template id="B:0"></template><p>After.</p><div hidden id="S:0"><p>Streamed.</p></div><div hidden id="S:5"><p>Alone.</p></div></body>')).toEqual([
      'Streamed.',
      'After.',
      'Alone.',
    ]);
  });
});

describe("React's nested streamed segments", () => {
  it('fills a placeholder that arrives inside another segment', () => {
    const texts = htmlToBlocks(
      parseHtml('<body><p>A</p><template id="B:0"></template><!--/$--><p>D</p><div hidden id="S:0"><p>B</p><template id="B:1"></template><p>Wait</p><!--/$--></div><div hidden id="S:1"><p>C</p></div></body>'),
    ).blocks.map((b) => b.text);
    expect(texts).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('the words of an element hint', () => {
  it("reads no words into a utility class's arbitrary variants or values", () => {
    expect(hintWords('div.mb-6.[&_figcaption]:mt-0.[&_img.alignleft]:float-left.w-[200px]')).toEqual(['div', 'mb', '6', 'w']);
  });

  it('reads a column that styles the paragraphs, headings or lists it holds as prose', () => {
    expect(hintWords('div.[&>p]:my-6.[&_h3]:mb-2.max-w-none')).toEqual(['div', 'prose', 'max', 'w', 'none']);
  });

  it("keeps a breakpoint's variant, which says where the element shows", () => {
    expect(hintWords('div.menu-toggle.lg:hidden')).toContain('hidden');
  });

  it('keeps role and itemprop tokens', () => {
    expect(hintWords('div[role=navigation][itemprop=articleBody]')).toEqual(['div', 'navigation', 'article', 'body']);
  });
});

describe('parsing without the nesting guard first', () => {
  /** Elements of the document, and the depth of the deepest. */
  function measure(doc: ReturnType<typeof parseHtml>): { elements: number; depth: number } {
    let elements = 0;
    let depth = 0;
    const stack: [Element | ReturnType<typeof parseHtml>, number][] = [[doc, 0]];
    while (stack.length > 0) {
      const [node, d] = stack.pop()!;
      depth = Math.max(depth, d);
      for (const child of node.children) {
        if (child.type !== 'tag') continue;
        elements++;
        stack.push([child as Element, d + 1]);
      }
    }
    return { elements, depth };
  }

  it('keeps a page nested a thousand deep whole: within the bounds nothing is cut', () => {
    const page = `${'<div>'.repeat(1000)}deep${'</div>'.repeat(1000)}`;
    const { doc, nestingCut, truncated } = parsePage(page);
    expect({ nestingCut, truncated }).toEqual({ nestingCut: 0, truncated: false });
    expect(measure(doc).depth).toBe(1000);
  });

  it('gives a page deeper than the bounds to the guard, which cuts the tags past its depth', () => {
    const page = `${'<div>'.repeat(1100)}deep${'</div>'.repeat(1100)}<p>after</p>`;
    const { doc, nestingCut } = parsePage(page);
    // The 76 start tags past the depth, and their end tags.
    expect(nestingCut).toBe(2 * (1100 - 1024));
    expect(measure(doc).depth).toBe(1024);
    expect(doc.children.some((n) => n.type === 'tag' && (n as Element).name === 'p')).toBe(true);
  });

  it('parses a page of more elements than the quick bound again behind the guard, to the same DOM', () => {
    const page = '<b>x</b> '.repeat(150_000);
    const { doc, nestingCut, truncated } = parsePage(page);
    expect({ nestingCut, truncated }).toEqual({ nestingCut: 0, truncated: false });
    expect(measure(doc).elements).toBe(150_000);
    expect(measure(doc).elements).toBe(measure(parseDocument(page)).elements);
  });
});
