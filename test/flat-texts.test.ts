import { describe, expect, it } from 'vitest';
import { flatTexts } from '../src/parse/flat-texts.js';
import { textToBlocks } from '../src/parse/text/text-blocks.js';
import { htmlToBlocks } from '../src/parse/html/html-blocks.js';
import { parsePage } from '../src/parse/html/dom.js';

// Flattening changes how V8 stores a text, never what it says: every text must come back
// equal, code unit for code unit, whatever it holds and wherever it sits among the others.
describe('flatTexts', () => {
  it('gives back Latin-1 texts equal to what they were, the C1 controls and ÿ too (Latin-1, not windows-1252)', () => {
    const texts = ['plain ASCII line', 'café crème brûlée', '\u0080\u0085\u0091\u0092\u0093\u009f', 'ÿ\u00a0§', ''];
    expect(flatTexts(texts)).toEqual(texts);
  });

  it('keeps the texts that hold a character beyond Latin-1 as they are, among Latin-1 neighbours', () => {
    const texts = ['It’s a quote', 'plain after it', '東京の天気', 'emoji 😀 pair', 'Ł', 'after them all', 'ÿ'];
    expect(flatTexts(texts)).toEqual(texts);
  });

  it('finds a wide character at a text’s first or last position, and texts with line breaks keep them', () => {
    const texts = ['—leading dash', 'trailing dash—', 'code\n  indented\nlines', '€', 'x'];
    expect(flatTexts(texts)).toEqual(texts);
  });

  it('keeps a lone surrogate as it is (a broken page’s text), and a pair beside it', () => {
    const texts = ['half \ud83d here', '\ude00 other half', '😀 whole', 'ok'];
    expect(flatTexts(texts)).toEqual(texts);
  });

  it('answers an empty list with an empty list', () => {
    expect(flatTexts([])).toEqual([]);
  });

  it('leaves the text front door’s blocks saying what the page says, on a page made two-byte by one quote', () => {
    const page = 'Headline of the story\n\nIt’s the first paragraph, with a curly quote.\n\nA second paragraph in plain ASCII, long enough to be sliced.\n';
    expect(textToBlocks(page).blocks.map((b) => b.text)).toEqual([
      'Headline of the story',
      'It’s the first paragraph, with a curly quote.',
      'A second paragraph in plain ASCII, long enough to be sliced.',
    ]);
  });

  it('leaves the HTML front door’s blocks saying what the page says', () => {
    const html = '<html><body><h1>Title – with a dash</h1><p>Plain paragraph of text here.</p><pre>a\n  b</pre></body></html>';
    const { doc } = parsePage(html);
    expect(htmlToBlocks(doc).blocks.map((b) => b.text)).toEqual(['Title – with a dash', 'Plain paragraph of text here.', 'a\n  b']);
  });
});
