/**
 * The reference case of issue 2: a real text dump from ../shared/seeds must come out exactly as
 * its expected JSON says. ../shared is not part of the repository, so the test skips cleanly
 * where it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import type { Article } from '../src/types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = resolve(ROOT, '../shared/seeds');
const INPUT = resolve(SEEDS, '000_0a35027228a53e4d.txt');
const EXPECTED = resolve(SEEDS, '000_0a35027228a53e4d.expected.json');

interface SeedExpected {
  title: string | null;
  date: string | null;
  description: string | null;
  section: string | null;
  source: string | null;
  body: string;
  mustNotContain: string[];
}

describe.skipIf(!existsSync(INPUT) || !existsSync(EXPECTED))('seed 000_0a35027228a53e4d', () => {
  const load = () => {
    const expected = JSON.parse(readFileSync(EXPECTED, 'utf8')) as SeedExpected;
    const result = extract(new Uint8Array(readFileSync(INPUT)), { now: '2026-11-26T12:00:00Z', inputName: INPUT });
    expect(result.ok).toBe(true);
    return { expected, article: (result as { article: Article }).article };
  };

  it('has the expected title, date, description, section and source', () => {
    const { expected, article } = load();
    expect(article.title).toBe(expected.title);
    expect(article.date).toBe(expected.date);
    expect(article.description).toBe(expected.description);
    expect(article.section).toBe(expected.section);
    expect(article.source).toBe(expected.source);
  });

  it('has the expected body', () => {
    const { expected, article } = load();
    expect(article.body).toBe(expected.body);
  });

  it('has none of the mustNotContain strings in the body', () => {
    const { expected, article } = load();
    for (const s of expected.mustNotContain) {
      expect(article.body.includes(s), `body should not contain ${JSON.stringify(s)}`).toBe(false);
    }
  });
});

describe('a page without text', () => {
  it('still gives the title, date and author it declares', () => {
    const html = `<html><head><title>Start making my home smart | Forum</title>
      <meta property="og:title" content="Start making my home smart">
      <script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Start making my home smart","author":{"name":"nordic"},"datePublished":"2018-09-16T20:53:14Z"}</script>
      </head><body><div id="app"></div><script>render()</script></body></html>`;
    const r = extract(html, { now: '2026-01-01' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('empty');
    expect(r.fields).toMatchObject({ title: 'Start making my home smart', author: 'nordic', date: '2018-09-16T20:53:14Z' });
  });
});
