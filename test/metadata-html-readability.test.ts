/**
 * HTML metadata on the Readability test pages (../shared/corpora/readability): title exact
 * match and date same-day rate, scored as `score.mjs --meta-gold` does (src/eval/meta-metric).
 * Prints the figures; asserts only a low sanity floor, the pinned gate lives elsewhere.
 * Skipped when the corpus is absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { loadMetaGold } from '../src/eval/gold.js';
import { type MetaPrediction, scoreMeta } from '../src/eval/meta-metric.js';
import { htmlMetadata } from '../src/metadata/html/select.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const corpus = join(repo, '..', 'shared', 'corpora', 'readability');
const NOW = new Date('2026-11-26T12:00:00Z');

describe.skipIf(!existsSync(corpus))('HTML metadata on the Readability pages', () => {
  it('gets titles and dates right on most pages', () => {
    const gold = loadMetaGold(corpus);
    const preds = new Map<string, MetaPrediction>();
    for (const name of readdirSync(corpus)) {
      const file = join(corpus, name, 'source.html');
      if (!existsSync(file)) continue;
      const meta = htmlMetadata(parseDocument(readFileSync(file, 'utf8')), { now: NOW });
      preds.set(name, { title: meta.title, date: meta.date });
    }
    const score = scoreMeta(gold, preds);
    const misses = score.rows.filter((r) => r.titleExact === false || r.dateStatus === 'wrong_day' || r.dateStatus === 'none');
    if (process.env.PITH_VERBOSE) {
      for (const r of misses) {
        console.log(`${r.id}\n  title gold ${JSON.stringify(r.goldTitle)}\n        pred ${JSON.stringify(r.predTitle)}\n  date ${r.dateStatus} gold ${r.goldDate} pred ${r.predDate}`);
      }
    }
    const d = score.date;
    console.log(
      `readability metadata: title exact ${score.title.exact.toFixed(3)} (n=${score.title.n}), ` +
        `title F1 ${score.title.tokenF1.toFixed(3)}, date same-day ${d.sameDay.toFixed(3)} (n=${d.n}; wrong ${d.wrongDay}, ` +
        `none ${d.none}), dates on ${d.predOnUndated}/${d.undated} undated`,
    );
    expect(score.title.exact).toBeGreaterThanOrEqual(0.7);
    expect(d.sameDay).toBeGreaterThanOrEqual(0.7);
  });
});
