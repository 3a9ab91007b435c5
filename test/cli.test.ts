/**
 * The CLI driven in-process through runCli/createProgram. Extraction quality is tested
 * elsewhere; here only structure counts: records, keys, order, streams and exit codes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../src/cli/exit-code.js';
import { runCli } from '../src/cli/program.js';
import { formatExplainText } from '../src/format/explain.js';
import { formatArticle, formatNoArticle } from '../src/format/index.js';
import { ARTICLE_KEYS } from '../src/format/json.js';
import type { Article, Decision } from '../src/types.js';
import { tempDir } from './support/temp-dir.js';

const NOW = ['--now', '2025-06-01'];
const NEWS = 'fixtures/cli/short-news.txt';
const NEWS2 = 'fixtures/cli/second-news.txt';
const ANSI = /\x1b\[/;

interface RunOptions {
  stdin?: string | Uint8Array;
  stdinIsTTY?: boolean;
  stderrIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  env?: Record<string, string | undefined>;
}

async function pith(argv: string[], o: RunOptions = {}) {
  let out = '';
  let err = '';
  const stdin = Readable.from(o.stdin === undefined ? [] : [Buffer.from(o.stdin)]) as Readable & { isTTY?: boolean };
  stdin.isTTY = o.stdinIsTTY ?? false;
  const code = await runCli(
    {
      stdout: (s) => (out += s),
      stderr: (s) => (err += s),
      stdin,
      stderrIsTTY: o.stderrIsTTY ?? false,
      stdoutIsTTY: o.stdoutIsTTY ?? false,
      env: o.env ?? {},
    },
    argv,
  );
  return { code, out, err, errLines: err.split('\n').filter((l) => l !== '') };
}

/** One diagnostic line, `pith: `-prefixed, no stack trace. */
function expectOneDiagnostic(err: string) {
  const lines = err.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^pith: /);
  expect(err).not.toMatch(/^\s+at /m);
}

