/**
 * `pith check` end to end, in-process through runCli (and once through the built bin/pith.js):
 * invented fixture trees in temp directories, the report on stdout, exit codes, --update's
 * rewrites, the JUnit and JSON reports, --explain and colour.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program.js';

const NOW = '2026-01-01T12:00:00Z';
const ANSI = /\x1b\[/;

const FERRY_PARAGRAPHS = [
  'The harbour board has approved a winter timetable for the Kelvik ferry that removes the last two evening sailings from the mainland on weekdays, starting on the first Monday of December.',
  "Board chair Ingrid Solberg said the late crossings carried fewer than a dozen passengers a night through last winter, while the crew costs of keeping the vessel in service after eight o'clock had doubled.",
  'Islanders who commute to the mainland hospital and the college say the change leaves them with a choice between leaving work early and paying for a night in town.',
  'A petition started by the island community council has gathered more than four hundred signatures in a week, and the council has asked the board to reconsider at its January meeting.',
  'The summer timetable, with sailings every hour until eleven at night, will return in April as usual, the board said.',
];
const FERRY_BODY = FERRY_PARAGRAPHS.join('\n\n');
const FERRY_TITLE = 'Winter ferry timetable cuts evening sailings';
const FERRY_DATE = '2025-11-03T08:30:00Z';
const CAPTION = 'The Kelvik ferry leaving the harbour. Photo: Harbour Gazette';

const FERRY_HTML = `<!doctype html>
<html lang="en"><head><title>${FERRY_TITLE} | Harbour Gazette</title>
<meta property="article:published_time" content="${FERRY_DATE}"></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>${FERRY_TITLE}</h1>
${FERRY_PARAGRAPHS.slice(0, 4)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<figure><img src="ferry.jpg"><figcaption>${CAPTION}</figcaption></figure>
<p>${FERRY_PARAGRAPHS[4]}</p>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Harbour wall repairs begin next week</a></li>
<li><a href="/b">New fish market opens on the quay</a></li></ul></aside>
<footer>© 2025 Harbour Gazette. All rights reserved.</footer>
</body></html>
`;

const MUSEUM_TEXT = `Home
Island News
Sign in

Lighthouse cottage on Kelvik to become a maritime museum

By Nora Haldane

12 March 2025

The empty keeper's cottage beside Kelvik lighthouse will open as a small maritime museum next summer, after the island trust agreed to lease it from the harbour board for a token rent.

Volunteers plan to show the lamp mechanism that was removed when the light was automated in 1987, along with logbooks, charts and photographs donated by the families of former keepers.

"Every family on the island has a story about the light," said trust secretary Elin Brekke. The trust hopes to raise the remaining repair costs through a summer appeal and a concert in the harbour church.

Share this article
Privacy policy
`;
const MUSEUM_TITLE = 'Lighthouse cottage on Kelvik to become a maritime museum';

const NAV_TEXT = 'Home\nNews\nSport\nWeather\nContact\nSign in\n';

/** The serialisation --update uses, and a careful human writes. */
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A fresh temp directory holding `files` (path -> content). */
function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'pith-check-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface CheckCall {
  stdoutIsTTY?: boolean;
  env?: Record<string, string | undefined>;
}

async function check(argv: string[], o: CheckCall = {}) {
  let out = '';
  let err = '';
  const stdin = Readable.from([]) as Readable & { isTTY?: boolean };
  const code = await runCli(
    {
      stdout: (s) => (out += s),
      stderr: (s) => (err += s),
      stdin,
      stderrIsTTY: false,
      stdoutIsTTY: o.stdoutIsTTY ?? false,
      env: o.env ?? {},
    },
    ['check', '--now', NOW, ...argv],
  );
  return { code, out, err, lines: out.split('\n').filter((l) => l !== '') };
}

function expectOneDiagnostic(err: string) {
  const lines = err.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^pith: /);
  expect(err).not.toMatch(/^\s+at /m);
}

const ferryExpected = (over: Record<string, unknown> = {}) => json({ title: FERRY_TITLE, date: FERRY_DATE, body: FERRY_BODY, ...over });

