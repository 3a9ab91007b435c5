/**
 * Batch mode end to end: the built `node bin/pith.js` over fixtures/batch/ (a directory tree,
 * WARC and JSONL dumps, gzipped and not). Counts, names, order, --jobs equivalence, sharding,
 * --output-dir resume, error records, EPIPE, SIGINT and exit codes. Skipped without dist/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeHostile } from './hostile/generate.mjs';
import { tempDir } from './support/temp-dir.js';

const BUILT = existsSync('dist/bin/main.cjs') && existsSync('dist/bin/worker.js');
const B = 'fixtures/batch';
const TREE = `${B}/tree`;
/** Non-hidden files under tree/ (hidden ones must be skipped). */
const TREE_PAGES = ['B.html', 'a.html', 'b.txt', 'sub/c.html.gz', 'sub/deeper/d.txt'].map((p) => `${TREE}/${p}`);
/** pages.warc: two HTML responses around a request record. */
const WARC_PAGES = 2;
/** pages.jsonl: nine lines, one blank (no record); bad lines are error records, not dropped. */
const JSONL_PAGES = 8;

function pith(args: string[], input?: Buffer | string) {
  const r = spawnSync(process.execPath, ['bin/pith.js', '--now', '2025-06-01', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  // Into a pipe, single-file runs print JSON Lines too (Markdown and text are not records).
  const records = r.stdout.startsWith('{') ? r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l)) : [];
  return { code: r.status, out: r.stdout, err: r.stderr, records, errLines: r.stderr.split('\n').filter(Boolean) };
}

const tmp = () => tempDir('pith-batch-');

/** A directory of `n` copies of one page (names sort in copy order). */
function copies(page: string, n: number): string {
  const dir = tmp();
  for (let i = 0; i < n; i++) copyFileSync(page, join(dir, `p${String(i).padStart(5, '0')}.txt`));
  return dir;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => statSync(join(dir, p)).isFile());
}

