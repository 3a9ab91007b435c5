/**
 * Batch processing and output (src/batch/run/): one record per input, in input order whatever
 * --jobs is, error records instead of crashes, atomic output files, quiet EPIPE, clean SIGINT.
 * Inputs are made-up pages from in-memory fake sources; worker tests need dist/ (npm test
 * builds it first) and are skipped without it.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../src/input/errors.js';
import { extract } from '../src/pipeline.js';
import { OrderedWriter, streamSink, type LineSink } from '../src/batch/run/ordered-writer.js';
import { createOutputDir, inputsRoot, placeBelow, relativeSegments } from '../src/batch/run/output-dir.js';
import { usableCores } from '../src/batch/run/cores.js';
import { createExtractPool, MAX_THREADS_PER_CORE } from '../src/batch/run/pool.js';
import { buildRecord } from '../src/batch/run/record.js';
import { runBatch, type BatchOptions } from '../src/batch/run/run.js';
import { emptyCounts, exitCodeForBatch, formatSummary } from '../src/batch/run/summary.js';
import type { PageSource, SourceError } from '../src/batch/run/types.js';
import { processPage } from '../src/batch/run/worker.js';

const NOW = '2025-06-01T00:00:00Z';
const WORKER = new URL('../dist/batch/run/worker.js', import.meta.url);
const haveDist = existsSync(WORKER);

const para = (i: number, n: number) =>
  `The council of town number ${i} met on Tuesday evening to discuss part ${n} of the new budget, which sets out ` +
  `how money will be spent on roads, schools and the library over the next three years; residents spoke too.`;
/** An article page; even pages name their canonical URL, odd ones leave it to the source. */
const articleHtml = (i: number) =>
  `<!doctype html><html><head><title>Budget news ${i}</title>` +
  (i % 2 === 0 ? `<link rel="canonical" href="https://example.org/news/${i}">` : '') +
  `</head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><article><h1>Budget news ${i}</h1>` +
  [1, 2, 3, 4].map((n) => `<p>${para(i, n)}</p>`).join('') +
  `</article><footer>Copyright 2025 Example</footer></body></html>`;
const noArticleHtml = '<html><head><title>Empty page</title></head><body><nav><a href="/">Home</a></nav></body></html>';
const textPage = (i: number) => `Notes ${i}\n\n${para(i, 1)}\n\n${para(i, 2)}\n`;

function page(name: string, content: string | Uint8Array, more: Partial<PageSource> = {}): PageSource {
  // A fresh copy per read, as a file read would give: the pool may move it to a worker.
  return { name, url: `https://source.test/${name}`, read: async () => (typeof content === 'string' ? content : content.slice()), ...more };
}

/** A mixed dump: articles (HTML and text), a no-article page, a source error, an unreadable page. */
function mixedEntries(n = 12): (PageSource | SourceError)[] {
  const entries: (PageSource | SourceError)[] = [];
  for (let i = 0; i < n; i++) {
    if (i === 3) entries.push(page(`site/empty-${i}.html`, noArticleHtml));
    else if (i === 5) entries.push({ name: `site/missing-${i}.html`, code: 'not-found', message: 'no such file' });
    else if (i === 7) entries.push({ ...page(`site/locked-${i}.html`, ''), read: () => Promise.reject(new InputError('unreadable', 'permission denied')) });
    else if (i % 4 === 1) entries.push(page(`dump.jsonl:${i}`, textPage(i), { extra: { id: `doc-${i}` }, record: { dump: 'dump.jsonl', id: String(i) } }));
    else entries.push(page(`site/page-${i}.html`, new TextEncoder().encode(articleHtml(i))));
  }
  return entries;
}

async function* lazily<T>(items: Iterable<T>, log?: string[]): AsyncGenerator<T> {
  try {
    for (const item of items) {
      log?.push('next');
      yield item;
    }
  } finally {
    log?.push('closed');
  }
}

function memorySink(): LineSink & { text: string; writes: number } {
  const sink = {
    text: '',
    writes: 0,
    async write(text: string) {
      sink.text += text;
      sink.writes++;
    },
  };
  return sink;
}

function options(sink: LineSink, more: Partial<BatchOptions> = {}): BatchOptions {
  return { jobs: 1, now: NOW, inputType: 'auto', maxBytes: 1024 * 1024, sink, workerUrl: WORKER, clock: () => 0, ...more };
}

