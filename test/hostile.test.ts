/**
 * Hostile inputs (test/hostile/generate.mjs): pages built so that an extractor's cost grows
 * faster than their size. Each must give one result, quickly, without a stack overflow. The
 * sizes are those at which the old code hung or crashed; the timeouts are generous, to catch
 * a hang, never to time anything (`npm run bench:hostile` prints the figures).
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { extract, InputError } from '../src/index.js';
import { guardNesting } from '../src/parse/html/nesting.js';
import { textToBlocks } from '../src/parse/text/text-blocks.js';
import { MAX_BLOCK_CHARS, MAX_BLOCKS, MAX_PARSE_DEPTH, MAX_PARSE_ELEMENTS, splitLong } from '../src/parse/limits.js';
import { isCaption } from '../src/rules/prune/drop-captions.js';
import { HOSTILE, makeHostile } from './hostile/generate.mjs';

const HANG = 30_000;
const PROSE = 'The committee met on Tuesday and said that the plan would go ahead as agreed, whatever the cost.';

function run(name: string, bytes: number) {
  const { input, inputType } = makeHostile(name, bytes);
  return extract(input, { inputType, now: '2026-01-01' });
}

describe('hostile pages', () => {
  it('4,000 nested <div>s: the article, not a stack overflow, and a warning', () => {
    const r = run('nested-div', 60_000);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.body).toContain('The committee met on Tuesday');
    expect(r.warnings?.join(' ')).toMatch(/nested deeper than/);
  }, HANG);

  it('200,000 nested <div>s (3 MB): the parser never holds them all', () => {
    const r = run('nested-div', 3_000_000);
    expect(r.ok).toBe(true);
    expect(r.warnings?.join(' ')).toMatch(/nested deeper than 1024/);
  }, HANG);

  it('unclosed <div><span> pairs (1.6 MB)', () => {
    const r = run('unclosed-div-span', 1_600_000);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.body).toContain('whatever the cost');
  }, HANG);

  it("a caption line 'Photo: Jane Doe/' and 5,000 letters does not backtrack", () => {
    const r = run('caption-backtrack', 5_000);
    expect(r.ok).toBe(true);
  }, HANG);

  it("one <p> of 200,000 'word<br>' joins its lines once, not line by line", () => {
    const r = run('br-paragraph', 1_600_000);
    expect(r.ok).toBe(true);
    // Joined, then split at MAX_BLOCK_CHARS into pieces (identical here, so later ones are repeats).
    if (r.ok) expect(r.article.wordCount).toBeGreaterThanOrEqual(MAX_BLOCK_CHARS / 'word '.length);
  }, HANG);

  it('a 40 MB line under a raised maxBytes: cut before any regex sees it (the table-row regex overflowed)', () => {
    const { input } = makeHostile('long-line', 40_000_000);
    const r = extract(input, { inputType: 'text', now: '2026-01-01', maxBytes: 100 * 1024 * 1024 });
    expect(r.ok).toBe(true);
  }, HANG);

  it('a 16 MB token: split into blocks no regex overflows on', () => {
    const r = run('long-token-text', 16_000_000);
    expect(typeof r.ok).toBe('boolean');
  }, HANG);

  it('a 4 MB paragraph wrapped at 72 columns joins its lines once, not line by line (it took minutes)', () => {
    const r = run('wrapped-paragraph', 4_000_000);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.body).toContain('whatever the cost');
  }, HANG);

  it('a 4 MB menu column beside a wrapped paragraph: split and rejoined in time that grows with the size', () => {
    const r = run('layout-columns', 4_000_000);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.body).not.toContain('Menu 7');
  }, HANG);

  it('4 MB of React streamed segments: moved into place a bounded number of times, then read up to the caps', () => {
    const r = run('react-stream', 4_000_000);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.body).toContain('Part 0.');
  }, HANG);

  it('disclosure buttons nested a thousand deep around 4 MB of text: a caption is read no further than a caption goes', () => {
    // The outer button's "caption" runs past any caption's length, so it is a control, skipped
    // whole as every button is: the page has no text, found without reading it all.
    const r = run('nested-disclosure', 4_000_000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('empty');
  }, HANG);

  it('320,000 one-word lines: read up to the block cap, with a warning', () => {
    const r = run('many-lines', 1_600_000);
    expect(r.warnings?.join(' ')).toMatch(/longer than any real page/);
  }, HANG);

  it('400,000 unclosed <p>: read up to the caps, with a warning', () => {
    const r = run('unclosed-p', 1_600_000);
    expect(r.warnings?.join(' ')).toMatch(/longer than any real page/);
  }, HANG);

  it('every class gives a result or an InputError at a small size', () => {
    for (const name of Object.keys(HOSTILE)) {
      const { input, inputType } = makeHostile(name, 20_000);
      try {
        const r = extract(input, { inputType, now: '2026-01-01' });
        expect(typeof r.ok).toBe('boolean');
      } catch (err) {
        expect(err, name).toBeInstanceOf(InputError);
      }
    }
  }, HANG);
});

describe('one size limit (maxBytes)', () => {
  it('a gzip bomb stops inflating at the limit: too-large, not 300 MB of memory', () => {
    const { input } = makeHostile('gzip-bomb', 300_000_000);
    expect(input.length).toBeLessThan(1_000_000);
    expect(() => extract(input)).toThrow(/decompressed page exceeds the limit of 33554432 bytes/);
    try {
      extract(input);
    } catch (err) {
      expect((err as InputError).code).toBe('too-large');
    }
  }, HANG);

  it('holds for plain bytes, gzip and strings alike, and a page under it passes', () => {
    const page = `Title\n\n${PROSE}\n`;
    expect(() => extract(Buffer.from(page), { maxBytes: 50 })).toThrow(/exceeds the limit of 50 bytes/);
    expect(() => extract(gzipSync(page), { maxBytes: 50 })).toThrow(/decompressed page exceeds/);
    expect(() => extract(page, { maxBytes: 50 })).toThrow(/exceeds the limit/);
    expect(extract(page, { maxBytes: 10_000 }).ok).toBe(true);
  });
});

describe('guardNesting', () => {
  it('returns an ordinary page unchanged', () => {
    const page = '<html><body><div><p>One<br>two</p><ul><li>a<li>b</ul></div><!-- <div> --></body></html>';
    expect(guardNesting(page)).toEqual({ html: page, dropped: 0, truncated: false });
  });

  it('cuts the tags that open past the depth and their end tags, keeping the text', () => {
    const page = `${'<div>'.repeat(5)}deep${'</div>'.repeat(5)}<p>after</p>`;
    const { html, dropped } = guardNesting(page, 3);
    expect(html).toBe('<div><div><div>deep</div></div></div><p>after</p>');
    expect(dropped).toBe(4);
  });

  it('does not count tags inside comments, scripts or an unclosed sibling <p>', () => {
    const page = `<!-- ${'<div>'.repeat(10)} --><script>${'<div>'.repeat(10)}</script>${'<p>x'.repeat(10)}`;
    expect(guardNesting(page, 3).dropped).toBe(0);
  });

  it('matches end tags by name in any case, for short, long and prefixed names alike', () => {
    // Each element closes before the next opens: nothing is ever deeper than 2.
    const names = ['DIV', 'Section', 'my-custom-element-name', 'o:p', 'h1', 'x_y'];
    const page = names.map((n) => `<${n}><b>text</b></${n.toLowerCase()}>`).join('').repeat(3);
    expect(guardNesting(page, 2).dropped).toBe(0);
    // Names that differ only past the tenth character, or by a digit, are different elements.
    const unclosed = '<custom-panel-one><custom-panel-two></custom-panel-one><h1><h2></h1><b>x</b>';
    expect(guardNesting(unclosed, 2).dropped).toBe(0);
    expect(guardNesting('<custom-panel-one><custom-panel-two><b>x</b>', 2).dropped).toBe(2); // the <b> and its end tag
  });

  it('ends the page before the element past the count', () => {
    const { html, truncated } = guardNesting('<p>a</p><p>b</p><p>c</p>', 10, 2);
    expect(html).toBe('<p>a</p><p>b</p>');
    expect(truncated).toBe(true);
  });

  it('caps sit far above real pages', () => {
    expect(MAX_PARSE_DEPTH).toBeGreaterThanOrEqual(1024);
    expect(MAX_PARSE_ELEMENTS).toBeGreaterThan(30 * 8_426);
    expect(MAX_BLOCKS).toBeGreaterThan(5 * 3_335);
  });
});

describe('text dumps past the block cap', () => {
  it('stop at MAX_BLOCKS blocks and say so', () => {
    const { blocks, truncated } = textToBlocks('line\n'.repeat(MAX_BLOCKS + 10));
    expect(blocks.length).toBe(MAX_BLOCKS);
    expect(truncated).toBe(true);
  });

  it('an ordinary dump is read whole', () => {
    const { blocks, truncated } = textToBlocks(`Title\n\n${PROSE}\n\n${PROSE}\n`);
    expect(blocks.length).toBe(3);
    expect(truncated).toBe(false);
  });
});

describe('splitLong', () => {
  it('leaves a paragraph alone and cuts a longer text after a space, keeping every word', () => {
    expect(splitLong('short text', 20)).toEqual(['short text']);
    const pieces = splitLong('alpha beta gamma delta epsilon', 12);
    expect(pieces.every((p) => p.length <= 12)).toBe(true);
    expect(pieces.join(' ')).toBe('alpha beta gamma delta epsilon');
  });

  it('cuts a token with no space where it must, never inside a surrogate pair', () => {
    expect(splitLong('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    const emoji = '😀'.repeat(6);
    expect(splitLong(emoji, 5).join('')).toBe(emoji);
    for (const p of splitLong(emoji, 5)) expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u);
  });
});

describe('caption credits, linear', () => {
  it("'Photograph: Jane Doe/Reuters' is still a credit", () => {
    expect(isCaption('Photograph: Jane Doe/Reuters', 3)).toBe(true);
    expect(isCaption('Photo: Jane Doe/Getty Images.', 4)).toBe(true);
  });

  it('a long run of letters after the slash is no credit, and is answered at once', () => {
    const line = `Photo: Jane Doe/${'a'.repeat(3_000)}!`;
    expect(isCaption(line, 3)).toBe(false);
  }, HANG);
});