// Each case spawns several processes (worker threads included): more than the default 5 s under load.
describe.skipIf(!BUILT)('pith batch mode', { timeout: 60_000 }, () => {
  it('gives one record per page of a tree, in sorted order, hidden files skipped', () => {
    const r = pith([TREE]);
    expect(r.records.map((x) => x.input)).toEqual(TREE_PAGES);
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toMatch(/^pith: 5 pages read, /);
  });

  it('a walk takes page files only: expected outputs and scripts are passed over and counted', () => {
    const dir = tmp();
    copyFileSync(`${TREE}/a.html`, join(dir, 'a.html'));
    writeFileSync(join(dir, 'a.expected.json'), '{"title": "not a page"}');
    writeFileSync(join(dir, 'make.mjs'), 'console.log("not a page either")');
    const r = pith([dir]);
    expect(r.records.map((x) => x.input)).toEqual([join(dir, 'a.html')]);
    expect(r.errLines[0]).toMatch(/^pith: 1 page read, .*; 2 files not page files passed over \(--include '\*' takes them\)$/);
    const json = pith(['--include', '*.json', '--include', '*.mjs', '--exclude', 'make.*', dir]);
    expect(json.records.map((x) => x.input)).toEqual([join(dir, 'a.expected.json')]);
    expect(json.errLines[0]).toMatch(/; 2 files left out by --include\/--exclude$/);
  });

  it('names WARC records path#id and JSONL lines path:line, gzipped or not, with their url', () => {
    for (const suffix of ['', '.gz']) {
      const r = pith([`${B}/pages.warc${suffix}`, `${B}/pages.jsonl${suffix}`]);
      expect(r.records).toHaveLength(WARC_PAGES + JSONL_PAGES);
      const warc = r.records.slice(0, WARC_PAGES);
      expect(warc.map((x) => x.input)).toEqual([1, 3].map((n) => `${B}/pages.warc${suffix}#urn:uuid:00000000-0000-4000-8000-00000000000${n}`));
      expect(warc.map((x) => x.url)).toEqual(['http://example.com/one', 'http://example.com/two']);
      const jsonl = r.records.slice(WARC_PAGES);
      expect(jsonl.map((x) => x.input)).toEqual([1, 2, 3, 5, 6, 7, 8, 9].map((n) => `${B}/pages.jsonl${suffix}:${n}`));
      expect(jsonl[0].url).toBe('http://example.com/a');
      expect(r.err).toMatch(/1 WARC record not pages/);
    }
  });

  it('expands a glob and reads a dump on stdin', () => {
    expect(pith([`${B}/*.jsonl`]).records).toHaveLength(JSONL_PAGES);
    const stdin = pith(['--jobs', '1', '-'], readFileSync(`${B}/pages.warc.gz`));
    expect(stdin.records.map((x) => x.input)).toEqual([1, 3].map((n) => `-#urn:uuid:00000000-0000-4000-8000-00000000000${n}`));
  });

  it('gives the same record as a single-file run for a plain page', () => {
    const single = JSON.parse(pith([`${TREE}/a.html`]).out);
    expect(pith([TREE]).records[1]).toEqual(single);
  });

  it('writes byte-identical output with --jobs 1 and --jobs 2', () => {
    const args = [TREE, `${B}/pages.warc.gz`, `${B}/pages.jsonl`, `${B}/mixed.warc`];
    const one = pith(['--jobs', '1', ...args]);
    const two = pith(['--jobs', '2', ...args]);
    expect(one.records.length).toBeGreaterThan(10);
    expect(two.out).toBe(one.out);
    expect(pith(['--jobs', '2', '--unordered', ...args]).records.map((x) => x.input).sort()).toEqual(
      one.records.map((x) => x.input).sort(),
    );
  });

  it('splits the inputs into disjoint shards that cover them all', () => {
    const args = [TREE, `${B}/pages.jsonl`];
    const all = pith(args).records.map((x) => x.input);
    const first = pith(['--shard', '1/2', ...args]).records.map((x) => x.input);
    const second = pith(['--shard', '2/2', ...args]).records.map((x) => x.input);
    expect(first.filter((name) => second.includes(name))).toEqual([]);
    expect([...first, ...second].sort()).toEqual([...all].sort());
  });

  it('an --output-dir that cannot be made fails at once with exit 2 and says why (no hang, no ENOENT)', () => {
    const dir = tmp();
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const cases: [string, RegExp][] = [[join(file, 'out'), /a-file: a file is in the way$/]];
    // /proc refuses mkdir with ENOENT: Node's recursive mkdir looped there for ever.
    if (existsSync('/proc/self')) cases.push(['/proc/pith-out/x', /\/proc\/pith-out: cannot be created here$/]);
    for (const [out, why] of cases) {
      const r = spawnSync(process.execPath, ['bin/pith.js', '--output-dir', out, TREE], { encoding: 'utf8', timeout: 30_000 });
      expect(r.status, out).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(why)]);
    }
  });

  it('writes one file per input with --output-dir and skips them with --skip-existing', () => {
    const out = tmp();
    const first = pith(['--output-dir', out, TREE]);
    expect(first.out).toBe('');
    const files = filesUnder(out).sort();
    // Paths below the directory given: TREE/sub/c.html.gz -> out/sub/c.html.gz.json.
    expect(files).toEqual(TREE_PAGES.map((p) => `${p.slice(TREE.length + 1)}.json`).sort());
    expect(JSON.parse(readFileSync(join(out, 'a.html.json'), 'utf8')).input).toBe(`${TREE}/a.html`);
    const again = pith(['--output-dir', out, '--skip-existing', TREE]);
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/0 pages read, .*5 skipped/);
    expect(filesUnder(out)).toHaveLength(files.length);
  });

  it('--output-dir places files below the inputs\' root: an absolute or a ../ directory is not copied into the paths', () => {
    const abs = tmp();
    const outA = tmp();
    pith(['--output-dir', outA, join(process.cwd(), TREE)]);
    expect(filesUnder(outA).sort()).toEqual(TREE_PAGES.map((p) => `${p.slice(TREE.length + 1)}.json`).sort());
    // From a sibling directory, ../tree/ and a file beside it: their common root is the parent.
    mkdirSync(join(abs, 'run'));
    mkdirSync(join(abs, 'tree'));
    copyFileSync(`${TREE}/a.html`, join(abs, 'tree', 'a.html'));
    copyFileSync(`${TREE}/b.txt`, join(abs, 'b.txt'));
    const outB = tmp();
    spawnSync(process.execPath, [join(process.cwd(), 'bin/pith.js'), '--quiet', '--output-dir', outB, '../tree/', '../b.txt'], { cwd: join(abs, 'run') });
    expect(filesUnder(outB).sort()).toEqual(['b.txt.json', 'tree/a.html.json']);
  });

  it('keeps the dump\'s URL in sourceUrl beside the page\'s own url, in every record', () => {
    const dir = tmp();
    const story = '<p>' + 'The harbour council voted on Monday to keep the ferry running through the winter months. '.repeat(6) + '</p>';
    const rows = [
      { url: 'https://crawl.example/a?utm=1', html: `<html><head><link rel="canonical" href="https://news.example/a"></head><body><article>${story}</article></body></html>` },
      { url: 'https://crawl.example/b', html: `<html><body><article>${story}</article></body></html>` },
      { url: 'https://crawl.example/c', html: '' },
    ];
    writeFileSync(join(dir, 'rows.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const r = pith(['--quiet', join(dir, 'rows.jsonl')]);
    expect(r.records.map((x) => [x.url, x.sourceUrl])).toEqual([
      ['https://news.example/a', 'https://crawl.example/a?utm=1'],
      ['https://crawl.example/b', 'https://crawl.example/b'],
      ['https://crawl.example/c', 'https://crawl.example/c'],
    ]);
    expect(Object.keys(r.records[0]).slice(10, 13)).toEqual(['url', 'sourceUrl', 'pageType']);
  });

  it('--format markdown|text with --output-dir writes one .md or .txt a page; records without an article stay JSON on stdout', () => {
    const dir = copies('fixtures/cli/short-news.txt', 2);
    writeFileSync(join(dir, 'p00002.txt'), '   \n');
    const single = pith(['--format', 'markdown', 'fixtures/cli/short-news.txt']).out.trimEnd();
    for (const [format, ext] of [['markdown', '.md'], ['text', '.txt']] as const) {
      const out = tmp();
      const r = pith(['--quiet', '--format', format, '--output-dir', out, dir]);
      expect(filesUnder(out).sort()).toEqual([`p00000.txt${ext}`, `p00001.txt${ext}`]);
      expect(r.records.map((x) => [x.input, x.error.code])).toEqual([[join(dir, 'p00002.txt'), 'empty']]);
      if (format === 'markdown') expect(readFileSync(join(out, 'p00000.txt.md'), 'utf8')).toBe(single + '\n');
      expect(pith(['--quiet', '--format', format, '--output-dir', out, '--skip-existing', dir]).err).toBe('');
    }
    const refused = pith(['--format', 'markdown', dir]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/--format markdown needs --output-dir/);
  });

  it('--blocks adds the body as blocks to each record, whatever --jobs', () => {
    const dir = copies('fixtures/cli/short-news.txt', 2);
    const one = pith(['--quiet', '--blocks', '--jobs', '1', dir]);
    expect(one.records[0].blocks.map((b: { text: string }) => b.text).join('\n\n')).toBe(one.records[0].body);
    expect(one.records[0].blocks[0]).toMatchObject({ kind: 'paragraph', level: null });
    expect(pith(['--quiet', '--blocks', '--jobs', '2', dir]).out).toBe(one.out);
    expect(pith(['--quiet', dir]).records[0]).not.toHaveProperty('blocks');
    // --links reaches the workers too: a page's links are in its blocks.
    const page = tmp();
    writeFileSync(join(page, 'a.html'), `<html><body><article><h1>Ferry</h1>${'<p>The ferry runs daily and its <a href="https://ferry.example/t">timetable</a> changes twice a year, in spring and autumn, for every route.</p>'.repeat(3)}</article></body></html>`);
    const linked = pith(['--quiet', '--blocks', '--links', '--jobs', '2', page]);
    expect(linked.records[0].blocks[0].links).toEqual([{ text: 'timetable', href: 'https://ferry.example/t' }]);
  });

  it.skipIf(spawnSync('sh', ['-c', 'command -v script']).status !== 0)('on a 40-column terminal the progress line fits it, and records never follow it on the same line', () => {
    const dir = copies('fixtures/cli/short-news.txt', 12);
    // script(1) gives the run a terminal; stty sets its width. First with stdout redirected (the
    // line alone on the terminal), then with records on the same terminal.
    const onTerminal = (redirect: string) =>
      spawnSync('script', ['-qec', `stty cols 40; ${JSON.stringify(process.execPath)} bin/pith.js --jobs 1 --now 2025-06-01 ${dir} ${redirect}`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stdout;
    const alone = onTerminal('> /dev/null');
    const frames = [...alone.matchAll(/\r([^\r\n\x1b]+)\x1b\[K/g)].map((m) => m[1]);
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames) expect(Array.from(frame).length).toBeLessThan(40);
    expect(alone).toMatch(/\r\x1b\[Kpith: 12 pages read/);
    const shared = onTerminal('');
    // Records are pretty JSON on a terminal; a frame is always erased (\r ESC[K) or redrawn
    // (\r) before anything else is written.
    expect(shared.match(/"input": "/g)).toHaveLength(12);
    expect(shared).not.toMatch(/\r[^\r\n\x1b]+\x1b\[K[^\r]/);
  });

  it('gives an error record for a missing path and goes on', () => {
    const r = pith([`${TREE}/sub`, 'no/such/dir', `${B}/pages.warc`]);
    expect(r.records.map((x) => x.input)).toEqual([
      `${TREE}/sub/c.html.gz`, `${TREE}/sub/deeper/d.txt`, 'no/such/dir',
      ...[1, 3].map((n) => `${B}/pages.warc#urn:uuid:00000000-0000-4000-8000-00000000000${n}`),
    ]);
    expect(r.records[2].error.code).toBe('not-found');
    expect(r.code).toBe(1);
    expect(r.errLines).toHaveLength(1); // the summary; per-page errors are records, not stderr noise
  });

  it('sends error records to --errors FILE', () => {
    const errors = join(tmp(), 'errors.jsonl');
    const r = pith(['--errors', errors, '--quiet', `${TREE}/a.html`, 'no/such/file']);
    expect(r.records.map((x) => x.input)).toEqual([`${TREE}/a.html`]);
    expect(r.err).toBe('');
    const lines = readFileSync(errors, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((x) => [x.input, x.error.code])).toEqual([['no/such/file', 'not-found']]);
  });

  it('exits 0 when every page gave an article, 1 otherwise, 2 on a usage error', () => {
    const articles = copies('fixtures/cli/short-news.txt', 3);
    const ok = pith([articles]);
    expect(ok.code).toBe(0);
    expect(ok.records).toHaveLength(3);
    expect(ok.errLines).toEqual([expect.stringMatching(/^pith: 3 pages read, 3 articles, 0 no-article, 0 errors, 0 skipped in /)]);
    expect(pith([TREE]).code).toBe(1);
    for (const bad of [['--shard', '3/2'], ['--shard', 'x'], ['--jobs', '0'], ['--jobs', 'two'], ['--max-bytes', '-1'], ['--timeout', '0'], ['--timeout', 'soon'], ['--max-memory', '0'], ['--skip-existing'], ['--format', 'text']]) {
      const r = pith([...bad, TREE]);
      expect(r.code, bad.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expect(r.errLines).toHaveLength(1);
      expect(r.errLines[0]).toMatch(/^pith: /);
    }
  });

  it('gives one error record each for a binary (an image saved as .html), an empty, an unreadable and a 40 MB file, and articles for the rest', () => {
    const dir = copies('fixtures/cli/short-news.txt', 2); // p00000.txt, p00001.txt
    writeFileSync(join(dir, 'b-binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'c-empty.html'), '');
    symlinkSync('d-loop.html', join(dir, 'd-loop.html')); // a link to itself: ELOOP for any user, root too
    const huge = `<html><body><article><p>${'A sentence that goes on. '.repeat(40 * 1024 * 1024 / 25)}</p></article></body></html>`;
    writeFileSync(join(dir, 'e-huge.html'), huge);
    const locked = process.getuid?.() !== 0; // root reads a mode-000 file anyway
    if (locked) {
      writeFileSync(join(dir, 'f-locked.html'), '<p>secret</p>');
      chmodSync(join(dir, 'f-locked.html'), 0o000);
    }
    const r = pith([dir]);
    const outcome = (x: { input: string; error?: { code: string } }) => [x.input.slice(dir.length + 1), x.error?.code ?? 'article'];
    expect(r.records.map(outcome)).toEqual([
      ['b-binary.html', 'binary'], ['c-empty.html', 'empty'], ['d-loop.html', 'unreadable'], ['e-huge.html', 'too-large'],
      ...(locked ? [['f-locked.html', 'unreadable']] : []),
      ['p00000.txt', 'article'], ['p00001.txt', 'article'],
    ]);
    expect(r.code).toBe(1);
    expect(r.errLines).toEqual([expect.stringMatching(new RegExp(`^pith: ${locked ? 7 : 6} pages read, 2 articles, 0 no-article, ${locked ? 5 : 4} errors`))]);
  });

  it('turns a page over --max-bytes into an error record, a gzip that inflates past it too', () => {
    const r = pith(['--max-bytes', '100', `${TREE}/a.html`, `${TREE}/b.txt`]);
    expect(r.records.map((x) => x.error?.code)).toEqual(['too-large', expect.anything()]);
    expect(r.records[1].error.code).not.toBe('too-large');
    const dir = tmp();
    writeFileSync(join(dir, 'bomb.html.gz'), gzipSync('<p>' + 'x'.repeat(200_000) + '</p>'));
    for (const jobs of ['1', '2']) {
      const bomb = pith(['--jobs', jobs, '--max-bytes', '64K', join(dir, 'bomb.html.gz')]);
      expect(bomb.records.map((x) => [x.error?.code, x.error?.message]), `--jobs ${jobs}`).toEqual([['too-large', expect.stringMatching(/decompressed/)]]);
    }
  });

  it('stops quietly with exit 0 when the reader closes stdout (| head -n 1)', async () => {
    // Enough output to overflow the pipe buffer, of pages without an article (else exit 1).
    const dir = copies(`${TREE}/a.html`, 1500);
    const child = spawn(process.execPath, ['bin/pith.js', '--now', '2025-06-01', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(JSON.parse(out.split('\n')[0]).input).toBe(join(dir, 'p00000.txt'));
    expect(code).toBe(0);
    expect(err).toBe('');
  });

  it('reads a list on stdin once: every listed input in list order, the same with --jobs 1 and 2', () => {
    const list = [TREE, 'no/such/page.html', `${B}/pages.warc`, `${TREE}/a.html`].join('\n');
    const expected = [...TREE_PAGES, 'no/such/page.html', expect.stringMatching(/pages\.warc#.*1>?$/), expect.stringMatching(/pages\.warc#.*3>?$/), `${TREE}/a.html`];
    for (const jobs of ['1', '2']) {
      const r = pith(['--jobs', jobs, '--from-list', '-'], list);
      expect(r.records.map((x) => x.input), `--jobs ${jobs}`).toEqual(expected);
    }
  });

  it('a list on stdin still being written: its first pages come out before its producer is done', async () => {
    const child = spawn(process.execPath, ['bin/pith.js', '--now', '2025-06-01', '--jobs', '2', '--from-list', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let firstRecord = () => {};
    const first = new Promise<void>((resolve) => (firstRecord = resolve));
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) firstRecord();
    });
    const closed = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    child.stdin.write(`${TREE}/a.html\n`);
    await first; // the list is still open: nothing more has been written to it
    child.stdin.end(`${TREE}/b.txt\n`);
    expect(await closed).toBe(1); // tree pages have no article
    expect(out.trimEnd().split('\n').map((l) => JSON.parse(l).input)).toEqual([`${TREE}/a.html`, `${TREE}/b.txt`]);
  });

  for (const [signal, exit] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`on ${signal} finishes what is in flight, prints the summary and exits ${exit}`, async () => {
      // --from-list on a stdin kept open: the run waits for more paths until interrupted.
      const child = spawn(process.execPath, ['bin/pith.js', '--now', '2025-06-01', '--from-list', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.stdout.on('data', (d) => {
        out += d;
        if (out.split('\n').length > TREE_PAGES.length) child.kill(signal);
      });
      child.stdin.write(`${TREE}\n`);
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      child.stdin.destroy();
      expect(code).toBe(exit);
      expect(out.endsWith('\n')).toBe(true);
      expect(out.trimEnd().split('\n').map((l) => JSON.parse(l).input)).toEqual(TREE_PAGES);
      expect(err).toMatch(/^pith: 5 pages read, .*, interrupted\n$/);
    });
  }
});

describe.skipIf(!BUILT)('damaged WARC dumps', { timeout: 60_000 }, () => {
  const record = (i: number, lengthOff = 0) => {
    const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><article><h1>Story ${i}</h1><p>${'The committee met on Tuesday and said that the plan would go ahead as agreed, whatever the cost. '.repeat(3)}</p></article></body></html>`;
    return Buffer.from(`WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:x:${i}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length + lengthOff}\r\n\r\n${http}\r\n\r\n`);
  };

  it('one record for every record the file holds, and exit 1, whatever the damage', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'long.warc'), Buffer.concat([record(1), record(2, 500), record(3)]));
    const members = [1, 2, 3, 4, 5].map((i) => gzipSync(record(i)));
    for (let i = 20; i < members[2].length - 10; i++) members[2][i] ^= 0x5a;
    writeFileSync(join(dir, 'corrupt.warc.gz'), Buffer.concat(members));
    const whole = Buffer.concat([record(1), record(2), record(3)]);
    writeFileSync(join(dir, 'cut.warc'), whole.subarray(0, whole.lastIndexOf('WARC-Record-ID')));
    const cases = [
      ['long.warc', ['Story 1', 'Story 2', 'Story 3']],
      ['corrupt.warc.gz', ['Story 1', 'Story 2', 'corrupt', 'Story 4', 'Story 5']],
      ['cut.warc', ['Story 1', 'Story 2', 'truncated']],
    ] as const;
    for (const [file, expected] of cases) {
      const r = pith(['--jobs', '1', join(dir, file)]);
      expect(r.code, file).toBe(1);
      expect(r.records.map((x) => x.error?.code ?? x.title), file).toEqual(expected);
    }
  });
});

describe.skipIf(!BUILT)('hostile pages in a batch', { timeout: 120_000 }, () => {
  it('give the same records whatever --jobs (4,000 nested divs overflowed the stack with --jobs 1 only)', () => {
    const dir = tmp();
    for (const [name, bytes] of [['nested-div', 60_000], ['caption-backtrack', 5_000], ['br-paragraph', 200_000], ['unclosed-div-span', 400_000], ['many-lines', 400_000]] as const) {
      const { input, inputType } = makeHostile(name, bytes);
      writeFileSync(join(dir, `${name}.${inputType === 'html' ? 'html' : 'txt'}`), input);
    }
    const one = pith(['--jobs', '1', dir]);
    const two = pith(['--jobs', '2', dir]);
    expect(one.records).toHaveLength(5);
    expect(two.out).toBe(one.out);
    expect(one.records.find((r) => r.input.endsWith('nested-div.html'))).toMatchObject({ body: expect.stringContaining('The committee met') });
  });
});

describe.skipIf(!BUILT)('--max-bytes raised above the default', { timeout: 120_000 }, () => {
  it('lets a page past 32 MiB through, from disk and once inflated', () => {
    const dir = tmp();
    const { input } = makeHostile('long-line', 34 * 1024 * 1024);
    writeFileSync(join(dir, 'big.txt.gz'), gzipSync(input, { level: 1 }));
    expect(pith(['--jobs', '1', dir]).records[0].error?.code).toBe('too-large');
    // The record holds the whole body: read it past spawnSync's default 1 MB buffer.
    const raised = spawnSync(process.execPath, ['bin/pith.js', '--jobs', '1', '--max-bytes', '64M', dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const record = JSON.parse(raised.stdout.trim());
    expect(record.error).toBeUndefined();
    expect(record.wordCount).toBeGreaterThan(0);
  });
});

describe.skipIf(!BUILT)('file names that are not UTF-8', { timeout: 60_000 }, () => {
  it('are read by their bytes and reported with the stray bytes as \\xNN', () => {
    const dir = tmp();
    const page = readFileSync('fixtures/cli/short-news.txt');
    try {
      writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), page);
      mkdirSync(Buffer.concat([Buffer.from(`${dir}/d`), Buffer.from([0xff])]));
      writeFileSync(Buffer.concat([Buffer.from(`${dir}/d`), Buffer.from([0xff]), Buffer.from('/in.txt')]), page);
    } catch {
      return; // a filesystem that refuses such names (APFS) has none to read
    }
    const r = pith(['--jobs', '1', dir]);
    expect(r.code).toBe(0);
    expect(r.records.map((x) => [x.input, x.title])).toEqual([
      [`${dir}/caf\\xe9.txt`, 'Harbour town opens floating library for summer visitors'],
      [`${dir}/d\\xff/in.txt`, 'Harbour town opens floating library for summer visitors'],
    ]);
  });
});

const HAVE_MKFIFO = spawnSync('mkfifo', ['--version']).status === 0;

/** Runs pith while `feed` writes into a FIFO, without blocking this process. */
function pithWithWriter(args: string[], fifo: string, feed: Buffer): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/pith.js', '--now', '2025-06-01', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    // The writer: a separate process, as a shell's `cat page > fifo &` would be.
    const writer = spawn('sh', ['-c', 'cat > "$1"', 'sh', fifo], { stdio: ['pipe', 'ignore', 'ignore'] });
    writer.stdin.end(feed);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe.skipIf(!BUILT || !HAVE_MKFIFO)('special files', { timeout: 60_000 }, () => {
  it('a directory walk takes regular files only: a FIFO nobody writes to is passed over and counted', () => {
    const dir = tmp();
    copyFileSync('fixtures/cli/short-news.txt', join(dir, 'a.txt'));
    expect(spawnSync('mkfifo', [join(dir, 'waiting')]).status).toBe(0);
    const r = pith([dir]);
    expect(r.code).toBe(0);
    expect(r.records.map((x) => x.input)).toEqual([join(dir, 'a.txt')]);
    expect(r.errLines.at(-1)).toMatch(/; 1 special file \(FIFO, socket, device\) passed over$/);
  });

  for (const args of [[], ['--jobs', '1']]) {
    it(`a FIFO named as the input is read once, its writer's page whole (${args.join(' ') || 'single page'})`, async () => {
      const dir = tmp();
      const fifo = join(dir, 'page');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const r = await pithWithWriter([...args, fifo], fifo, readFileSync('fixtures/cli/short-news.txt'));
      expect(r.code).toBe(0);
      // A single-page run prints pretty JSON, a batch run one line.
      const record = JSON.parse(args.length > 0 ? r.out.trim().split('\n')[0] : r.out);
      expect(record.title).toBe('Harbour town opens floating library for summer visitors');
    });
  }
});

describe.skipIf(!BUILT)('pith batch mode with --only', { timeout: 60_000 }, () => {
  it('writes every page, counts other types apart, and does not fail the run for them', () => {
    const dir = tmp();
    copyFileSync('fixtures/profiles/forum-keeps-every-post-in-comment-containers/input.html', join(dir, 'thread.html'));
    copyFileSync('fixtures/profiles/collection-keeps-every-linked-item/input.html', join(dir, 'shop.html'));
    const r = pith(['--jobs', '2', '--only', 'forum', dir]);
    expect(r.code).toBe(0);
    expect(r.records.map((x) => [x.pageType, x.error?.code ?? null])).toEqual([
      ['collection', 'other-type'],
      ['forum', null],
    ]);
    expect(r.errLines.at(-1)).toMatch(/2 pages read, 1 article, 0 no-article, 1 of other types, 0 errors/);
    const forced = pith(['--jobs', '1', '--page-type', 'listing', dir]);
    expect(forced.records.map((x) => x.pageType)).toEqual(['listing', 'listing']);
  });
});

describe.skipIf(!BUILT)('pith batch mode triggers', { timeout: 60_000 }, () => {
  it('keeps single-file behaviour for plain files and an empty directory', () => {
    const single = pith([`${TREE}/a.html`]);
    expect(JSON.parse(single.out).input).toBe(`${TREE}/a.html`); // a record, no summary
    expect(single.err).not.toMatch(/pages read/);
    const empty = tmp();
    mkdirSync(join(empty, 'nothing'));
    const r = pith([join(empty, 'nothing')]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).error.code).toBe('is-directory');
  });

  it('engages for any batch option, even on plain files', () => {
    const r = pith(['--quiet', `${TREE}/a.html`, `${TREE}/b.txt`]);
    expect(r.records).toHaveLength(2);
    expect(r.err).toBe('');
  });
});