const lines = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('records', () => {
  it('an article record has the single-file keys, the input name, the source url as fallback, and extra', () => {
    const result = extract(articleHtml(1), { now: NOW });
    const record = buildRecord({ name: 'a.html', url: 'https://source.test/a', extra: { id: 7 } }, { result });
    expect(Object.keys(record)).toEqual(['input', 'title', 'date', 'modified', 'author', 'description', 'section', 'source', 'site', 'lang', 'url', 'sourceUrl', 'pageType', 'body', 'wordCount', 'extra']);
    expect(record).toMatchObject({ input: 'a.html', title: 'Budget news 1', url: 'https://source.test/a', sourceUrl: 'https://source.test/a', extra: { id: 7 } });
    // The page's own canonical URL wins over the source's, which stays in sourceUrl.
    const own = buildRecord({ name: 'b.html', url: 'https://source.test/b' }, { result: extract(articleHtml(2), { now: NOW }) });
    expect(own.url).toBe('https://example.org/news/2');
    expect(own.sourceUrl).toBe('https://source.test/b');
    expect(own).not.toHaveProperty('extra');
  });

  it('a no-article record keeps what the page said; an error record is the no-article shape', () => {
    const none = buildRecord({ name: 'e.html' }, { result: extract(noArticleHtml, { now: NOW }) });
    expect(none).toMatchObject({ input: 'e.html', title: 'Empty page', body: '', error: { code: 'no-content' } });
    const failed = buildRecord({ name: 'x.html' }, { error: { code: 'binary', message: 'not text' } });
    expect(failed).toMatchObject({ input: 'x.html', title: null, body: '', wordCount: 0, error: { code: 'binary', message: 'not text' } });
    expect(buildRecord({ name: 'd.warc#1', url: 'https://crawl.test/1' }, { error: { code: 'too-large', message: 'big' } }).sourceUrl).toBe('https://crawl.test/1');
  });

  it('processPage turns limits and bad bytes into error records, never throws', () => {
    const task = { name: 'p', now: NOW, inputType: 'auto' as const, maxBytes: 2000 };
    expect(JSON.parse(processPage({ ...task, page: 'x'.repeat(3000) }).line).error.code).toBe('too-large');
    // A small gzip that inflates past --max-bytes is refused; one within it is read.
    const bomb = processPage({ ...task, page: gzipSync(Buffer.from(articleHtml(1).repeat(3))) });
    expect(bomb).toMatchObject({ outcome: 'error' });
    expect(JSON.parse(bomb.line).error.message).toMatch(/decompressed/);
    expect(processPage({ ...task, maxBytes: 100_000, page: gzipSync(Buffer.from(articleHtml(1))) }).outcome).toBe('article');
    expect(JSON.parse(processPage({ ...task, page: new Uint8Array([0, 1, 2, 0, 0, 3]) }).line).error.code).toBe('binary');
  });
});

