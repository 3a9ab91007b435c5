/**
 * The check library's modules one by one: discovery on invented trees, expected-file
 * validation, the paragraph diff, comparison, --update's rewrites, the --explain matching and
 * the report escaping. The CLI around them is tested in check-cli.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { compareOutcome } from '../src/check/compare.js';
import { diffParagraphs } from '../src/check/diff.js';
import { discoverFixtures, DiscoveryError } from '../src/check/discover.js';
import { parseExpectation } from '../src/check/expected.js';
import { decisionsFor, describeDecision } from '../src/check/explain.js';
import { formatJunitReport } from '../src/check/report-junit.js';
import { formatTextReport, shortenMiddle, summaryLine } from '../src/check/report-text.js';
import { ARTICLE_FIELDS, type CheckResult, type Expectation, type Outcome } from '../src/check/types.js';
import { ARTICLE_KEYS } from '../src/format/json.js';
import { newExpectation, updatedExpectation } from '../src/check/update.js';
import type { Article, Decision } from '../src/types.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pith-check-lib-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

function expectation(json: Record<string, unknown>): Expectation {
  const parsed = parseExpectation(JSON.stringify(json));
  if (!parsed.ok) throw new Error(parsed.failures.map((f) => f.message).join('; '));
  return parsed.expectation;
}

const ARTICLE: Article = {
  input: 'ferry.html',
  title: 'Winter ferry timetable cuts evening sailings',
  date: '2025-11-03',
  modified: null,
  author: 'Nora Haldane',
  description: null,
  section: 'Island News',
  source: null,
  site: 'Harbour Gazette',
  lang: 'en',
  url: null,
  body: 'The last two evening sailings go.\n\nIslanders have started a petition.',
  wordCount: 11,
};
const withArticle: Outcome = { record: ARTICLE, hasArticle: true, noArticleReason: null };
const withoutArticle: Outcome = {
  record: { ...ARTICLE, author: null, section: null, body: '', wordCount: 0 },
  hasArticle: false,
  noArticleReason: 'no-content: no article text found',
};

describe('discoverFixtures', () => {
  it('finds both layouts with every page extension, named relative to the root, in code-unit order', async () => {
    const root = tree({
      'b.htm': '<p>b</p>',
      'b.expected.json': '{}',
      'B.txt.gz': 'x',
      'B.expected.json': '{}',
      'a/input.txt': 'a',
      'a/expected.json': '{}',
      'a/nested.html.gz': 'x',
      'a/nested.expected.json': '{}',
      'c/input.html': '<p>c</p>',
      'c/expected.json': '{}',
    });
    const { fixtures, unpaired } = await discoverFixtures(root);
    expect(fixtures.map((f) => [f.name, f.layout])).toEqual([
      ['B', 'pair'],
      ['a', 'folder'],
      ['a/nested', 'pair'],
      ['b', 'pair'],
      ['c', 'folder'],
    ]);
    expect(fixtures.find((f) => f.name === 'a/nested')?.page).toBe(join(root, 'a', 'nested.html.gz'));
    expect(fixtures.find((f) => f.name === 'a')?.expected).toBe(join(root, 'a', 'expected.json'));
    expect(fixtures.every((f) => f.problem === undefined)).toBe(true);
    expect(unpaired).toEqual([]);
  });

  it('skips hidden entries and node_modules, and walks a linked loop once', async () => {
    const root = tree({
      '.hidden.txt': 'h',
      '.hidden.expected.json': '{}',
      '.git/x.txt': 'x',
      '.git/x.expected.json': '{}',
      'node_modules/pkg/readme.txt': 'r',
      'node_modules/pkg/readme.expected.json': '{}',
      'real/page.txt': 'p',
      'real/page.expected.json': '{}',
    });
    symlinkSync(join(root, 'real'), join(root, 'real', 'loop'));
    const { fixtures } = await discoverFixtures(root);
    expect(fixtures.map((f) => f.name)).toEqual(['real/page']);
  });

  it('lists pages without an expected file apart, and names the root folder by its own name', async () => {
    const root = tree({ 'story.html': 's', 'folder/input.txt': 'i', 'notes.md': 'not a page' });
    const { fixtures, unpaired } = await discoverFixtures(root);
    expect(fixtures).toEqual([]);
    expect(unpaired.map((f) => [f.name, f.layout, f.expected])).toEqual([
      ['folder', 'folder', join(root, 'folder', 'expected.json')],
      ['story', 'pair', join(root, 'story.expected.json')],
    ]);

    const single = tree({ 'input.txt': 'i', 'expected.json': '{}' });
    const [only] = (await discoverFixtures(single)).fixtures;
    expect(only.name).toBe(single.split(/[\\/]/).at(-1));
  });

  it('keeps an expected file without its page, or with two pages, as a fixture that cannot run', async () => {
    const root = tree({
      'orphan.expected.json': '{}',
      'twice.html': 't',
      'twice.txt': 't',
      'twice.expected.json': '{}',
      'empty-folder/expected.json': '{}',
    });
    const { fixtures } = await discoverFixtures(root);
    expect(fixtures.map((f) => [f.name, f.page, f.problem])).toEqual([
      ['empty-folder', null, 'no input.html or input.txt beside expected.json'],
      ['orphan', null, 'no page (.html, .htm or .txt) beside orphan.expected.json'],
      ['twice', null, 'several pages for twice.expected.json: twice.html, twice.txt'],
    ]);
  });

  it('throws a DiscoveryError for a missing directory or a file', async () => {
    const root = tree({ 'page.txt': 'p' });
    await expect(discoverFixtures(join(root, 'missing'))).rejects.toThrow(DiscoveryError);
    await expect(discoverFixtures(join(root, 'page.txt'))).rejects.toThrow(/not a directory/);
  });
});

describe('parseExpectation', () => {
  it('knows every article field pith prints, besides input and body', () => {
    expect([...ARTICLE_FIELDS]).toEqual(ARTICLE_KEYS.filter((k) => k !== 'input' && k !== 'body'));
  });

  const failuresOf = (text: string) => {
    const parsed = parseExpectation(text);
    return parsed.ok ? [] : parsed.failures.map((f) => [f.field, f.message]);
  };

  it('accepts every documented key', () => {
    const parsed = parseExpectation(
      JSON.stringify({
        inputType: 'html',
        now: '2026-01-01T12:00:00Z',
        extractAs: 'forum',
        title: 't',
        date: null,
        wordCount: 3,
        body: 'b',
        bodyMinF1: 0.95,
        mustContain: ['x'],
        mustNotContain: ['y'],
        noArticle: false,
        url: null,
      }),
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.expectation).toMatchObject({ fields: { title: 't', date: null, wordCount: 3, url: null }, bodyMinF1: 0.95, extractAs: 'forum' });
  });

  it('names unknown keys and wrong values', () => {
    expect(failuresOf('{"titel": "x", "sourse": "y", "colour": 1}')).toEqual([
      ['titel', '"titel" is not a known key (did you mean "title"?)'],
      ['sourse', '"sourse" is not a known key (did you mean "source"?)'],
      ['colour', '"colour" is not a known key'],
    ]);
    expect(failuresOf('{"title": 3, "wordCount": "12", "mustContain": "ferry", "inputType": "pdf", "now": "soon"}')).toEqual([
      ['title', '"title" must be a string or null, not 3'],
      ['wordCount', '"wordCount" must be a whole number or null, not "12"'],
      ['mustContain', '"mustContain" must be an array of non-empty strings'],
      ['inputType', '"inputType" must be one of html, text, auto'],
      ['now', '"now" must be an ISO 8601 date or date-time, e.g. 2025-10-22T12:00:00Z'],
    ]);
    expect(failuresOf('{"title": "t", "extractAs": "blog"}')).toEqual([
      ['extractAs', '"extractAs" must be one of article, forum, product, collection, listing, documentation, service'],
    ]);
    // A setting alone checks nothing.
    expect(failuresOf('{"extractAs": "forum"}')).toEqual([['expected', 'expected file lists no key to check']]);
    expect(failuresOf('{"bodyMinF1": 0.9}')).toEqual([['bodyMinF1', '"bodyMinF1" needs a "body" to compare with']]);
    expect(failuresOf('{"body": "b", "bodyMinF1": 1.5}')).toEqual([['bodyMinF1', '"bodyMinF1" must be a number from 0 to 1']]);
  });

  it('reads a file an editor saved with a byte-order mark', () => {
    const parsed = parseExpectation('\uFEFF{"title": "Ferry"}');
    expect(parsed.ok).toBe(true);
  });

  it('a value of the wrong type is reported as the file has it, not as "expected: null"', () => {
    const parsed = parseExpectation('{"title": 5}');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const fixture = { name: 'typed', layout: 'pair' as const, page: 'typed.html', expected: 'typed.expected.json' };
    const text = formatTextReport([{ fixture, status: 'fail', failures: parsed.failures, durationMs: 1 }], { color: false });
    expect(text).toContain('title: "title" must be a string or null, not 5');
    expect(text).not.toContain('expected: null');
  });

  it('refuses bad JSON, a non-object and a file that checks nothing', () => {
    expect(failuresOf('{"title": "x",}')[0][1]).toMatch(/^expected file not valid JSON: /);
    expect(failuresOf('["title"]')).toEqual([['expected', 'expected file must be a JSON object of expected keys']]);
    expect(failuresOf('{"now": "2026-01-01"}')).toEqual([['expected', 'expected file lists no key to check']]);
  });
});

describe('diffParagraphs', () => {
  const paras = Array.from({ length: 10 }, (_, i) => `Paragraph ${i} about the ferry timetable and its ${i} sailings.`);
  const body = (ps: string[]) => ps.join('\n\n');

  it('shows a missing and an extra paragraph with one paragraph of context, in separate hunks when far apart', () => {
    const actual = [...paras.slice(0, 2), ...paras.slice(3, 8), 'A quite different extra line on fish soup.', ...paras.slice(8)];
    const diff = diffParagraphs(body(paras), body(actual));
    expect(diff).toMatchObject({ missing: 1, extra: 1, edited: 0 });
    expect(diff.hunks.map((h) => h.map((l) => `${l.op}${l.text.slice(0, 11)}`))).toEqual([
      [' Paragraph 1', '-Paragraph 2', ' Paragraph 3'],
      [' Paragraph 7', '+A quite dif', ' Paragraph 8'],
    ]);
  });

  it('puts an edited paragraph as a - line right before its + line', () => {
    const edited = paras.map((p, i) => (i === 5 ? p.replace('ferry', 'hovercraft') : p));
    const diff = diffParagraphs(body(paras), body([...edited.slice(0, 5), 'Brand new words here entirely.', ...edited.slice(5)]));
    expect(diff).toMatchObject({ missing: 0, extra: 1, edited: 1 });
    expect(diff.hunks[0].map((l) => [l.op, l.edit ?? false])).toEqual([
      [' ', false],
      ['+', false],
      ['-', true],
      ['+', true],
      [' ', false],
    ]);
  });

  it('sees equal paragraphs as no change even when the blank lines differ', () => {
    expect(diffParagraphs('One.\n\nTwo.', 'One.\n\n\nTwo.\n')).toMatchObject({ hunks: [], missing: 0, extra: 0 });
  });
});

describe('compareOutcome', () => {
  it('checks only the listed keys, with null as a value', () => {
    expect(compareOutcome(expectation({ title: ARTICLE.title, description: null, wordCount: 11 }), withArticle)).toEqual([]);
    const failures = compareOutcome(expectation({ author: null, site: 'Harbour Post', wordCount: 12 }), withArticle);
    expect(failures.map((f) => [f.field, f.expected, f.actual])).toEqual([
      ['author', null, 'Nora Haldane'],
      ['site', 'Harbour Post', 'Harbour Gazette'],
      ['wordCount', 12, 11],
    ]);
  });

  it('says in one failure that an article was expected, and compares what a no-article page says', () => {
    expect(compareOutcome(expectation({ title: ARTICLE.title, body: 'x' }), withoutArticle).map((f) => f.field)).toEqual(['noArticle']);
    expect(compareOutcome(expectation({ noArticle: true, title: ARTICLE.title }), withoutArticle)).toEqual([]);
    expect(compareOutcome(expectation({ noArticle: true, title: null }), withoutArticle).map((f) => f.field)).toEqual(['title']);
  });

  it('scores a body with the benchmark F1 when bodyMinF1 is set', () => {
    const close = ARTICLE.body.replace('petition', 'protest');
    expect(compareOutcome(expectation({ body: close, bodyMinF1: 0.5 }), withArticle)).toEqual([]);
    const [failure] = compareOutcome(expectation({ body: close, bodyMinF1: 0.99 }), withArticle);
    expect(failure.message).toMatch(/^body F1 0\.\d{3} is below bodyMinF1 0\.99 \(precision 0\.\d{3}, recall 0\.\d{3}; paragraphs: 1 edited\)$/);
  });
});

describe('--update rewrites', () => {
  it('changes only failing listed values, in place, and leaves settings and hand-written checks', () => {
    const raw = { now: '2026-01-01', title: 'Old title', lang: 'en', body: 'Old body.', bodyMinF1: 0.9, mustContain: ['moon'], inputType: 'html' };
    const { value, changed } = updatedExpectation(raw, withArticle);
    expect(changed).toEqual(['title', 'body']);
    expect(Object.keys(value)).toEqual(Object.keys(raw));
    expect(value).toEqual({ ...raw, title: ARTICLE.title, body: ARTICLE.body });
    expect(raw.title).toBe('Old title');
  });

  it('adds noArticle when the page has no article any more, then fixes the keys that breaks', () => {
    const { value, changed } = updatedExpectation({ title: ARTICLE.title, author: 'Nora Haldane', mustContain: ['ferry'] }, withoutArticle);
    expect(value).toEqual({ title: ARTICLE.title, author: null, mustContain: ['ferry'], noArticle: true });
    expect(changed).toEqual(['noArticle', 'author']);
  });

  it('writes every article key for a new fixture, or noArticle and the page fields', () => {
    expect(Object.keys(newExpectation(withArticle))).toEqual([
      'title', 'date', 'modified', 'author', 'description', 'section', 'source', 'site', 'lang', 'url', 'pageType', 'body', 'bodyMinF1', 'wordCount',
    ]);
    const none = newExpectation(withoutArticle);
    expect(Object.keys(none)[0]).toBe('noArticle');
    expect(none).not.toHaveProperty('body');
    expect(none).not.toHaveProperty('bodyMinF1');
  });

  it('gives a new fixture a body tolerance and the run\'s reference time, so it holds on later days', () => {
    const value = newExpectation(withArticle, '2025-06-01T00:00:00Z');
    expect(value).toMatchObject({ bodyMinF1: 0.95, now: '2025-06-01T00:00:00Z' });
    expect(Object.keys(value).at(-1)).toBe('now');
    expect(newExpectation(withArticle, new Date('2025-06-01T12:00:00Z')).now).toBe('2025-06-01T12:00:00.000Z');
  });
});

describe('--explain matching', () => {
  const decision = (index: number, text: string, verdict: Decision['verdict'], rule: string, reason?: string): Decision => ({ index, text, verdict, rule, reason });
  const trace = [
    decision(0, 'Home News Sport', 'boilerplate', 'drop-boilerplate-containers', 'inside nav'),
    decision(1, 'The Kelvik ferry leaving the harbour. Photo: Harbour Gazette', 'boilerplate', 'drop-captions', 'photo credit'),
    decision(2, 'Islanders have started a petition against the cuts.', 'content', 'pick-main-run', 'good block inside the main run'),
    decision(3, 'art', 'boilerplate', 'drop-nav-labels'),
  ];

  it('finds the block of a paragraph by its normalised text, whole, contained or reworded', () => {
    expect(decisionsFor('the kelvik ferry leaving the harbour — photo: harbour gazette', trace).map((d) => d.index)).toEqual([1]);
    expect(decisionsFor('Islanders have started a petition against the cuts. The board will reply in January.', trace)[0].index).toBe(2);
    expect(decisionsFor('Islanders have started a petition against the evening cuts!', trace)[0].index).toBe(2);
    // Short blocks and word fragments say nothing: "art" is neither in "party" nor a paragraph's source.
    expect(decisionsFor('The party on the quay lasted until midnight.', trace)).toEqual([]);
  });

  it('says what the rule did', () => {
    expect(describeDecision(trace[1])).toBe('dropped by drop-captions (photo credit)');
    expect(describeDecision(trace[2])).toBe('kept by pick-main-run (good block inside the main run)');
    expect(describeDecision({ ...trace[0], field: 'title', rule: 'metadata-title', reason: undefined })).toBe('taken as the title by metadata-title');
  });
});

describe('reports', () => {
  const failing: CheckResult = {
    fixture: { name: 'bell\u0007/ferry', layout: 'pair', page: 'bell\u0007/ferry.html', expected: 'bell\u0007/ferry.expected.json' },
    status: 'fail',
    failures: [
      { field: 'ti\u001btel', expected: null, actual: null, message: '"ti\u001btel" is not a known key' },
      { field: 'title', expected: 'Lone \ud800 surrogate', actual: 'Ferry \u0085 next line', message: 'title differs' },
    ],
    durationMs: 12,
  };
  const passing: CheckResult = {
    fixture: { name: 'ok', layout: 'folder', page: 'ok/input.txt', expected: 'ok/expected.json' },
    status: 'pass',
    failures: [],
    durationMs: 3,
  };

  it('keeps the JUnit XML well-formed whatever the names and values hold', () => {
    const xml = formatJunitReport([passing, failing]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const suite = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).testsuite;
    expect([suite['@tests'], suite['@failures'], suite['@time']]).toEqual(['2', '1', '0.015']);
    expect(suite.testcase[1]['@name']).toBe('bell\\u0007/ferry');
    expect(suite.testcase[1].failure['@message']).toBe('"ti\\u001btel" is not a known key; title differs');
  });

  it('never prints a control character of a page or an expected file to the terminal', () => {
    const text = formatTextReport([failing], { color: false });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('FAIL bell\\u0007/ferry');
    expect(text).toContain('actual:   "Ferry \\u0085 next line"');
  });

  it('shortens long text in the middle without splitting a character', () => {
    const long = '🚢'.repeat(30) + 'middle' + '⚓'.repeat(30);
    const short = shortenMiddle(long, 21);
    expect(Array.from(short)).toHaveLength(21);
    expect(short).toMatch(/^🚢+ … ⚓+$/u);
  });
});

describe('summaryLine', () => {
  const result = (name: string, status: 'pass' | 'fail') => ({ fixture: { name, page: null, expected: `${name}.expected.json` }, status, failures: [], durationMs: 0 }) as unknown as CheckResult;
  it('names the failing fixtures, five at most, so the last line of a log says what to look at', () => {
    expect(summaryLine([result('a', 'pass'), result('b', 'pass')])).toBe('2 passed, 0 failed');
    expect(summaryLine([result('a', 'fail'), result('b', 'pass'), result('c/d', 'fail')])).toBe('1 passed, 2 failed: a, c/d');
    const many = ['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7'].map((n) => result(n, 'fail'));
    expect(summaryLine(many)).toBe('0 passed, 7 failed: f1, f2, f3, f4, f5 and 2 more');
  });
});