describe('pith check: discovery and the report', () => {
  it('finds pairs, folders and .gz pages, in code-unit order, skipping hidden entries and pages without expectations', async () => {
    const root = tree({
      'gazette/ferry.html': FERRY_HTML,
      'gazette/ferry.expected.json': ferryExpected(),
      'museum/input.txt': MUSEUM_TEXT,
      'museum/expected.json': json({ title: MUSEUM_TITLE, author: 'Nora Haldane', date: '2025-03-12' }),
      'archive/Old-ferry.html.gz': gzipSync(FERRY_HTML),
      'archive/Old-ferry.expected.json': ferryExpected(),
      'archive/folder/input.html.gz': gzipSync(FERRY_HTML),
      'archive/folder/expected.json': json({ title: FERRY_TITLE }),
      '.drafts/ferry.html': FERRY_HTML,
      '.drafts/ferry.expected.json': json({ title: 'never read' }),
      'gazette/loose-page.txt': MUSEUM_TEXT,
    });
    const r = await check([root]);
    expect(r.err).toBe('');
    expect(r.lines).toEqual(['PASS archive/Old-ferry', 'PASS archive/folder', 'PASS gazette/ferry', 'PASS museum', '4 passed, 0 failed']);
    expect(r.code).toBe(0);
  });

  it('shows which fields changed: title and date values, and only the changed body paragraph with context', async () => {
    const edited = FERRY_PARAGRAPHS[3].replace('four hundred', 'five hundred');
    const body = [...FERRY_PARAGRAPHS.slice(0, 3), edited, FERRY_PARAGRAPHS[4]].join('\n\n');
    const root = tree({
      'ferry.html': FERRY_HTML,
      'ferry.expected.json': ferryExpected({ title: 'Winter ferry timetable keeps evening sailings', date: '2025-11-04', body }),
      'museum/input.txt': MUSEUM_TEXT,
      'museum/expected.json': json({ title: MUSEUM_TITLE }),
    });
    const r = await check([root]);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toBe('FAIL ferry');
    expect(r.lines).toContain('PASS museum');
    expect(r.lines.at(-1)).toBe('1 passed, 1 failed: ferry');
    // --failures-only: the same report without the PASS lines; the summary still counts both.
    const quiet = await check(['--failures-only', root]);
    expect(quiet.lines).not.toContain('PASS museum');
    expect(quiet.lines[0]).toBe('FAIL ferry');
    expect(quiet.out).toBe(r.out.replace('PASS museum\n', ''));
    expect(r.out).toMatch(/^ {2}title\n {4}expected: "Winter ferry timetable keeps evening sailings"\n {4}actual: {3}"Winter ferry timetable cuts evening sailings"$/m);
    expect(r.out).toMatch(/^ {2}date\n {4}expected: "2025-11-04"\n {4}actual: {3}"2025-11-03T08:30:00Z"$/m);
    expect(r.out).toMatch(/^ {2}body: body differs \(paragraphs: 1 edited\)$/m);
    const minus = r.lines.find((l) => l.startsWith('    - '));
    const plus = r.lines.find((l) => l.startsWith('    + '));
    expect(minus).toContain('five hundred signatures');
    expect(plus).toContain('four hundred signatures');
    // One paragraph of context either side, never the whole body.
    expect(r.out).toContain('Islanders who commute');
    expect(r.out).toContain('The summer timetable');
    expect(r.out).not.toContain('has approved a winter timetable');
    expect(r.out).not.toContain('Board chair');
  });

  it('checks mustContain and mustNotContain, naming each string that fails', async () => {
    const root = tree({
      'ferry.html': FERRY_HTML,
      'ferry.expected.json': json({
        mustContain: ['four hundred signatures', 'sailings to the moon'],
        mustNotContain: ['Harbour wall repairs', 'Board chair Ingrid Solberg'],
      }),
    });
    const r = await check([root]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('mustContain: body does not contain "sailings to the moon"');
    expect(r.out).toContain('mustNotContain: body contains "Board chair Ingrid Solberg"');
    expect(r.out).not.toContain('four hundred signatures');
    expect(r.out).not.toContain('Harbour wall repairs');
  });

  it('passes a body close enough for bodyMinF1 and fails one that is not', async () => {
    const close = FERRY_BODY.replace('four hundred', 'five hundred');
    const far = [FERRY_PARAGRAPHS[0], 'An unrelated paragraph about the price of fish soup on the quay, which has gone up again this winter.'].join('\n\n');
    const root = tree({
      'close.html': FERRY_HTML,
      'close.expected.json': json({ body: close, bodyMinF1: 0.9 }),
      'exact.html': FERRY_HTML,
      'exact.expected.json': json({ body: close }),
      'far.html': FERRY_HTML,
      'far.expected.json': json({ body: far, bodyMinF1: 0.9 }),
    });
    const r = await check([root]);
    expect(r.lines.filter((l) => /^(PASS|FAIL) /.test(l))).toEqual(['PASS close', 'FAIL exact', 'FAIL far']);
    expect(r.out).toMatch(/body: body F1 0\.\d{3} is below bodyMinF1 0\.9 \(precision/);
    expect(r.code).toBe(1);
  });

  it('fails an expected file with an unknown key, naming the key', async () => {
    const root = tree({ 'ferry.html': FERRY_HTML, 'ferry.expected.json': json({ titel: FERRY_TITLE }) });
    const r = await check([root]);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toBe('FAIL ferry');
    expect(r.out).toContain('titel: "titel" is not a known key (did you mean "title"?)');
  });

  it('fails a fixture whose expected file is bad JSON, and goes on with the others', async () => {
    const root = tree({
      'a-broken.html': FERRY_HTML,
      'a-broken.expected.json': '{ "title": "Winter ferry", }\n',
      'b-fine.html': FERRY_HTML,
      'b-fine.expected.json': ferryExpected(),
    });
    const r = await check([root]);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toBe('FAIL a-broken');
    expect(r.lines[1]).toMatch(/^ {2}expected: expected file not valid JSON: /);
    expect(r.lines).toContain('PASS b-fine');
    expect(r.err).toBe('');
  });

  it('fails a fixture whose page cannot be decoded, with the reason', async () => {
    const root = tree({ 'empty.txt': '   \n', 'empty.expected.json': json({ title: null }) });
    const r = await check([root]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/page: .*empty\.txt: input contains only whitespace/);
  });

  it('passes an expected no-article outcome and explains an unexpected one', async () => {
    const root = tree({
      'nav-expected.txt': NAV_TEXT,
      'nav-expected.expected.json': json({ noArticle: true }),
      'nav-surprise.txt': NAV_TEXT,
      'nav-surprise.expected.json': json({ title: null }),
      'museum.txt': MUSEUM_TEXT,
      'museum.expected.json': json({ noArticle: true }),
    });
    const r = await check([root]);
    expect(r.code).toBe(1);
    expect(r.lines.filter((l) => /^(PASS|FAIL) /.test(l))).toEqual(['FAIL museum', 'PASS nav-expected', 'FAIL nav-surprise']);
    expect(r.out).toMatch(/noArticle: expected no article, but one came out \(\d+ words\)/);
    expect(r.out).toContain('noArticle: no article came out of the page (no-content: no article text found)');
  });

  it("uses --now for date checks, and a fixture's own now wins", async () => {
    const root = tree({
      'run-now.txt': MUSEUM_TEXT,
      'run-now.expected.json': json({ date: '2025-03-12' }),
      'own-now.txt': MUSEUM_TEXT,
      'own-now.expected.json': json({ now: '2026-01-01', date: '2025-03-12' }),
    });
    // A date after "now" is implausible: pith leaves it out.
    const r = await check(['--now', '2020-01-01', root]);
    expect(r.lines.filter((l) => /^(PASS|FAIL) /.test(l))).toEqual(['PASS own-now', 'FAIL run-now']);
    expect(r.out).toMatch(/^ {4}actual: {3}null$/m);
  });
});

describe('pith check: usage errors', () => {
  it('exits 2 with one line for a directory that does not exist', async () => {
    const r = await check([join(tmpdir(), 'pith-check-no-such-dir')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expectOneDiagnostic(r.err);
    expect(r.err).toContain('no such directory');
  });

  it('exits 2 for a directory without fixtures, and says when --update would create some', async () => {
    const r = await check([tree({ 'ferry.html': FERRY_HTML })]);
    expect(r.code).toBe(2);
    expectOneDiagnostic(r.err);
    expect(r.err).toMatch(/no fixtures found.*1 page has no expected file yet: --update creates them/);
  });

  it('exits 2 for an unknown reporter or a reporter without a file', async () => {
    const root = tree({ 'ferry.html': FERRY_HTML, 'ferry.expected.json': ferryExpected() });
    for (const argv of [['--reporter', 'tap', 'out.tap', root], [root, '--reporter', 'junit']]) {
      const r = await check(argv);
      expect(r.code).toBe(2);
      expectOneDiagnostic(r.err);
    }
  });
});

describe('pith check --update', () => {
  it('rewrites only the changed values, keeping key order, input settings and hand-written checks', async () => {
    const edited = FERRY_PARAGRAPHS[3].replace('four hundred', 'five hundred');
    const original = json({
      inputType: 'html',
      now: '2026-01-01',
      title: 'Winter ferry timetable keeps evening sailings',
      lang: 'en',
      date: '2025-11-04',
      body: [...FERRY_PARAGRAPHS.slice(0, 3), edited, FERRY_PARAGRAPHS[4]].join('\n\n'),
      mustContain: ['evening sailings'],
    });
    const root = tree({ 'ferry.html': FERRY_HTML, 'ferry.expected.json': original });
    const r = await check(['--update', root]);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual(['UPDATED ferry  title, date, body', '1 passed, 0 failed (1 updated, 0 created)']);

    const before = original.split('\n');
    const after = readFileSync(join(root, 'ferry.expected.json'), 'utf8').split('\n');
    expect(after).toHaveLength(before.length);
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i]));
    expect(changed.map((i) => before[i].trim().split('"')[1])).toEqual(['title', 'date', 'body']);
    expect(changed.map((i) => after[i])).toEqual([
      `  "title": ${JSON.stringify(FERRY_TITLE)},`,
      `  "date": ${JSON.stringify(FERRY_DATE)},`,
      `  "body": ${JSON.stringify(FERRY_BODY)},`,
    ]);

    const again = await check([root]);
    expect(again.lines).toEqual(['PASS ferry', '1 passed, 0 failed']);
    expect(again.code).toBe(0);
  });

  it("keeps an expected file's own layout: its indent and a missing final newline", async () => {
    const original = JSON.stringify({ title: 'An old headline', lang: 'en' }, null, 4);
    const root = tree({ 'ferry.html': FERRY_HTML, 'ferry.expected.json': original });
    expect((await check(['--update', root])).code).toBe(0);
    expect(readFileSync(join(root, 'ferry.expected.json'), 'utf8')).toBe(original.replace('An old headline', FERRY_TITLE));
  });

  it('keeps bodyMinF1 and mustContain, and still fails when a hand-written check fails', async () => {
    const original = json({ body: FERRY_PARAGRAPHS[0], bodyMinF1: 0.9, mustContain: ['sailings to the moon'] });
    const root = tree({ 'ferry.html': FERRY_HTML, 'ferry.expected.json': original });
    const r = await check(['--update', root]);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toBe('FAIL ferry');
    expect(r.out).toContain('updated body; still failing:');
    expect(r.out).toContain('mustContain: body does not contain "sailings to the moon"');
    expect(JSON.parse(readFileSync(join(root, 'ferry.expected.json'), 'utf8'))).toEqual({
      body: FERRY_BODY,
      bodyMinF1: 0.9,
      mustContain: ['sailings to the moon'],
    });
  });

  it('leaves a bad expected file alone', async () => {
    const bad = '{ "title": "Winter ferry", }\n';
    const root = tree({ 'ferry.html': FERRY_HTML, 'ferry.expected.json': bad });
    const r = await check(['--update', root]);
    expect(r.code).toBe(1);
    expect(readFileSync(join(root, 'ferry.expected.json'), 'utf8')).toBe(bad);
  });

  it('creates expected files with every article key for pages that have none', async () => {
    const root = tree({
      'museum.txt': MUSEUM_TEXT,
      'ferry/input.html': FERRY_HTML,
      'nav.txt': NAV_TEXT,
      'kept.html': FERRY_HTML,
      'kept.expected.json': json({ title: FERRY_TITLE }),
    });
    // Without --update the pages without expectations are not fixtures.
    expect((await check([root])).lines).toEqual(['PASS kept', '1 passed, 0 failed']);

    const r = await check(['--update', root]);
    expect(r.code).toBe(0);
    expect(r.lines.slice(0, 4).map((l) => l.split('  ')[0])).toEqual(['CREATED ferry', 'PASS kept', 'CREATED museum', 'CREATED nav']);
    expect(r.lines[4]).toBe('4 passed, 0 failed (0 updated, 3 created)');

    const museum = JSON.parse(readFileSync(join(root, 'museum.expected.json'), 'utf8'));
    expect(Object.keys(museum)).toEqual(['title', 'date', 'modified', 'author', 'description', 'section', 'source', 'site', 'lang', 'url', 'pageType', 'body', 'bodyMinF1', 'wordCount', 'now']);
    expect(museum).toMatchObject({ bodyMinF1: 0.95, now: NOW });
    expect(museum).toMatchObject({ title: MUSEUM_TITLE, author: 'Nora Haldane', date: '2025-03-12' });
    expect(JSON.parse(readFileSync(join(root, 'ferry/expected.json'), 'utf8'))).toMatchObject({ title: FERRY_TITLE, body: FERRY_BODY });
    expect(JSON.parse(readFileSync(join(root, 'nav.expected.json'), 'utf8')).noArticle).toBe(true);
    expect(readFileSync(join(root, 'museum.expected.json'), 'utf8')).toBe(json(museum));

    const again = await check([root]);
    expect(again.lines.at(-1)).toBe('4 passed, 0 failed');
    expect(again.code).toBe(0);
  });
});

describe('pith check: reports', () => {
  const WRONG_BODY = `${FERRY_PARAGRAPHS[0]}\n\nA bell \u0007 and an escape \u001b[31m beside <markup> & "quotes".`;
  const mixed = () =>
    tree({
      'a-ferry.html': FERRY_HTML,
      'a-ferry.expected.json': ferryExpected(),
      'b-museum.txt': MUSEUM_TEXT,
      'b-museum.expected.json': json({ title: MUSEUM_TITLE }),
      // Control characters and markup in the values must not break the XML.
      'c-wrong.html': FERRY_HTML,
      'c-wrong.expected.json': json({ title: 'Ferry \u0007 <timetable> & "sailings" \u001b[31m', body: WRONG_BODY }),
    });

  it('writes a JUnit XML report with counts, one testcase per fixture and the diff of each failure', async () => {
    const root = mixed();
    const xmlPath = join(root, 'junit.xml');
    const jsonPath = join(root, 'report.json');
    const r = await check(['--reporter', 'junit', xmlPath, 'json', jsonPath, root]);
    expect(JSON.parse(readFileSync(jsonPath, 'utf8'))).toMatchObject({ passed: 2, failed: 1 });
    expect(r.code).toBe(1);
    expect(r.lines.filter((l) => /^(PASS|FAIL) /.test(l))).toEqual(['PASS a-ferry', 'PASS b-museum', 'FAIL c-wrong']);

    const xml = readFileSync(xmlPath, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
    const suite = doc.testsuite;
    expect(suite['@name']).toBe('pith check');
    expect(suite['@tests']).toBe('3');
    expect(suite['@failures']).toBe('1');
    expect(Number(suite['@time'])).toBeGreaterThanOrEqual(0);
    const cases = suite.testcase as Record<string, unknown>[];
    expect(cases.map((c) => c['@name'])).toEqual(['a-ferry', 'b-museum', 'c-wrong']);
    expect(cases.every((c) => c['@classname'] === 'pith.check' && typeof c['@time'] === 'string')).toBe(true);
    const failure = cases[2].failure as Record<string, string>;
    expect(failure['@message']).toContain('title differs');
    expect(failure['#text']).toContain('expected: "Ferry \\u0007 <timetable> & \\"sailings\\" \\u001b[31m"');
    expect(failure['#text']).toContain('+ Board chair Ingrid Solberg');
    // Raw control characters in a paragraph cannot be XML at all: they show as \uXXXX.
    expect(failure['#text']).toContain('- A bell \\u0007 and an escape \\u001b[31m beside <markup> & "quotes".');
    expect(failure['#text']).not.toMatch(ANSI);
  });

  it('prints one JSON document with --json', async () => {
    const r = await check(['--json', mixed()]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.passed).toBe(2);
    expect(report.failed).toBe(1);
    expect(report.fixtures.map((f: { name: string; status: string }) => [f.name, f.status])).toEqual([
      ['a-ferry', 'pass'],
      ['b-museum', 'pass'],
      ['c-wrong', 'fail'],
    ]);
    for (const f of report.fixtures) expect(typeof f.path).toBe('string');
    const failures = report.fixtures[2].failures;
    expect(failures.map((f: { field: string }) => f.field)).toEqual(['title', 'body']);
    expect(Object.keys(failures[0])).toEqual(['field', 'expected', 'actual', 'message']);
    expect(failures[0].actual).toBe(FERRY_TITLE);
    expect(failures[1].expected).toBe(WRONG_BODY);
    expect(failures[1].actual).toBe(FERRY_BODY);
  });

  it('names the rule that dropped a missing paragraph and the one that kept an extra one with --explain', async () => {
    const body = [...FERRY_PARAGRAPHS.slice(0, 3), FERRY_PARAGRAPHS[4]].join('\n\n');
    const withCaption = [...FERRY_PARAGRAPHS.slice(0, 4), CAPTION, FERRY_PARAGRAPHS[4]].join('\n\n');
    const root = tree({
      'caption.html': FERRY_HTML,
      'caption.expected.json': json({ body: withCaption }),
      'petition.html': FERRY_HTML,
      'petition.expected.json': json({ body }),
    });
    const r = await check(['--explain', root]);
    expect(r.code).toBe(1);
    const after = (prefix: string) => r.lines[r.lines.findIndex((l) => l.startsWith(prefix)) + 1];
    expect(after(`    - ${CAPTION}`)).toMatch(/^ {8}dropped by drop-[a-z-]+ \(.+\)$/);
    expect(after('    + A petition started')).toMatch(/^ {8}kept by [a-z-]+/);
  });

  it('colours the report only on a terminal without NO_COLOR', async () => {
    const root = mixed();
    expect((await check([root], { stdoutIsTTY: true })).out).toMatch(ANSI);
    expect((await check([root], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).out).not.toMatch(ANSI);
    expect((await check([root], { stdoutIsTTY: false })).out).not.toMatch(ANSI);
  });
});

describe.skipIf(!existsSync('dist/bin/main.cjs'))('bin/pith.js check', () => {
  it("passes pith's own fixtures and exits 0", () => {
    const r = spawnSync(process.execPath, ['bin/pith.js', 'check', '--now', '2026-11-26T12:00:00Z', 'fixtures/articles'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^[1-9]\d* passed, 0 failed$/);
    expect(r.status).toBe(0);
  });

  it('exits 2 with one line, and no stack trace, for a missing directory', () => {
    const r = spawnSync(process.execPath, ['bin/pith.js', 'check', 'fixtures/no-such-tree'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('pith: fixtures/no-such-tree: no such directory\n');
  });
});

describe('pith check with user rules', () => {
  const SPONSORED = `${FERRY_TITLE}\n\n${FERRY_PARAGRAPHS[0]}\n\n${FERRY_PARAGRAPHS[1]}\n\nSponsored by Kelvik Chandlery\n\n${FERRY_PARAGRAPHS[2]}\n`;
  const fixture = () =>
    tree({
      'ferry/input.txt': SPONSORED,
      'ferry/expected.json': JSON.stringify({ body: FERRY_PARAGRAPHS.slice(0, 3).join('\n\n') }, null, 2) + '\n',
      'team.json': JSON.stringify({ rules: [{ id: 'sponsor-credit', regex: '^Sponsored by ' }] }),
      'broken.json': JSON.stringify({ rules: [{ id: 'sponsor-credit' }] }),
    });

  it('applies --rules to every fixture, and --explain names the user rule', async () => {
    const root = fixture();
    expect((await check([root])).code).toBe(1); // pith alone keeps the sponsor line
    const withRules = await check(['--rules', join(root, 'team.json'), root]);
    expect(withRules.code).toBe(0);
    expect(withRules.lines[0]).toBe('PASS ferry');
    writeFileSync(join(root, 'ferry', 'expected.json'), JSON.stringify({ body: SPONSORED.split('\n\n').slice(1).join('\n\n').trim() }, null, 2) + '\n');
    const explained = await check(['--rules', join(root, 'team.json'), '--explain', root]);
    expect(explained.code).toBe(1);
    expect(explained.out).toContain('user:sponsor-credit');
  });

  it('takes $PITH_RULES, and refuses a bad rules file with one line, exit 2', async () => {
    const root = fixture();
    expect((await check([root], { env: { PITH_RULES: join(root, 'team.json') } })).code).toBe(0);
    const bad = await check(['--rules', join(root, 'broken.json'), root]);
    expect(bad.code).toBe(2);
    expectOneDiagnostic(bad.err);
    expect(bad.err).toMatch(/broken\.json: rules\[0\]: a rule needs "lines", "regex" or "selector"/);
  });
});