describe('runBatch', () => {
  it('writes one record per input, in input order, and counts them (jobs 1)', async () => {
    const entries = mixedEntries();
    const sink = memorySink();
    const counts = await runBatch(lazily(entries), options(sink));
    const records = lines(sink.text);
    expect(records.map((r) => r.input)).toEqual(entries.map((e) => e.name));
    expect(counts).toMatchObject({ read: 12, written: 12, articles: 9, noArticle: 1, errors: 2, skipped: 0, stoppedBy: null });
    expect(records[5]).toMatchObject({ error: { code: 'not-found' } });
    expect(records[7]).toMatchObject({ error: { code: 'unreadable', message: 'permission denied' } });
    expect(records[1]).toMatchObject({ extra: { id: 'doc-1' }, url: 'https://source.test/dump.jsonl:1' });
    expect(exitCodeForBatch(counts)).toBe(1);
  });

  it('reads lazily: no more than maxInFlight pages are held at once', async () => {
    let held = 0;
    let peak = 0;
    const entries = Array.from({ length: 20 }, (_, i) => ({
      ...page(`p${i}.html`, articleHtml(i)),
      read: async () => (peak = Math.max(peak, ++held), articleHtml(i)),
    }));
    const sink: LineSink = { write: async () => void held-- };
    const counts = await runBatch(lazily(entries), options(sink, { maxInFlight: 3 }));
    expect(counts.written).toBe(20);
    expect(peak).toBeLessThanOrEqual(3);
  });

  it.skipIf(!haveDist)('gives byte-identical output with jobs 2; unordered gives the same set', async () => {
    const one = memorySink();
    const two = memorySink();
    const loose = memorySink();
    await runBatch(lazily(mixedEntries(30)), options(one));
    const counts = await runBatch(lazily(mixedEntries(30)), options(two, { jobs: 2 }));
    await runBatch(lazily(mixedEntries(30)), options(loose, { jobs: 2, unordered: true }));
    expect(two.text).toBe(one.text);
    expect(counts).toMatchObject({ read: 30, written: 30, errors: 2, noArticle: 1 });
    expect(loose.text.split('\n').sort()).toEqual(one.text.split('\n').sort());
  });

  it('a worker that throws gives error records and the pool carries on', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pith-worker-'));
    try {
      const bad = join(dir, 'bad-worker.mjs');
      await writeFile(bad, 'export default function () { throw new Error("boom"); }\n');
      const sink = memorySink();
      const counts = await runBatch(lazily(mixedEntries(6)), options(sink, { jobs: 2, workerUrl: new URL(`file://${bad}`) }));
      expect(counts).toMatchObject({ read: 6, written: 6, errors: 6 });
      expect(lines(sink.text)[0]).toMatchObject({ input: 'site/page-0.html', error: { code: 'internal', message: expect.stringMatching(/boom/) } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!haveDist)('a page past its time or memory budget is its own error record; the run goes on, in order, with any jobs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pith-budget-'));
    try {
      // The real worker, except that a page named "hang" never finishes and one named "hog" eats memory.
      const worker = join(dir, 'budget-worker.mjs');
      await writeFile(
        worker,
        `import real from ${JSON.stringify(WORKER.href)};\n` +
          'export default async function (task) {\n' +
          '  if (task.name.includes("hang")) { task.started?.postMessage(0); for (;;); }\n' +
          '  if (task.name.includes("hog")) { task.started?.postMessage(0); const kept = []; for (;;) kept.push(new Array(1e5).fill(kept.length)); }\n' +
          '  return real(task);\n' +
          '}\n',
      );
      const entries = () => {
        const all = mixedEntries(8);
        all.splice(2, 0, page('site/hang.html', articleHtml(90)));
        all.splice(6, 0, page('site/hog.html', articleHtml(91)));
        return all;
      };
      const budgets = { workerUrl: new URL(`file://${worker}`), pageTimeoutMs: 1500, pageMemoryMb: 64 };
      for (const more of [{ jobs: 1 }, { jobs: 2 }, { jobs: 2, unordered: true }]) {
        const sink = memorySink();
        const counts = await runBatch(lazily(entries()), options(sink, { ...budgets, ...more }));
        const records = lines(sink.text);
        expect(records, JSON.stringify(more)).toHaveLength(10);
        expect(counts).toMatchObject({ read: 10, written: 10 });
        const byName = new Map(records.map((r) => [r.input, r]));
        expect(byName.get('site/hang.html')).toMatchObject({ error: { code: 'timeout', message: expect.stringMatching(/longer than 1500 ms/) } });
        expect(byName.get('site/hog.html')).toMatchObject({ error: { code: 'too-large', message: expect.stringMatching(/more than 64 MB of memory/) } });
        expect(byName.get('site/page-0.html')).toMatchObject({ title: 'Budget news 0' });
        if (!more.unordered) expect(records.map((r) => r.input)).toEqual(entries().map((e) => e.name));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('EPIPE on the output stops the run quietly, and the sources are closed', async () => {
    const log: string[] = [];
    let writes = 0;
    const sink: LineSink = {
      async write() {
        if (++writes > 3) throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
      },
    };
    const entries = Array.from({ length: 200 }, (_, i) => page(`p${i}.txt`, textPage(i)));
    const counts = await runBatch(lazily(entries, log), options(sink));
    expect(counts).toMatchObject({ written: 3, stoppedBy: 'broken-pipe' });
    expect(counts.read).toBeLessThan(10);
    expect(log.at(-1)).toBe('closed');
    expect(exitCodeForBatch(counts)).toBe(0);
  });

  it('an output error other than EPIPE fails the run', async () => {
    const sink: LineSink = { write: () => Promise.reject(Object.assign(new Error('no space left'), { code: 'ENOSPC' })) };
    await expect(runBatch(lazily(mixedEntries(4)), options(sink))).rejects.toThrow(/no space/);
  });

  it('abort stops reading, finishes pages in flight, and leaves only whole lines', async () => {
    const log: string[] = [];
    const controller = new AbortController();
    const sink = memorySink();
    const entries = Array.from({ length: 500 }, (_, i) => page(`p${i}.html`, articleHtml(i)));
    const counts = await runBatch(
      lazily(entries, log),
      options(sink, { signal: controller.signal, onProgress: (c) => c.written === 4 && controller.abort() }),
    );
    expect(counts.stoppedBy).toBe('abort');
    expect(counts.written).toBe(counts.read);
    expect(counts.read).toBeGreaterThanOrEqual(4);
    expect(counts.read).toBeLessThan(10);
    expect(sink.text.endsWith('\n')).toBe(true);
    expect(lines(sink.text).map((r) => r.input)).toEqual(entries.slice(0, counts.read).map((e) => e.name));
    expect(log.at(-1)).toBe('closed');
    expect(exitCodeForBatch(counts)).toBe(130);
  });

  it('abort does not wait for a source that is stuck waiting for input', async () => {
    const controller = new AbortController();
    async function* stuck(): AsyncGenerator<PageSource> {
      yield page('first.txt', textPage(1));
      await new Promise(() => {}); // stdin that never sends another line
    }
    const sink = memorySink();
    const run = runBatch(stuck(), options(sink, { signal: controller.signal, onProgress: () => controller.abort() }));
    const counts = await run;
    expect(counts).toMatchObject({ written: 1, stoppedBy: 'abort' });
  });
});

describe('output dir', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('maps input names to safe paths under the directory', () => {
    expect(relativeSegments('site/a/page.html')).toEqual(['site', 'a', 'page.html.json']);
    expect(relativeSegments('/abs/../x.html')).toEqual(['abs', '%2E.', 'x.html.json']);
    expect(relativeSegments('crawl.warc.gz', '<urn:uuid:12/34>')).toEqual(['crawl.warc.gz', '%3Curn%3Auuid%3A12%2F34%3E.json']);
    expect(relativeSegments('dump.jsonl', '17')).toEqual(['dump.jsonl', '17.json']);
    expect(relativeSegments('notes:v2.txt')).toEqual(['notes%3Av2.txt.json']);
    expect(relativeSegments('-')).toEqual(['-.json']);
    expect(relativeSegments('.hidden/x')).toEqual(['%2Ehidden', 'x.json']);
    const long = relativeSegments('d/' + 'n'.repeat(400) + '.html');
    expect(Buffer.byteLength(long[1])).toBeLessThanOrEqual(200);
    expect(long[1]).toMatch(/-[0-9a-f]{12}\.json$/);
  });

  it('finds the inputs\' root: a directory, a file\'s directory, a glob\'s fixed part, the working directory for a list', () => {
    const dirs = new Set(['/d/site', '/d/other', 'rel']);
    const root = (args: string[], fromList?: string) => inputsRoot(args, { fromList, cwd: '/w/run', isDirectory: (p) => dirs.has(p) });
    expect(root(['/d/site'])).toBe('/d/site');
    expect(root(['/d/site', '/d/other'])).toBe('/d');
    expect(root(['/d/site/a.html'])).toBe('/d/site');
    expect(root(['../x/**/*.html'])).toBe('/w/x');
    expect(root(['*.html'])).toBe('/w/run');
    expect(root(['rel', '/d/site'])).toBe('/');
    expect(root(['/d/site'], 'list.txt')).toBe('/');
    expect(root(['-'])).toBeNull();
  });

  it('places a name below the root, or whole under %2F when it lies outside', () => {
    expect(placeBelow('/d', '/d/site/a.html')).toEqual({ path: 'site/a.html', outside: false });
    expect(placeBelow('/d/site', '/d/other/b.html')).toEqual({ path: '/d/other/b.html', outside: true });
    const out = createOutputDir('/out', '/d/site');
    expect(out.pathFor({ name: '/d/site/x/a.html' })).toBe('/out/x/a.html.json');
    expect(out.pathFor({ name: '/e/a.html' })).toBe('/out/%2F/e/a.html.json');
    expect(out.pathFor({ name: '/d/site/%2F/e/a.html' })).toBe('/out/%252F/e/a.html.json'); // never the same file
    expect(out.pathFor({ name: 'x', record: { dump: '/d/site/crawl.warc', id: '7' } })).toBe('/out/crawl.warc/7.json');
    expect(out.pathFor({ name: '-' })).toBe('/out/-.json');
  });

  it('writes one file per input, atomically, and --skip-existing resumes', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pith-out-'));
    const out = join(dir, 'out');
    const entries = mixedEntries(8);
    const sink = memorySink();
    const first = await runBatch(lazily(entries), options(sink, { outputDir: out }));
    expect(first).toMatchObject({ read: 8, written: 8 });
    expect(sink.writes).toBe(0);
    expect((await readdir(join(out, 'site'))).sort()).toEqual(
      ['empty-3', 'locked-7', 'missing-5', 'page-0', 'page-2', 'page-4', 'page-6'].map((n) => `${n}.html.json`).sort(),
    );
    expect(await readdir(join(out, 'dump.jsonl'))).toEqual(['1.json']);
    const saved = JSON.parse(await readFile(join(out, 'site', 'page-0.html.json'), 'utf8'));
    expect(saved).toMatchObject({ input: 'site/page-0.html', title: 'Budget news 0' });

    // Resume: one file lost, the rest are kept as they are.
    const keep = join(out, 'site', 'page-2.html.json');
    const before = (await stat(keep)).mtimeMs;
    await rm(join(out, 'site', 'page-4.html.json'));
    const again = await runBatch(lazily(entries), options(sink, { outputDir: out, skipExisting: true }));
    expect(again).toMatchObject({ read: 1, written: 1, skipped: 7 });
    expect((await stat(keep)).mtimeMs).toBe(before);
    expect(existsSync(join(out, 'site', 'page-4.html.json'))).toBe(true);
    // No temp file is left behind.
    const all = await readdir(out, { recursive: true });
    expect(all.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never maps two inputs to one file: the escape is reversible, and records are told from files by their source', () => {
    const target = createOutputDir('/out');
    const inputs = [
      { name: 'a?b.html' },
      { name: 'a_b.html' },
      { name: 'a%3Fb.html' },
      { name: 'x:1' },
      { name: 'x#1' },
      { name: 'x:1', record: { dump: 'x', id: '1' } },
      { name: '/abs/../y' },
      { name: '/abs/__/y' },
      { name: '-' },
      { name: 'stdin' },
    ];
    const paths = inputs.map((input) => target.pathFor(input));
    expect(new Set(paths).size).toBe(inputs.length);
    expect(paths.slice(0, 3)).toEqual(['/out/a%3Fb.html.json', '/out/a_b.html.json', '/out/a%253Fb.html.json']);
    expect(paths[5]).toBe('/out/x/1.json');
  });

  it('a failed write leaves neither a partial file nor a temp file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pith-out-'));
    const target = createOutputDir(dir);
    // The target path is a directory, so the rename fails after the temp file was written.
    await mkdir(join(dir, 'x.json'));
    await expect(target.write({ name: 'x' }, '{"a":1}')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['x.json']);
  });

  it('errors can go to their own sink (--errors FILE)', async () => {
    const sink = memorySink();
    const errors = memorySink();
    const counts = await runBatch(lazily(mixedEntries(8)), options(sink, { errorSink: errors }));
    expect(lines(errors.text).map((r) => r.input)).toEqual(['site/missing-5.html', 'site/locked-7.html']);
    expect(lines(sink.text)).toHaveLength(6);
    expect(counts.written).toBe(8);
  });
});

