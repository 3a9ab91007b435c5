/**
 * An article's wordCount is its body's words (countWords): the pipeline sums the counts of the
 * body's blocks instead of walking the body again, which holds because a body is blocks
 * joined by blank lines. Checked on every fixture input, and on bodies with CJK text, a
 * product's declared description added after its blocks, and symbol lines taken out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { countWords } from '../src/assemble/article.js';
import { discoverFixtures } from '../src/check/discover.js';
import { repo } from './support/corpus.js';

const NOW = '2026-11-26T12:00:00Z';

function wordCountOf(input: string | Uint8Array, inputType: 'html' | 'text'): { wordCount: number; body: string } | null {
  const result = extract(input, { inputType, now: NOW });
  return result.ok ? { wordCount: result.article.wordCount, body: result.article.body } : null;
}

describe('wordCount', () => {
  it('is countWords of the body on every fixture', async () => {
    const { fixtures } = await discoverFixtures(join(repo, 'fixtures'));
    let checked = 0;
    for (const fixture of fixtures) {
      if (fixture.page === null) continue;
      const html = /\.html?(?:\.gz)?$/.test(fixture.page);
      // extract reads gzip and the charset from the bytes.
      const got = wordCountOf(readFileSync(fixture.page), html ? 'html' : 'text');
      if (!got) continue;
      expect(got.wordCount, fixture.name).toBe(countWords(got.body));
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('counts CJK words, a declared product description and a body without its symbol lines as countWords does', () => {
    const description = 'Cast from solid brass in a small foundry on the east coast, this lantern hung on every quay before electric light reached the harbours of the north.';
    const product = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'Product', name: 'Harbour Lantern', description, offers: { price: '89', priceCurrency: 'EUR' } })}</script></head><body><main><h1>Harbour Lantern</h1><p>€89</p><button>Add to cart</button><p>In stock, ships in two days.</p></main></body></html>`;
    const cjk = '東京の天気\n\n今日の東京は晴れのち曇りで、午後から風が強くなる見込みです。気象庁によると、明日は全国的に雨が降る予報です。外出の際は傘をお持ちください。\n\n━━━━━━━━\n\n週末は気温が下がり、冬の寒さが戻ってくるでしょう。 Tokyo_2026 weather notes.';
    const productBody = wordCountOf(product, 'html');
    expect(productBody?.body).toContain(description);
    const cjkBody = wordCountOf(cjk, 'text');
    expect(cjkBody?.body).toContain('週末は');
    expect(cjkBody?.body).not.toContain('━');
    for (const got of [productBody!, cjkBody!]) {
      expect(got.wordCount).toBe(countWords(got.body));
      expect(got.wordCount).toBeGreaterThan(3);
    }
  });
});
