// The body and title/date metrics of `pith eval`: hand-made cases for each rule of the
// benchmark metric, then agreement with the reference scorer ../shared/tools/score.mjs on
// the real corpora (skipped when ../shared is not there).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldIdFor, idForInput, loadGold, loadMetaGold } from '../src/eval/gold.js';
import { normalizeTitle, scoreMeta, titleTokenF1, type MetaPrediction } from '../src/eval/meta-metric.js';
import { scoreCorpus, scoreDocument, tokenize } from '../src/eval/metric.js';
import { formatPerDocTsv } from '../src/eval/per-doc.js';
import { formatAuthorSummary, formatGroupLine, formatMetaSummary, formatSummary, formatWordsSummary } from '../src/eval/summary.js';
import { wordScore } from '../src/eval/words.js';
import { scoreGroups } from '../src/eval/groups.js';
import { formatConfusion, scorePageTypes } from '../src/eval/page-types.js';
import { loadGoldField } from '../src/eval/gold.js';
import { tempDir } from './support/temp-dir.js';

const makeTmp = () => tempDir('pith-eval-');

/** n distinct tokens w0 .. w(n-1). */
const words = (n: number, from = 0): string => Array.from({ length: n }, (_, i) => `w${from + i}`).join(' ');

describe('tokenize', () => {
  it('keeps \\w+ runs: letters, numbers, underscore; drops punctuation and keeps case', () => {
    expect(tokenize('Hello, World! naïve 東京 under_score x2 ½ — 3.14')).toEqual([
      'Hello', 'World', 'naïve', '東京', 'under_score', 'x2', '½', '3', '14',
    ]);
  });

  it('splits at combining marks, as Python \\w does', () => {
    expect(tokenize('cafe\u0301s')).toEqual(['cafe', 's']);
    expect(tokenize('हिन्दी')).toEqual(['ह', 'न', 'द']);
  });

  it('gives no tokens for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' .,;— \n\t')).toEqual([]);
  });
});

describe('scoreDocument', () => {
  it('scores identical texts 1, whatever the layout and punctuation', () => {
    const s = scoreDocument('One two, three.\n\nFour five six seven.', 'One two three Four\nfive six  seven');
    expect(s).toMatchObject({ precision: 1, recall: 1, f1: 1, exact: true, tp: 4, fp: 0, fn: 0, goldTokens: 7, predTokens: 7 });
  });

  it('is case-sensitive', () => {
    expect(scoreDocument('The end of it', 'the end of it')).toMatchObject({ exact: false, precision: 0, recall: 0 });
  });

  it('scores disjoint texts 0', () => {
    expect(scoreDocument(words(10), words(10, 100))).toMatchObject({ tp: 0, fp: 7, fn: 7, precision: 0, recall: 0, f1: 0 });
  });

  it('forms one shorter shingle from 1 to 3 tokens', () => {
    expect(scoreDocument('Hello', 'Hello')).toMatchObject({ tp: 1, precision: 1, recall: 1, exact: true });
    expect(scoreDocument('Hello world', 'Hello world!')).toMatchObject({ tp: 1, precision: 1, recall: 1 });
    expect(scoreDocument('a b c', 'a b c')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // A prefix is a different (shorter) shingle, so it does not match at all.
    expect(scoreDocument('Hello world', 'Hello')).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0 });
    // 4 tokens form 1 shingle, 5 tokens 2: the prediction is all right but half complete.
    expect(scoreDocument('a b c d e', 'a b c d')).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
  });

  it('counts shingles as a multiset', () => {
    // Gold repeats a paragraph; predicting it once finds half of it.
    const para = words(4);
    const s = scoreDocument(`${para}\n\n${para}`, para);
    expect(s.tp).toBe(1);
    expect(s.fn).toBe(4); // gold: 5 windows, 2 of them `w0 w1 w2 w3`
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(1 / 5, 12);
  });

  it('costs recall only for an empty prediction, and precision only for an empty gold', () => {
    expect(scoreDocument(words(6), '')).toMatchObject({ precision: 0, recall: 0, predTokens: 0, tp: 0, fp: 0, fn: 3 });
    expect(scoreDocument('', words(6))).toMatchObject({ precision: 0, recall: 0, goldTokens: 0, fp: 3 });
    expect(scoreDocument('', ' — ')).toMatchObject({ precision: 1, recall: 1, exact: true });
  });

  it('turns a missing block break (`end</p><p>Start` -> `endStart`) into a lost token and 4-5 lost shingles', () => {
    const gold = `${words(10)} end\n\nStart ${words(10, 50)}`;
    expect(scoreDocument(gold, `${words(10)} end Start ${words(10, 50)}`).exact).toBe(true);
    const glued = scoreDocument(gold, `${words(10)} endStart ${words(10, 50)}`);
    // Gold: 22 tokens, 19 shingles, 5 of them hold `end` or `Start`; the prediction has
    // 21 tokens, 18 shingles, 4 of them hold `endStart`.
    expect(glued).toMatchObject({ exact: false, goldTokens: 22, predTokens: 21, tp: 14, fp: 4, fn: 5 });
    expect(glued.precision).toBeCloseTo(14 / 18, 12);
    expect(glued.recall).toBeCloseTo(14 / 19, 12);
  });
});