describe('writer, sink, pool and summary', () => {
  it('puts records out in sequence order, or as they come when unordered', async () => {
    for (const unordered of [false, true]) {
      const out: number[] = [];
      const writer = new OrderedWriter(unordered);
      const done = [2, 0, 3, 1].map((seq) => writer.put(seq, async () => void out.push(seq)));
      await Promise.all(done);
      expect(out).toEqual(unordered ? [2, 0, 3, 1] : [0, 1, 2, 3]);
    }
  });

  it('streamSink waits for drain and reports EPIPE', async () => {
    const received: string[] = [];
    const slow = new Writable({
      highWaterMark: 8,
      write(chunk, _enc, cb) {
        received.push(String(chunk));
        setTimeout(cb, 2);
      },
    });
    const sink = streamSink(slow);
    for (let i = 0; i < 5; i++) await sink.write(`{"n":${i}}\n`);
    await new Promise((r) => slow.end(r));
    expect(received.join('')).toBe([0, 1, 2, 3, 4].map((i) => `{"n":${i}}\n`).join(''));

    const broken = new Writable({ write: (_c, _e, cb) => cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })) });
    const pipe = streamSink(broken);
    await expect(pipe.write('a\n')).rejects.toMatchObject({ code: 'EPIPE' });
    await expect(pipe.write('b\n')).rejects.toMatchObject({ code: 'EPIPE' });
  });

  it('jobs 1 runs inline; jobs must be a positive integer', async () => {
    const pool = createExtractPool({ jobs: 1 });
    const result = await pool.run({ name: 't', page: textPage(1), inputType: 'auto', now: NOW, maxBytes: 1e6 });
    expect(result.outcome).toBe('article');
    await pool.close();
    expect(() => createExtractPool({ jobs: 0 })).toThrow(RangeError);
  });

  it.skipIf(!haveDist)('never starts more threads than a few per core, whatever --jobs says', async () => {
    const pool = createExtractPool({ jobs: 256, workerUrl: WORKER });
    expect(pool.jobs).toBe(Math.min(256, MAX_THREADS_PER_CORE * usableCores()));
    expect((await pool.run({ name: 't', page: textPage(1), inputType: 'auto', now: NOW, maxBytes: 1e6 })).outcome).toBe('article');
    await pool.close();
  });

  it.skipIf(!haveDist)('works with one thread until the run has lasted long enough to pay for more', async () => {
    const task = (n: number) => ({ name: `t${n}`, page: textPage(n), inputType: 'auto' as const, now: NOW, maxBytes: 1e6 });
    const short = createExtractPool({ jobs: 2, workerUrl: WORKER, pageTimeoutMs: 60_000, growAfterMs: 60_000 });
    const results = await Promise.all([1, 2, 3].map((n) => short.run(task(n))));
    expect(results.map((r) => r.outcome)).toEqual(['article', 'article', 'article']);
    expect(short.threadsStarted()).toBe(1);
    await short.close();

    // Grown at once: the second page goes to a second thread while the first boots.
    const grown = createExtractPool({ jobs: 2, workerUrl: WORKER, pageTimeoutMs: 60_000, growAfterMs: 0 });
    await Promise.all([1, 2, 3].map((n) => grown.run(task(n))));
    expect(grown.threadsStarted()).toBe(2);
    await grown.close();
  });

  it.skipIf(!haveDist)('asks whether the work left pays for more workers, and keeps one while it does not', async () => {
    const task = (n: number) => ({ name: `t${n}`, page: textPage(n), inputType: 'auto' as const, now: NOW, maxBytes: 1e6 });
    let asked = 0;
    const notWorth = createExtractPool({ jobs: 2, workerUrl: WORKER, pageTimeoutMs: 60_000, growAfterMs: 0, worthGrowing: () => (asked++, false) });
    for (const n of [1, 2, 3, 4]) await Promise.all([notWorth.run(task(n)), notWorth.run(task(n + 10))]);
    expect(asked).toBeGreaterThan(0);
    expect(notWorth.threadsStarted()).toBe(1);
    await notWorth.close();

    const worth = createExtractPool({ jobs: 2, workerUrl: WORKER, pageTimeoutMs: 60_000, growAfterMs: 0, worthGrowing: () => true });
    await Promise.all([1, 2, 3].map((n) => worth.run(task(n))));
    expect(worth.threadsStarted()).toBe(2);
    await worth.close();
  });

  it('formats the summary line and picks the exit code', () => {
    const counts = { ...emptyCounts(), read: 10, written: 10, articles: 8, noArticle: 1, errors: 1, skipped: 2, elapsedMs: 4000 };
    expect(formatSummary(counts)).toBe('10 pages read, 8 articles, 1 no-article, 1 error, 2 skipped in 4.0s (2.5 pages/s)');
    expect(exitCodeForBatch(counts)).toBe(1);
    expect(exitCodeForBatch({ ...counts, noArticle: 0, errors: 0, articles: 10 })).toBe(0);
    expect(formatSummary({ ...counts, stoppedBy: 'abort' })).toMatch(/, interrupted$/);
  });
});