const tmp = tempDir('pith-cli-');
const bad = {
  missing: join(tmp, 'missing.txt'),
  directory: join(tmp, 'a-directory'),
  binary: join(tmp, 'image.png'),
  empty: join(tmp, 'empty.txt'),
  invalidUtf8: join(tmp, 'latin1.txt'),
};
mkdirSync(bad.directory);
writeFileSync(bad.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
writeFileSync(bad.empty, '');
writeFileSync(bad.invalidUtf8, Buffer.concat([Buffer.from('Un caf'), Buffer.from([0xe9]), Buffer.from(' noir.\n')]));

describe('pith: inputs', () => {
  it('prints one JSON object with every key for a file', async () => {
    const r = await pith([...NOW, NEWS]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const article = JSON.parse(r.out);
    expect(Object.keys(article)).toEqual([...ARTICLE_KEYS]);
    expect(article.input).toBe(NEWS);
    expect(typeof article.body).toBe('string');
    expect(article.body.length).toBeGreaterThan(0);
    expect(typeof article.wordCount).toBe('number');
  });

  it('reads stdin when no input is named and stdin is not a terminal', async () => {
    const r = await pith([...NOW], { stdin: readFileSync(NEWS) });
    expect(r.code).toBe(0);
    const article = JSON.parse(r.out);
    expect(Object.keys(article)).toEqual([...ARTICLE_KEYS]);
    expect(article.input).toBeNull();
  });

  it('reads stdin for -', async () => {
    const r = await pith([...NOW, '-'], { stdin: readFileSync(NEWS), stdinIsTTY: true });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).body).toBe(JSON.parse((await pith([...NOW, NEWS])).out).body);
  });

  it('prints JSON Lines in input order for several inputs', async () => {
    const r = await pith([...NOW, NEWS2, NEWS, NEWS2]);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).input)).toEqual([NEWS2, NEWS, NEWS2]);
  });

  it('prints usage and exits 2 with no input on a terminal', async () => {
    const r = await pith([], { stdinIsTTY: true });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/Usage: pith/);
  });

  it.each(Object.entries(bad))('exits 2 with one stderr line for a %s input', async (_kind, path) => {
    const r = await pith([...NOW, path]);
    expect(r.code).toBe(2);
    expectOneDiagnostic(r.err);
    expect(r.err).toContain(path);
    const record = JSON.parse(r.out);
    expect(record.input).toBe(path);
    expect(record.error.code).toMatch(/^(not-found|is-directory|binary|empty|invalid-encoding)$/);
  });

  it('names the byte offset of invalid UTF-8', async () => {
    expect((await pith([...NOW, bad.invalidUtf8])).err).toMatch(/byte 6/);
  });

  it('keeps printing after a failing input: one record each, exit 2', async () => {
    const r = await pith([...NOW, NEWS, bad.missing, NEWS2]);
    expect(r.code).toBe(2);
    expectOneDiagnostic(r.err);
    const records = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => x.input)).toEqual([NEWS, bad.missing, NEWS2]);
    expect(records[0].error).toBeUndefined();
    expect(records[1].error.code).toBe('not-found');
    expect(Object.keys(records[1])).toEqual([...ARTICLE_KEYS, 'error']);
  });

  it('reads HTML pages, sniffed or forced, and prints their article', async () => {
    for (const argv of [['fixtures/cli/page.html'], ['--input-type', 'html', 'fixtures/cli/page.html']]) {
      const r = await pith([...NOW, ...argv]);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      const record = JSON.parse(r.out);
      expect(record.body).toContain('converted cargo barge');
      expect(record.body).not.toContain('Harbour wall repairs');
    }
  });

  it('explains HTML drops with the rule and the element that held the block', async () => {
    const r = await pith([...NOW, '--explain', '--format', 'json', 'fixtures/cli/page.html']);
    expect(r.code).toBe(0);
    const view = JSON.parse(r.out) as { pageType: unknown; blocks: { rule: string; element?: string; reason: string | null; text: string; verdict: string }[] };
    const records = view.blocks;
    const nav = records.find((d) => d.text.includes('News'));
    expect(nav?.rule).toBe('drop-boilerplate-containers');
    expect(nav?.element).toBe('nav.site-nav');
    const related = records.find((d) => d.text.includes('Harbour wall repairs'));
    expect(related?.verdict).toBe('boilerplate');
    expect(related?.reason).toContain('aside.related');
    expect(records.every((d) => typeof d.element === 'string')).toBe(true);
  });

  it('keeps what a page says about itself in the record when it has no article', async () => {
    const r = await pith([...NOW, 'fixtures/cli/title-only.html']);
    expect(r.code).toBe(1);
    const record = JSON.parse(r.out);
    expect(record.title).toBe('Section index');
    expect(record.lang).toBe('en');
    expect(record.body).toBe('');
    expect(record.error.code).toBe('no-content');
  });

  it('gives a record for a page without an article (exit 1) or the article (exit 0)', async () => {
    const r = await pith([...NOW, 'fixtures/cli/nav-only.txt']);
    expect([0, 1]).toContain(r.code);
    const record = JSON.parse(r.out);
    expect(Object.keys(record).slice(0, ARTICLE_KEYS.length)).toEqual([...ARTICLE_KEYS]);
    if (r.code === 1) {
      expectOneDiagnostic(r.err);
      expect(record.error.code).toMatch(/^(empty|no-content|too-short)$/);
    }
  });
});

