/**
 * The quality gate: body F1 on the dev corpora must not fall below the floors pinned in
 * quality-floors.json (trafilatura's eval gate). Also checks that `pith eval` agrees with the
 * reference scorer ../shared/tools/score.mjs. Skips cleanly when ../shared is absent.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extract } from '../src/pipeline.js';
import { scoreCorpus } from '../src/eval/metric.js';
import { loadGold, loadMetaGold } from '../src/eval/gold.js';
import { scoreMeta, type MetaPrediction } from '../src/eval/meta-metric.js';
import { tempDir } from './support/temp-dir.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const shared = join(repo, '..', 'shared');
const textCorpus = join(shared, 'corpora', 'scrapinghub-text');
const floors = JSON.parse(readFileSync(join(repo, 'quality-floors.json'), 'utf8')) as Record<string, number>;
const NOW = '2026-11-26T12:00:00Z';

function corpusF1(variant: string): number {
  const gold = loadGold(join(textCorpus, 'ground-truth.json'));
  const preds = new Map<string, string>();
  for (const file of readdirSync(join(textCorpus, variant))) {
    const result = extract(readFileSync(join(textCorpus, variant, file)), { inputType: 'text', now: NOW });
    preds.set(file.replace(/\.txt$/, ''), result.ok ? result.article.body : '');
  }
  return scoreCorpus(gold, preds).f1;
}

describe.skipIf(!existsSync(textCorpus))('quality gate: scrapinghub-text', () => {
  for (const variant of ['txt', 'w3m']) {
    it(`${variant}/ body F1 stays at or above its floor`, () => {
      const floor = floors[`scrapinghub-text/${variant}`];
      expect(floor).toBeGreaterThan(0);
      const f1 = corpusF1(variant);
      expect(f1, `F1 ${f1.toFixed(4)} fell below the floor ${floor}`).toBeGreaterThanOrEqual(floor);
    });
  }
});

const htmlCorpus = join(shared, 'corpora', 'scrapinghub');

describe.skipIf(!existsSync(htmlCorpus))('quality gate: scrapinghub HTML', () => {
  it('html/ body F1 stays at or above its floor', () => {
    const floor = floors['scrapinghub/html'];
    expect(floor).toBeGreaterThan(0);
    const gold = loadGold(join(htmlCorpus, 'ground-truth.json'));
    const preds = new Map<string, string>();
    for (const file of readdirSync(join(htmlCorpus, 'html'))) {
      const result = extract(gunzipSync(readFileSync(join(htmlCorpus, 'html', file))), { inputType: 'html', now: NOW });
      preds.set(file.replace(/\.html\.gz$/, ''), result.ok ? result.article.body : '');
    }
    const f1 = scoreCorpus(gold, preds).f1;
    expect(f1, `F1 ${f1.toFixed(4)} fell below the floor ${floor}`).toBeGreaterThanOrEqual(floor);
  });
});

const readabilityCorpus = join(shared, 'corpora', 'readability');

describe.skipIf(!existsSync(readabilityCorpus))('quality gate: readability titles, dates and authors', () => {
  it('title exact, date same-day and author exact stay at or above their floors', () => {
    const preds = new Map<string, MetaPrediction>();
    for (const name of readdirSync(readabilityCorpus)) {
      const page = join(readabilityCorpus, name, 'source.html');
      if (!existsSync(page)) continue;
      const result = extract(readFileSync(page), { inputType: 'html', now: NOW });
      const fields = result.ok ? result.article : (result.fields ?? {});
      preds.set(name, { title: fields.title ?? null, date: fields.date ?? null, author: fields.author ?? null });
    }
    const meta = scoreMeta(loadMetaGold(readabilityCorpus), preds);
    expect(meta.title.exact, `title exact ${meta.title.exact.toFixed(3)}`).toBeGreaterThanOrEqual(floors['readability/title-exact']);
    expect(meta.date.sameDay, `date same-day ${meta.date.sameDay.toFixed(3)}`).toBeGreaterThanOrEqual(floors['readability/date-same-day']);
    expect(meta.author.exact, `author exact ${meta.author.exact.toFixed(3)}`).toBeGreaterThanOrEqual(floors['readability/author-exact']);
  });
});

const bin = join(repo, 'bin', 'pith.js');
const built = existsSync(join(repo, 'dist', 'cli', 'main.js'));

describe.skipIf(!existsSync(textCorpus) || !built)('pith eval agrees with score.mjs', () => {
  it('prints the same summary as score.mjs on the same predictions', () => {
    const dir = tempDir('pith-eval-');
    const inputs = readdirSync(join(textCorpus, 'txt')).slice(0, 60).map((f) => join(textCorpus, 'txt', f));
    const gold = join(textCorpus, 'ground-truth.json');
    const ours = execFileSync('node', [bin, 'eval', '--now', NOW, '--gold', gold, ...inputs], { encoding: 'utf8' });
    let jsonl = '';
    try {
      jsonl = execFileSync('node', [bin, '--now', NOW, '--format', 'jsonl', ...inputs], { encoding: 'utf8', maxBuffer: 64 << 20 });
    } catch (err) {
      // Exit 1 only means some input had no article; its records are still printed.
      jsonl = (err as { stdout: string }).stdout;
    }
    const preds = join(dir, 'preds.jsonl');
    writeFileSync(preds, jsonl);
    const reference = execFileSync('node', [join(shared, 'tools', 'score.mjs'), '--gold', gold, '--pred', preds], { encoding: 'utf8' });
    const metric = (s: string) => s.split('\n')[0].replace(/\s+n=.*$/, '');
    expect(metric(ours)).toBe(metric(reference));
  });
});