describe('scoreCorpus', () => {
  const gold = new Map([
    ['a', words(8)],
    ['b', words(8, 20)],
  ]);

  it('averages precision over predictions with tokens only: an empty prediction costs recall', () => {
    const r = scoreCorpus(gold, new Map([['a', words(8)], ['b', '']]));
    expect(r).toMatchObject({ precision: 1, recall: 0.5, accuracy: 0.5, n: 2, missing: 0, extra: 0 });
    expect(r.f1).toBeCloseTo((2 * 1 * 0.5) / 1.5, 12);
    expect(r.perDoc.map((d) => d.status)).toEqual(['ok', 'empty_pred']);
  });

  it('scores a missing prediction as empty, and counts it and any extra id', () => {
    const r = scoreCorpus(gold, new Map([['a', words(8)], ['zzz', 'stray']]));
    expect(r).toMatchObject({ precision: 1, recall: 0.5, n: 2, missing: 1, extra: 1 });
    expect(r.perDoc[1]).toMatchObject({ id: 'b', missing: true, status: 'missing', predTokens: 0 });
  });

  it('takes F1 from the mean P and mean R, not the mean of per-document F1', () => {
    // Doc a: P 1, R 0.4. Doc b: P 0.4, R 0.4. Mean P 0.7, mean R 0.4.
    const r = scoreCorpus(gold, new Map([['a', words(5)], ['b', words(8, 17)]]));
    expect(r.perDoc[0]).toMatchObject({ precision: 1, recall: 0.4 });
    expect(r.perDoc[1].precision).toBeCloseTo(2 / 5, 12);
    expect(r.perDoc[1].recall).toBe(0.4);
    expect(r.precision).toBeCloseTo(0.7, 12);
    expect(r.recall).toBeCloseTo(0.4, 12);
    expect(r.f1).toBeCloseTo((2 * 0.7 * 0.4) / 1.1, 12);
  });

  it('gives 0, not NaN, when nothing was predicted', () => {
    expect(scoreCorpus(gold, new Map())).toMatchObject({ f1: 0, precision: 0, recall: 0, accuracy: 0, missing: 2 });
  });

  it('prints the summary in score.mjs\'s shape', () => {
    const r = scoreCorpus(gold, new Map([['a', words(8)], ['b', ''], ['x', '']]));
    expect(formatSummary(r)).toBe('F1 0.667  precision 1.000  recall 0.500  accuracy 0.500  n=2 missing=0 extra=1');
  });

  it('writes one TSV row per gold document with a header', () => {
    const r = scoreCorpus(gold, new Map([['a', words(8)]]));
    expect(formatPerDocTsv(r.perDoc).split('\n')).toEqual([
      'id\tgold_tokens\tpred_tokens\tprecision\trecall\tf1\texact\tbody_status',
      'a\t8\t8\t1.0000\t1.0000\t1.0000\t1\tok',
      'b\t8\t0\t0.0000\t0.0000\t0.0000\t0\tmissing',
      '',
    ]);
  });
});