describe('pith: URLs', () => {
  it('a URL given as an input is a usage error that says how to fetch it', async () => {
    const r = await pith([...NOW, 'https://example.com/news/a?id=1', NEWS]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expectOneDiagnostic(r.err);
    expect(r.err).toContain("pith reads files and stdin, not URLs; fetch the page first: curl -sL 'https://example.com/news/a?id=1' | pith --url 'https://example.com/news/a?id=1' -");
  });

  it('--url takes an absolute http(s) address only', async () => {
    for (const bad of ['example.com/a', 'ftp://example.com/a', '/news/a']) {
      const r = await pith([...NOW, '--url', bad, NEWS]);
      expect(r.code, bad).toBe(2);
      expectOneDiagnostic(r.err);
      expect(r.err).toMatch(/--url <url>' argument .* is invalid\. expected an/);
    }
    const ok = await pith([...NOW, '--url', 'https://example.com/news/a', NEWS]);
    expect(ok.code).toBe(0);
  });

  it('sourceUrl is the address the caller gave (--url), null without one, in article and error records', async () => {
    expect(JSON.parse((await pith([...NOW, '--url', 'https://example.com/news/a', NEWS])).out).sourceUrl).toBe('https://example.com/news/a');
    expect(JSON.parse((await pith([...NOW, NEWS])).out).sourceUrl).toBeNull();
    const missing = await pith([...NOW, '--url', 'https://example.com/gone', bad.missing]);
    expect(JSON.parse(missing.out)).toMatchObject({ sourceUrl: 'https://example.com/gone', error: { code: 'not-found' } });
  });
});

describe('pith: formats', () => {
  it('has one shape per format whatever the number of inputs: JSON Lines into a pipe, pretty JSON on a terminal', async () => {
    for (const inputs of [[NEWS], [NEWS, NEWS2], [NEWS, NEWS2, NEWS]]) {
      const piped = await pith([...NOW, ...inputs]);
      const lines = piped.out.trimEnd().split('\n');
      expect(lines).toHaveLength(inputs.length);
      expect(lines.map((l) => JSON.parse(l).input)).toEqual(inputs);
      const onTerminal = await pith([...NOW, ...inputs], { stdoutIsTTY: true });
      expect(onTerminal.out.match(/^\{\n {2}"input": /gm)).toHaveLength(inputs.length);
      const explicit = await pith([...NOW, '--format', 'json', ...inputs]);
      expect(explicit.out).toBe(onTerminal.out);
    }
  });

  it('json is pretty, jsonl one line, text and markdown follow the article', async () => {
    const article = JSON.parse((await pith([...NOW, NEWS])).out);
    const json = await pith([...NOW, '--format', 'json', NEWS]);
    expect(json.out).toMatch(/^\{\n {2}"input": /);
    const jsonl = await pith([...NOW, '--format', 'jsonl', NEWS]);
    expect(jsonl.out.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(jsonl.out)).toEqual(article);

    const text = await pith([...NOW, '--format', 'text', NEWS]);
    expect(text.code).toBe(0);
    expect(text.out).toBe(`${article.title ? `${article.title}\n\n` : ''}${article.body}\n`);

    const md = await pith([...NOW, '--format', 'markdown', NEWS]);
    expect(md.code).toBe(0);
    if (article.title) expect(md.out.startsWith(`# ${article.title}\n\n`)).toBe(true);
    if (article.date) expect(md.out).toContain(article.date);
  });

  it('batch mode follows the same rule: pretty JSON on a terminal or with --format json, lines into a pipe', async () => {
    const tree = 'fixtures/batch/tree';
    const piped = await pith([...NOW, '--jobs', '1', tree]);
    const lines = piped.out.trimEnd().split('\n');
    expect(lines.every((l) => l.startsWith('{"input":'))).toBe(true);
    const onTerminal = await pith([...NOW, '--jobs', '1', tree], { stdoutIsTTY: true });
    expect(onTerminal.out.match(/^\{\n {2}"input": /gm)).toHaveLength(lines.length);
    expect((await pith([...NOW, '--jobs', '1', '--format', 'json', tree])).out).toBe(onTerminal.out);
    // An errors file is no terminal: its records are lines unless --format json says otherwise.
    const errors = join(tmp, 'errors.jsonl');
    await pith([...NOW, '--jobs', '1', '--errors', errors, tree, join(tmp, 'gone.html')], { stdoutIsTTY: true });
    expect(readFileSync(errors, 'utf8')).toMatch(/^\{"input":"[^\n]*gone\.html","title":null,.*\}\n$/);
    await pith([...NOW, '--jobs', '1', '--format', 'json', '--errors', errors, join(tmp, 'gone.html')]);
    expect(readFileSync(errors, 'utf8')).toMatch(/^\{\n {2}"input": /);
  });

  it('text and Markdown of several inputs put each under its name, never running them together', async () => {
    const one = (await pith([...NOW, '--format', 'text', NEWS2])).out;
    const text = await pith([...NOW, '--format', 'text', NEWS, NEWS2]);
    expect(text.out.startsWith(`==> ${NEWS} <==\n\n`)).toBe(true);
    expect(text.out.endsWith(`\n\n==> ${NEWS2} <==\n\n${one}`)).toBe(true);
    const md = await pith([...NOW, '--format', 'markdown', NEWS, NEWS2]);
    expect(md.out).toMatch(new RegExp(`\n---\n\n==> ${NEWS2.replace(/[./]/g, '\\$&')} <==\n\n# `));
  });

  it('rejects an unknown --format with exit 2 and one line', async () => {
    const r = await pith([...NOW, '--format', 'xml', NEWS]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expectOneDiagnostic(r.err);
    expect(r.err).toMatch(/json, jsonl, text, markdown/);
  });

  it('rejects a bad --now and a bad --input-type', async () => {
    for (const argv of [['--now', 'yesterday', NEWS], ['--input-type', 'pdf', NEWS]]) {
      const r = await pith(argv);
      expect(r.code).toBe(2);
      expectOneDiagnostic(r.err);
    }
  });

  it('colours stderr only on a TTY without NO_COLOR', async () => {
    expect((await pith([...NOW, bad.missing], { stderrIsTTY: true })).err).toMatch(ANSI);
    expect((await pith([...NOW, bad.missing], { stderrIsTTY: true, env: { NO_COLOR: '1' } })).err).not.toMatch(ANSI);
    expect((await pith([...NOW, bad.missing])).err).not.toMatch(ANSI);
  });

  it('FORCE_COLOR turns colour on into a pipe, and 0 or false off on a terminal, over NO_COLOR', async () => {
    for (const force of ['1', '', '3', 'true']) {
      expect((await pith([...NOW, bad.missing], { env: { FORCE_COLOR: force } })).err, force).toMatch(ANSI);
      expect((await pith([...NOW, '--explain', NEWS], { env: { FORCE_COLOR: force, NO_COLOR: '1' } })).out, force).toMatch(ANSI);
    }
    for (const force of ['0', 'false']) {
      expect((await pith([...NOW, bad.missing], { stderrIsTTY: true, env: { FORCE_COLOR: force } })).err, force).not.toMatch(ANSI);
    }
  });
});

describe('pith --explain', () => {
  it('prints the decisions as JSON with --format json, one terminal line each otherwise', async () => {
    const json = await pith([...NOW, '--explain', '--format', 'json', NEWS]);
    expect(json.code).toBe(0);
    const view = JSON.parse(json.out);
    expect(Object.keys(view)).toEqual(['pageType', 'fields', 'blocks']);
    expect(Object.keys(view.pageType)).toEqual(['type', 'signals']);
    expect(view.fields.title).toMatchObject({ value: 'Harbour town opens floating library for summer visitors', source: 'text title score, block 6' });
    // Each candidate shows its weighed facts and the facts themselves; the view keeps the best five.
    const [best] = view.fields.title.candidates;
    expect(best).toMatchObject({ text: 'Harbour town opens floating library for summer visitors', index: 6, facts: { cueBelow: 1 } });
    expect(best.terms).toMatch(/cueBelow \+\d/);
    expect(view.fields.title.candidates.length).toBeLessThanOrEqual(5);
    expect(view.fields.date).toEqual({ value: '2024-06-03', source: 'text drop-datelines, block 7' });
    const records = view.blocks;
    expect(records.length).toBeGreaterThan(0);
    for (const rec of records) {
      expect(Object.keys(rec)).toEqual(['index', 'verdict', 'rule', 'reason', 'field', 'line', 'text']);
    }

    const text = await pith([...NOW, '--explain', NEWS]);
    expect(text.code).toBe(0);
    const [typeLine, titleLine, ...rest] = text.out.trimEnd().split('\n');
    expect(typeLine).toMatch(/^page type: /);
    expect(titleLine).toBe('title from text title score, block 6: "Harbour town opens floating library for summer visitors"');
    // The three best candidates, each with its score and its largest terms first.
    const candidateLines = rest.slice(0, 3);
    for (const line of candidateLines) expect(line).toMatch(/^  candidate -?\d+(\.\d+)? \(\w+(:\w+)? [+-]\d/);
    const [dateLine, ...lines] = rest.slice(3);
    expect(dateLine).toBe('date from text drop-datelines, block 7: "2024-06-03"');
    // Two lines a block: the decision, then its source line and the rule's reason under the text.
    expect(lines).toHaveLength(records.length * 2);
    for (const [i, rec] of records.entries()) {
      expect(lines[2 * i]).toMatch(/^\s*\d+ (keep|drop|title|date|author|description|section|source)\s+\S+/);
      const shown = lines[2 * i + 1].trim();
      expect(`line ${rec.line} · ${rec.reason}`.startsWith(shown.replace(/…$/, ''))).toBe(true);
    }
    expect(lines[1].trim()).toBe('line 1 · navigation control');
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(100);
    expect(text.out).not.toMatch(ANSI);
  });

  it('shows the element and the reason of each HTML block in the terminal view, within the width', async () => {
    const view = await pith([...NOW, '--explain', 'fixtures/cli/page.html']);
    expect(view.out).toMatch(/^\d+ drop +drop-boilerplate-containers Related stories\n +<h2> · inside aside\.related$/m);
    for (const width of [100, 60]) {
      const lines = formatExplainText(JSON.parse((await pith([...NOW, '--explain', '--format', 'json', 'fixtures/cli/page.html'])).out).blocks, { color: false, width }).split('\n');
      for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(width);
    }
  });

  it('colours the terminal view only on a TTY without NO_COLOR', async () => {
    expect((await pith([...NOW, '--explain', NEWS], { stdoutIsTTY: true })).out).toMatch(ANSI);
    expect((await pith([...NOW, '--explain', NEWS], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).out).not.toMatch(ANSI);
  });
});

describe('pith eval', () => {
  it('scores inputs against a gold file and writes per-doc rows', async () => {
    const gold = join(tmp, 'gold.json');
    const perDoc = join(tmp, 'per-doc.tsv');
    writeFileSync(gold, JSON.stringify({ 'short-news': { articleBody: 'The small harbour town of Kelvik opened a floating library on Monday.' }, absent: { articleBody: 'x y z' } }));
    const r = await pith(['eval', '--gold', gold, '--per-doc', perDoc, ...NOW, NEWS]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^F1 \d\.\d{3} {2}precision \d\.\d{3} {2}recall \d\.\d{3} {2}accuracy \d\.\d{3} {2}n=2 missing=1\n$/);
    const rows = readFileSync(perDoc, 'utf8').trimEnd().split('\n');
    expect(rows[0].split('\t')[0]).toBe('id');
    expect(rows.slice(1).map((l) => l.split('\t')[0])).toEqual(['short-news', 'absent']);
  });

  it('exits 2 with one line for a missing gold file', async () => {
    const r = await pith(['eval', '--gold', join(tmp, 'no-gold.json'), NEWS]);
    expect(r.code).toBe(2);
    expectOneDiagnostic(r.err);
  });
});

describe('exitCodeFor', () => {
  it.each([
    [[], 0],
    [['article', 'article'], 0],
    [['article', 'no-article'], 1],
    [['no-article', 'input-error', 'article'], 2],
    [['usage-error'], 2],
  ] as const)('%j -> %i', (outcomes, code) => {
    expect(exitCodeFor(outcomes)).toBe(code);
  });
});

describe('formatters', () => {
  // Keys deliberately out of order: output must follow the Article type's order.
  const article = {
    body: 'First paragraph.\n\n# Not a heading, just prose.',
    wordCount: 7,
    title: 'A made-up headline',
    input: 'x.txt',
    date: '2024-06-03',
    author: null,
    description: null,
    section: 'Culture',
    source: 'Reuters',
    site: null,
    lang: null,
    url: null,
  } satisfies Article;

  it('orders JSON keys as the type does', () => {
    expect(Object.keys(JSON.parse(formatArticle(article, 'json')))).toEqual([...ARTICLE_KEYS]);
    expect(formatArticle(article, 'jsonl')).not.toContain('\n  ');
  });

  it('writes markdown with a metadata line and escapes syntax at paragraph starts', () => {
    expect(formatArticle(article, 'markdown')).toBe(
      '# A made-up headline\n\n*2024-06-03 · Culture · source: Reuters*\n\nFirst paragraph.\n\n\\# Not a heading, just prose.',
    );
  });

  it('gives a no-article record only in JSON formats', () => {
    expect(JSON.parse(formatNoArticle('y.txt', 'not-found', 'no such file', 'jsonl')!).error).toEqual({
      code: 'not-found',
      message: 'no such file',
    });
    expect(formatNoArticle('y.txt', 'not-found', 'no such file', 'text')).toBeNull();
  });

  it('fits explain lines to the width and labels fields', () => {
    const decisions: Decision[] = [
      { index: 0, text: 'Home', verdict: 'boilerplate', rule: 'drop-nav-run' },
      { index: 1, text: 'A made-up headline', verdict: 'content', rule: 'take-title', field: 'title' },
      { index: 12, text: 'word '.repeat(40).trim(), verdict: 'content', rule: 'keep-prose' },
    ];
    const lines = formatExplainText(decisions, { color: false, width: 50 }).split('\n');
    expect(lines[0]).toMatch(/^ 0 drop {2}drop-nav-run Home$/);
    expect(lines[1]).toMatch(/^ 1 title take-title/);
    expect(lines[2]).toMatch(/…$/);
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(50);
    // A reason and a place get a second line, cut to the width too.
    const placed = formatExplainText([{ index: 3, text: 'Share', verdict: 'boilerplate', rule: 'drop-share-buttons', reason: 'share or follow control, '.repeat(4), line: 41 }], { color: false, width: 50 }).split('\n');
    expect(placed[1]).toMatch(/^ +line 41 · share or follow control, .*…$/);
    expect(Array.from(placed[1]).length).toBeLessThanOrEqual(50);
  });
});

describe('pith --page-type and --only', () => {
  const FORUM = 'fixtures/profiles/forum-keeps-every-post-in-comment-containers/input.html';

  it('gives every record its pageType, and --page-type overrides the classifier', async () => {
    const auto = JSON.parse((await pith([...NOW, FORUM])).out);
    expect(auto.pageType).toBe('forum');
    const forced = await pith([...NOW, '--page-type', 'article', '--explain', '--format', 'json', FORUM]);
    expect(JSON.parse(forced.out).pageType).toEqual({ type: 'article', signals: [{ name: 'given by the caller', type: 'article', weight: 1 }] });
  });

  it('--only turns other types into no-article records that keep their pageType, exit 1', async () => {
    const r = await pith([...NOW, '--only', 'article', FORUM]);
    expect(r.code).toBe(1);
    const record = JSON.parse(r.out);
    expect(record).toMatchObject({ pageType: 'forum', body: '', error: { code: 'other-type' } });
    expect(record.title).toBe('Winter timetable for the Skarra ferry');
    expect(r.errLines).toEqual([`pith: ${FORUM}: a forum page, not article (other-type)`]);
    const kept = await pith([...NOW, '--only', 'article,forum', FORUM]);
    expect(kept.code).toBe(0);
    expect(JSON.parse(kept.out).wordCount).toBeGreaterThan(40);
  });

  it('refuses an unknown page type with one line and exit 2', async () => {
    const r = await pith([...NOW, '--only', 'article,blog', FORUM]);
    expect(r.code).toBe(2);
    expectOneDiagnostic(r.err);
    expect(r.err).toContain('not: blog');
    const forced = await pith([...NOW, '--page-type', 'blog', FORUM]);
    expect(forced.code).toBe(2);
    expectOneDiagnostic(forced.err);
  });
});
