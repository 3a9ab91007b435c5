/** An element's hint and visibility, read from its attributes in one pass (parse/html/element.ts). */
import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { parseHtml } from '../src/parse/html/dom.js';
import { htmlToBlocks } from '../src/parse/html/html-blocks.js';
import { attributeRecord, elementHint, hiddenBy, hintFrom, isHidden, readAttributes } from '../src/parse/html/element.js';

/** The body's element children of a page. */
function elements(html: string): Element[] {
  const doc = parseHtml(`<html><body>${html}</body></html>`);
  const body = (doc.children[0] as Element).children.find((c) => (c as Element).name === 'body') as Element;
  return body.children.filter((c): c is Element => c.type === 'tag');
}

describe('element attributes read in one pass', () => {
  it('builds the hint from class, id, role and itemprop, in any order and case of the markup', () => {
    const [a, b, c] = elements('<div ITEMPROP="articleBody" role=main ID=" story " Class=" body  text ">x</div><section>y</section><p class="">z</p>');
    expect(elementHint(a)).toBe('div.body.text#story[role=main][itemprop=articleBody]');
    expect(elementHint(b)).toBe('section');
    expect(elementHint(c)).toBe('p');
  });

  it('tells what the page hides: the hidden attribute, aria-hidden, a hiding class or style', () => {
    const page = [
      '<div hidden>a</div>',
      '<div aria-hidden="true">b</div>',
      '<div class="menu d-none">c</div>',
      '<div style="color: red; display: none">d</div>',
      '<div aria-hidden="false" class="hidden lg:block">e</div>',
      '<div style="display: block" data-hidden="1">f</div>',
    ].join('');
    expect(elements(page).map(isHidden)).toEqual([true, true, true, true, false, false]);
  });

  it('leaves nothing of one element in the record read for the next', () => {
    const [full, bare] = elements('<div class="a hidden" id="x" role="note" itemprop="p" style="display:none" aria-hidden="true" hidden>1</div><span>2</span>');
    const into = attributeRecord();
    readAttributes(full, into);
    expect(hiddenBy(into, full)).toBe(true);
    expect(hintFrom('div', into)).toBe('div.a.hidden#x[role=note][itemprop=p]');
    expect(readAttributes(bare, into)).toEqual(attributeRecord());
    expect(hiddenBy(into, bare)).toBe(false);
    expect(hintFrom('span', into)).toBe('span');
  });

  it('gives the walk the same hints and hidden parts as asking each element by name', () => {
    const html =
      '<main class="content" id="main"><article itemprop="articleBody"><h1 class="title">Headline</h1><p>Body text.</p>' +
      '<div class="share d-none">Share</div><aside role="complementary" class="related"><ul><li class="item">Other story</li></ul></aside></article></main>';
    const { blocks } = htmlToBlocks(parseHtml(html));
    expect(blocks.map((b) => [b.text, b.hints.join(' < ')])).toEqual([
      ['Headline', 'h1.title < article[itemprop=articleBody] < main.content#main'],
      ['Body text.', 'p < article[itemprop=articleBody] < main.content#main'],
      ['Other story', 'li.item < ul < aside.related[role=complementary] < article[itemprop=articleBody] < main.content#main'],
    ]);
  });
});