describe('title and date metric', () => {
  it('normalizes typography before the exact title match', () => {
    expect(normalizeTitle('  \u201cIt\u2019s\u201d \u2014 a\u00a0 ﬁne\u200b day ')).toBe('"It\'s" - a fine day');
    expect(titleTokenF1('The Big Day', 'the big day | Site')).toBeCloseTo(2 * (3 / 4) * 1 / (3 / 4 + 1), 12);
    expect(titleTokenF1('', '')).toBe(1);
    expect(titleTokenF1('Title', '')).toBe(0);
  });

  it('scores titles where the gold has one, and dates on the gold day in the gold offset', () => {
    const gold = new Map([
      ['z', { title: 'A \u2013 B', publishedTime: '2015-07-24T05:36:09+01:00' }],
      ['west', { title: 'West', publishedTime: '2015-07-24T05:36:09+01:00' }],
      ['east', { title: 'East', publishedTime: '2015-07-24T05:36:09+01:00' }],
      ['naive', { title: 'Naive', publishedTime: '2018-04-05T06:00' }],
      ['bad', { title: null, publishedTime: '2018-04-05' }],
      ['none', { title: 'None', publishedTime: '2018-04-05' }],
      ['undated', { title: '', publishedTime: null }],
      ['undated2', { title: 'U' }],
    ]);
    const preds = new Map<string, MetaPrediction>([
      ['z', { title: 'A - B', date: '2015-07-24T01:00:00Z' }], // 02:00 on the 24th at +01:00
      ['west', { title: 'west', date: '2015-07-23T23:30:00-05:00' }], // 05:30 on the 24th at +01:00
      ['east', { title: 'East', date: '2015-07-24T00:30:00+02:00' }], // 23:30 on the 23rd at +01:00
      ['naive', { title: 'Naive', date: '2018-04-05T23:00-08:00' }], // gold has no offset: as written
      ['bad', { title: 'x', date: 'April 5, 2018' }],
      ['none', { title: 'None' }],
      ['undated', { title: 'x', date: '2020-01-01' }],
      ['stray', { title: 'y' }],
    ]);
    const r = scoreMeta(gold, preds);
    expect(r.rows.map((row) => row.dateStatus)).toEqual([
      'same_day', 'same_day', 'wrong_day', 'same_day', 'unparseable', 'none', 'pred_without_gold', 'no_gold',
    ]);
    // Titled: z, west, east, naive, none, undated2 (missing -> empty title).
    expect(r.title.n).toBe(6);
    expect(r.title.exact).toBeCloseTo(4 / 6, 12);
    expect(r.date).toEqual({ sameDay: 0.5, n: 6, wrongDay: 1, none: 1, unparseable: 1, predOnUndated: 1, undated: 2 });
    expect(r).toMatchObject({ n: 8, missing: 1, extra: 1 });
    expect(formatMetaSummary(r)).toBe(
      'title exact 0.667  title F1 0.833 (n=6)  date same-day 0.500 (n=6; wrong 1, none 1, unparseable 1; ' +
        'dates on 1/2 undated)  n=8 missing=1 extra=1',
    );
  });

  it('rejects a gold date that is not ISO 8601', () => {
    expect(() => scoreMeta(new Map([['a', { publishedTime: 'July 2015' }]]), new Map())).toThrow(/not ISO 8601/);
  });
});

describe('gold loading and ids', () => {
  it('reduces input paths to corpus ids', () => {
    expect(idForInput('../shared/corpora/scrapinghub/html/abc123.html.gz')).toBe('abc123');
    expect(idForInput('txt/abc123.txt')).toBe('abc123');
    expect(idForInput('corpora/readability/aclu/source.html')).toBe('aclu');
    expect(idForInput('C:\\corpora\\aclu\\source.html')).toBe('aclu');
    expect(idForInput('aclu/')).toBe('aclu');
    expect(idForInput('plain-id')).toBe('plain-id');
    expect(goldIdFor('v1.2.html', new Set(['v1.2.html']))).toBe('v1.2.html');
    expect(goldIdFor('html/v1.2.html', new Set(['v1.2.html']))).toBe('v1.2');
  });

  it('reads ground-truth JSON, the {version, output} wrapper, and corpus folders', () => {
    const dir = makeTmp();
    writeFileSync(join(dir, 'gt.json'), JSON.stringify({ a: { articleBody: 'A body', url: 'u' }, b: { articleBody: null } }));
    writeFileSync(join(dir, 'wrapped.json'), JSON.stringify({ version: 1, output: { a: { articleBody: 'A body' } } }));
    expect([...loadGold(join(dir, 'gt.json'))]).toEqual([['a', 'A body'], ['b', '']]);
    expect([...loadGold(join(dir, 'wrapped.json'))]).toEqual([['a', 'A body']]);

    const corpus = join(dir, 'corpus');
    for (const [name, body, meta] of [['p2', 'Two', { title: 'T2', publishedTime: null }], ['p1', 'One', { title: 'T1' }]] as const) {
      mkdirSync(join(corpus, name), { recursive: true });
      writeFileSync(join(corpus, name, 'expected.txt'), body);
      writeFileSync(join(corpus, name, 'expected-metadata.json'), JSON.stringify(meta));
    }
    mkdirSync(join(corpus, 'no-gold'));
    expect([...loadGold(corpus)]).toEqual([['p1', 'One'], ['p2', 'Two']]);
    expect([...loadMetaGold(corpus).keys()]).toEqual(['p1', 'p2']);
    expect(loadMetaGold(corpus).get('p2')).toEqual({ title: 'T2', publishedTime: null, date: undefined });

    writeFileSync(join(corpus, 'ground-truth.json'), JSON.stringify({ q: { articleBody: 'Q' } }));
    expect([...loadGold(corpus)]).toEqual([['q', 'Q']]);
  });
});

