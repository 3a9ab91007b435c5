import { describe, expect, it } from 'vitest';
import { Parser, Tokenizer } from 'htmlparser2';
import { checkedTokenizer, quickTokenizer, QuickTokenizer } from '../src/parse/html/quick-tokenizer.js';
import { parsedShape } from './support/dom-shape.js';
import { randomPieces } from './support/random-pieces.js';

/** The page parsed with a tokenizer, written in chunks of `chunk` characters (the tokenizer's buffer then starts past 0). */
const parse = (html: string, tokenizer: typeof Tokenizer, chunk = html.length): string =>
  parsedShape(html, Parser, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: tokenizer }, chunk);

/**
 * Of 2,000 random pages made of `pieces` (a fixed seed), half written whole and half in chunks
 * of 1 to `maxChunk` characters, those the quick tokenizer reads otherwise than the stock one.
 */
function readOtherwise(pieces: readonly string[], seed: number, maxChunk: number): string[] {
  const source = randomPieces(pieces, seed);
  const differ: string[] = [];
  for (let n = 0; n < 2000; n++) {
    const page = source.text();
    const chunk = source.chance() < 0.5 ? page.length : 1 + Math.floor(source.chance() * maxChunk);
    if (parse(page, QuickTokenizer, chunk) !== parse(page, Tokenizer, chunk)) differ.push(page);
  }
  return differ;
}

const PAGES = [
  '<p>One &amp; two</p><script>if (a < b && c > d) { x = "</p>"; }</script><p>After</p>',
  '<style>a > b { color: red } /* < */</style><div>Text</div>',
  '<!-- a comment -- with -- dashes --><p>Kept</p><!---->',
  '<script>var s = "<\\/script>";</script ><p>Closed with a space</p>',
  '<SCRIPT type="text/javascript">x<y</SCRIPT><p>Upper case</p>',
  '<p>Open script at the end</p><script>never closed < or >',
  '<p>Open comment at the end</p><!-- never closed',
  '<!DOCTYPE html><?xml-stylesheet href="x"?><title>T &lt; U</title><p a="1" b=\'2\' c=3>x</p>',
  '<textarea>a < b</textarea><xmp><b>raw</b></xmp><p>z</p>',
  '<p>Fish &amp; chips &copy 2025 &#169; &#x3c;tag&gt; &unknown; a&b < c</p>',
  '<a href="/x?a=1&amp;b=2" title=\'It&#39;s "quoted"\' data-x=un&amp;quoted class="a  b">link</a>',
  '<div class="one two three">\n    <span>a</span>\n    <span>b</span>\n</div>   trailing text with no tag after it',
  '<p title="never closed>text',
  '<img alt=\'single & "double"\' src=x.png><p>after & before</p>',
  // The tag reader: every shape of attribute, and what it hands back to the tokenizer's own steps.
  '<div  class = "a b"  id=main hidden data-x=\'y\' >x</div >',
  '<input disabled><input checked/><br/><img src=a.png/><a href=/x/>y</a>',
  '<a =b "c" d\'e\'=f g="h"i=\'j\'>k</a>',
  '<a b=>c</a><a b= >d</a><a b=&amp;c>e</a><a b="x&y">f</a>',
  '<P CLASS=Q>Upper</P><DiV ID=z>mixed</dIv>',
  '<scripts>not raw</scripts><styles>x</styles><tit>t</tit><x-y a=b>z</x-y><xm>q</xm>',
  '<Script>a<b</Script><STYLE>c<d</STYLE><Title>T &amp; U</Title><TEXTAREA>e<f</TEXTAREA><Xmp>g<h</Xmp>',
  '</a b="c"><p>after an end tag with attributes</p></ p></3><//p>',
  '<a/b><a / ><a b / c>',
  '<div class="never closed',
  '<div class=never',
  '<div class',
  '<div class ',
  '<div class=',
  '<div ',
  '<div',
  '<p>text</di',
];

describe('QuickTokenizer', () => {
  it('gives the DOM the stock tokenizer gives, whole or written in chunks', () => {
    for (const page of PAGES) {
      const stock = parse(page, Tokenizer);
      expect(parse(page, QuickTokenizer), page).toBe(stock);
      for (const chunk of [1, 3, 7, 16]) expect(parse(page, QuickTokenizer, chunk), `${page} in chunks of ${chunk}`).toBe(stock);
    }
  });

  it('gives the stock DOM on 2,000 pages made of random markup pieces (a fixed seed)', () => {
    const pieces = ['<', '>', '&', '&amp;', '&lt', '&#x41;', '&#65', '"', "'", '=', ' ', '\n', '/', '!', '-', '--', '<!--', '-->', '<![CDATA[', ']]>', '<p>', '</p>', '<div class="a b">', '<a href="x&amp;y">', "<img alt='q&quot;'>", '<script>', '</script>', '<style>', '</style>', '<title>', '</title>', 'text', 'é', '😀', '<br/>', '<input value=a&b>', '<!DOCTYPE html>', '</', '<b', '</b >'];
    expect(readOtherwise(pieces, 12345, 7)).toEqual([]);
  });

  it('gives the stock DOM on 2,000 pages of random tags and attributes, whole or in chunks (a fixed seed)', () => {
    const pieces = ['<', '</', '>', '/>', '/', ' ', '  ', '\n', '\t', '=', '"', "'", '&', '&amp;', 'a', 'div', 'DIV', 'p', 'script', 'Style', 'title', 'x', 'class', 'href', 'data-x', 'v1', 'é', '-', '<a', '<div', '</div', '<img', '<br', ' b', ' c=d', ' e="f g"', " h='i'", ' j=k&l', ' m= "n"', 'text'];
    expect(readOtherwise(pieces, 777, 9)).toEqual([]);
  });

  it('is used only when it reads a sample page as the stock tokenizer does', () => {
    expect(quickTokenizer()).toBe(QuickTokenizer);
    expect(checkedTokenizer(QuickTokenizer)).toBe(QuickTokenizer);
    // An htmlparser2 whose steps no longer do what the skips expect: its own tokenizer is used.
    class EntitiesLost extends QuickTokenizer {}
    Object.defineProperty(EntitiesLost.prototype, 'handleInAttributeValue', { value: function () {} });
    expect(checkedTokenizer(EntitiesLost)).toBe(Tokenizer);
    class Renamed extends QuickTokenizer {}
    Object.defineProperty(Renamed.prototype, 'fastForwardTo', {
      value: function () {
        throw new TypeError('Cannot read properties of undefined');
      },
    });
    expect(checkedTokenizer(Renamed)).toBe(Tokenizer);
  });

  it('keeps the text a script holds', () => {
    expect(parse('<script>a<b</script>', QuickTokenizer)).toBe('script[][text("a<b")]');
  });
});