// ---------------------------------------------------------------------------
// Agreement with the reference scorer

const shared = fileURLToPath(new URL('../../shared', import.meta.url));
const scoreMjs = join(shared, 'tools', 'score.mjs');

/** Runs score.mjs with the given arguments and returns its stdout. */
function runReference(args: string[]): string {
  return execFileSync(process.execPath, [scoreMjs, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

interface RefBody { f1: number; precision: number; recall: number; accuracy: number; n: number; missing: number; extra: number }
interface RefMeta {
  title: { exact: number; token_f1: number; n: number };
  date: { same_day: number; n: number; wrong_day: number; none: number; unparseable: number; pred_on_undated: number; undated: number };
  n: number;
  missing: number;
  extra: number;
}

function expectBodyAgrees(mine: ReturnType<typeof scoreCorpus>, ref: RefBody): void {
  for (const k of ['f1', 'precision', 'recall', 'accuracy'] as const) {
    expect(Math.abs(mine[k] - ref[k]), k).toBeLessThan(1e-9);
  }
  expect({ n: mine.n, missing: mine.missing, extra: mine.extra }).toEqual({ n: ref.n, missing: ref.missing, extra: ref.extra });
}

/** Prediction ids as the reference resolves them: a raw gold id, else the id of the input path. */
function byGoldId<T>(records: readonly { id: string; value: T }[], goldIds: ReadonlyMap<string, unknown>): Map<string, T> {
  return new Map(records.map((r) => [goldIdFor(r.id, goldIds), r.value]));
}

describe('word-level metric (WCXB)', () => {
  it('compares bags of lower-cased words, ignoring order', () => {
    expect(wordScore(tokenize('The cat sat'), tokenize('sat the CAT'))).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts repeated words as a multiset', () => {
    const s = wordScore(tokenize('a a b c'), tokenize('a b b'));
    expect(s.precision).toBeCloseTo(2 / 3, 12);
    expect(s.recall).toBeCloseTo(2 / 4, 12);
  });

  it('scores empty sides as the benchmark does', () => {
    expect(wordScore([], [])).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(wordScore([], ['x'])).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(wordScore(['x'], [])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('averages page F1s for the corpus figure, not the harmonic mean of the means', () => {
    const gold = new Map([['a', 'one two'], ['b', 'three four five six']]);
    const r = scoreCorpus(gold, new Map([['a', 'one two'], ['b', 'three']]));
    // b: precision 1, recall 0.25, F1 0.4; the mean F1 is (1 + 0.4) / 2.
    expect(r.words.f1).toBeCloseTo(0.7, 12);
    expect(formatWordsSummary(r.words)).toBe('words F1 0.700  precision 1.000  recall 0.625  (WCXB word-level metric, mean per page)');
  });
});

describe('groups and page types', () => {
  it('scores each group, largest first, ties in gold order', () => {
    const gold = new Map([['a', 'x y z w'], ['b', 'x y z w'], ['c', 'x y z w'], ['d', 'p q r s']]);
    const groupOf = new Map<string, unknown>([['a', 'forum'], ['b', 'article'], ['c', 'article'], ['d', undefined]]);
    const r = scoreCorpus(gold, new Map([['a', 'x y z w'], ['b', 'x y z w'], ['c', ''], ['d', 'p q r s']]));
    const groups = scoreGroups(r.perDoc, groupOf);
    expect(groups.map((g) => [g.group, g.score.n])).toEqual([['article', 2], ['forum', 1], ['(none)', 1]]);
    expect(formatGroupLine('pageType', groups[0])).toBe(
      'pageType=article: F1 0.667  precision 1.000  recall 0.500  words F1 0.500  n=2',
    );
  });

  it('counts page-type accuracy over gold-typed pages, with a confusion matrix', () => {
    const gold = new Map<string, unknown>([['a', 'forum'], ['b', 'forum'], ['c', 'article'], ['d', null]]);
    const s = scorePageTypes(gold, new Map([['a', 'forum'], ['b', 'article'], ['c', 'article'], ['d', 'product']]));
    expect(s.n).toBe(3);
    expect(s.accuracy).toBeCloseTo(2 / 3, 12);
    expect(formatConfusion(s).split('\n')).toEqual([
      '| gold \\ predicted | forum | article | recall |',
      '| --- | ---: | ---: | ---: |',
      '| forum | 1 | 1 | 0.50 |',
      '| article | 0 | 1 | 1.00 |',
      '| precision | 1.00 | 0.50 | |',
    ]);
  });
});

describe.skipIf(!existsSync(scoreMjs))('agreement with ../shared/tools/score.mjs', () => {
  it('scrapinghub-text: lines of >= 10 words from the innerText dumps', () => {
    const corpus = join(shared, 'corpora', 'scrapinghub-text');
    const goldPath = join(corpus, 'ground-truth.json');
    const gold = loadGold(goldPath);
    const names = readdirSync(join(corpus, 'txt')).filter((n) => n.endsWith('.txt')).sort();
    expect(names.length).toBeGreaterThan(100);

    // Deterministic variety: ids both bare and as input paths, a few empty bodies, a few
    // documents left out (missing), and one id that is in no gold (extra).
    const records: { id: string; body: string }[] = [];
    names.forEach((name, i) => {
      if (i % 23 === 5) return;
      const id = name.replace(/\.txt$/, '');
      const text = readFileSync(join(corpus, 'txt', name), 'utf8');
      const body = i % 29 === 3 ? '' : text.split('\n').filter((l) => l.split(/\s+/).filter(Boolean).length >= 10).join('\n\n');
      records.push({ id: i % 2 ? `txt/${name}` : id, body });
    });
    records.push({ id: 'not-in-gold', body: 'stray words here and there' });

    const tmp = makeTmp();
    const predPath = join(tmp, 'pred.jsonl');
    const tsvPath = join(tmp, 'per-doc.tsv');
    writeFileSync(predPath, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const ref = JSON.parse(runReference(['--gold', goldPath, '--pred', predPath, '--json', '--per-doc', tsvPath])) as RefBody;

    const mine = scoreCorpus(gold, byGoldId(records.map((r) => ({ id: r.id, value: r.body })), gold));
    console.log(`scrapinghub-text  pith: ${formatSummary(mine)}\n                  ref:  ${JSON.stringify(ref)}`);
    expectBodyAgrees(mine, ref);
    expect(mine.missing).toBeGreaterThan(0);
    expect(formatPerDocTsv(mine.perDoc)).toBe(readFileSync(tsvPath, 'utf8'));
    expect(formatSummary(mine)).toBe(runReference(['--gold', goldPath, '--pred', predPath]).trimEnd());
  });

  it('readability: body, <title> and a published_time meta tag', () => {
    const corpus = join(shared, 'corpora', 'readability');
    const gold = loadGold(corpus);
    const metaGold = loadMetaGold(corpus);
    const names = [...metaGold.keys()];

    const records: { id: string; body: string; title: string | null; date: string | null }[] = [];
    names.forEach((name, i) => {
      if (i % 31 === 7) return; // missing
      const html = readFileSync(join(corpus, name, 'source.html'), 'utf8');
      const body = html
        .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<\/?(p|div|h\d|li|br|tr|td)\b[^>]*>/gi, '\n')
        .replace(/<[^>]*>/g, '');
      const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? null;
      const metaDate = /property="article:published_time"\s+content="([^"]*)"/i.exec(html)?.[1];
      // Exercise every date outcome: real tags, a fixed date, an unparseable one, none.
      const date = metaDate ?? (i % 5 === 0 ? '2015-07-24T05:36:09+01:00' : i % 11 === 0 ? 'yesterday' : null);
      records.push({ id: i % 2 ? `${name}/source.html` : name, body, title, date });
    });

    const tmp = makeTmp();
    const predPath = join(tmp, 'pred.jsonl');
    const tsvPath = join(tmp, 'per-doc.tsv');
    writeFileSync(predPath, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const ref = JSON.parse(
      runReference(['--gold', corpus, '--meta-gold', corpus, '--pred', predPath, '--json', '--per-doc', tsvPath]),
    ) as { body: RefBody; meta: RefMeta };

    const body = scoreCorpus(gold, byGoldId(records.map((r) => ({ id: r.id, value: r.body })), gold));
    const meta = scoreMeta(metaGold, byGoldId(records.map((r) => ({ id: r.id, value: { title: r.title, date: r.date } })), metaGold));
    console.log(
      `readability  pith: ${formatSummary(body)}\n              pith: ${formatMetaSummary(meta)}\n` +
        `              ref:  ${JSON.stringify(ref)}`,
    );
    expectBodyAgrees(body, ref.body);
    for (const [mineV, refV] of [
      [meta.title.exact, ref.meta.title.exact],
      [meta.title.tokenF1, ref.meta.title.token_f1],
      [meta.date.sameDay, ref.meta.date.same_day],
    ]) {
      expect(Math.abs(mineV - refV)).toBeLessThan(1e-9);
    }
    expect({ ...meta.date, sameDay: 0 }).toEqual({
      sameDay: 0,
      n: ref.meta.date.n,
      wrongDay: ref.meta.date.wrong_day,
      none: ref.meta.date.none,
      unparseable: ref.meta.date.unparseable,
      predOnUndated: ref.meta.date.pred_on_undated,
      undated: ref.meta.date.undated,
    });
    expect({ n: meta.n, missing: meta.missing, extra: meta.extra, titleN: meta.title.n }).toEqual({
      n: ref.meta.n, missing: ref.meta.missing, extra: ref.meta.extra, titleN: ref.meta.title.n,
    });
    expect(formatPerDocTsv(body.perDoc, meta.rows)).toBe(readFileSync(tsvPath, 'utf8'));
    expect(`${formatSummary(body)}\n${formatMetaSummary(meta)}`).toBe(
      runReference(['--gold', corpus, '--meta-gold', corpus, '--pred', predPath]).trimEnd(),
    );
  });
  it('wcxb-dev: --author agrees with score.mjs (case, a leading "By", wrong and missing names)', () => {
    const corpus = join(shared, 'corpora', 'wcxb-dev');
    const metaPath = join(corpus, 'metadata.json');
    if (!existsSync(metaPath)) return;
    const gold = loadMetaGold(metaPath);
    // Every kind of answer: the gold name, in other case, after "By ", another page's name, none.
    const records = [...gold].map(([id, g], i) => {
      const name = g.byline ?? '';
      const author = [name, name.toUpperCase(), `By ${name}`, 'Jane Roe', null][i % 5];
      return { id, title: g.title ?? '', author };
    });
    const tmp = makeTmp();
    const predPath = join(tmp, 'pred.jsonl');
    writeFileSync(predPath, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const reference = runReference(['--meta-gold', metaPath, '--pred', predPath, '--author']).trimEnd();
    const meta = scoreMeta(gold, new Map(records.map((r): [string, MetaPrediction] => [r.id, { title: r.title, author: r.author }])));
    expect(meta.author.n).toBeGreaterThan(100);
    expect(meta.author.exact).toBeGreaterThan(0.4);
    expect(meta.author.exact).toBeLessThan(0.8);
    expect(`${formatMetaSummary(meta)}\n${formatAuthorSummary(meta)}`).toBe(reference);
  });

  it('wcxb-dev: --words and --by pageType on a third of the innerText dumps', () => {
    const corpus = join(shared, 'corpora', 'wcxb-dev');
    const goldPath = join(corpus, 'ground-truth.json');
    if (!existsSync(goldPath)) return;
    const gold = loadGold(goldPath);
    const names = readdirSync(join(corpus, 'txt')).filter((n, i) => n.endsWith('.txt') && i % 3 === 0).sort();
    const records = names.map((name, i) => {
      const text = readFileSync(join(corpus, 'txt', name), 'utf8');
      const body = i % 17 === 2 ? '' : text.split('\n').filter((l) => l.split(/\s+/).filter(Boolean).length >= 6).join('\n\n');
      return { id: name.replace(/\.txt$/, ''), body };
    });
    const tmp = makeTmp();
    const predPath = join(tmp, 'pred.jsonl');
    writeFileSync(predPath, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const reference = runReference(['--gold', goldPath, '--pred', predPath, '--words', '--by', 'pageType']).trimEnd();

    const mine = scoreCorpus(gold, byGoldId(records.map((r) => ({ id: r.id, value: r.body })), gold));
    const lines = [formatSummary(mine), formatWordsSummary(mine.words)];
    for (const group of scoreGroups(mine.perDoc, loadGoldField(goldPath, 'pageType'))) lines.push(formatGroupLine('pageType', group));
    expect(lines.join('\n')).toBe(reference);
  });
});
