/**
 * The input side of batch mode: expansion (dirs, globs, lists, shards), WARC, JSONL and the
 * combined pageSources. Fixtures come from fixtures/batch/make-fixtures.mjs; what cannot live in
 * the repo (a symlink loop, which test/fixtures.test.ts would follow forever; unreadable dirs;
 * truncated dumps) is built in a temp copy.
 */
import { chmodSync, cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  type PageSource, type SkippedRecord, type SourceEntry, type SourceError, dumpKind, expandInputs, fnv1a, isSourceError,
  jsonlPages, pageSources, parseShard, warcPages,
} from '../src/batch/sources/index.js';
import { toSourceError } from '../src/batch/sources/streams.js';
import { readListAhead } from '../src/batch/sources/list-ahead.js';
import { tempDir } from './support/temp-dir.js';

const F = 'fixtures/batch';
const MB = 32 * 1024 * 1024;

async function all<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}
/** An entry as one comparable line: `name` for a page, `name !code` for an error. */
const line = (e: string | SourceEntry) => (typeof e === 'string' ? e : isSourceError(e) ? `${e.name} !${e.code}` : e.name);
const pagesOf = (es: SourceEntry[]) => es.filter((e): e is PageSource => !isSourceError(e));
const text = async (p: PageSource) => { const b = await p.read(); return typeof b === 'string' ? b : Buffer.from(b).toString('latin1'); };
const stdinOf = (data: string | Uint8Array) => Readable.from([Buffer.from(data)]);
const tmp = tempDir;

/** A temp copy of the fixture tree with a symlink loop, a linked file and a broken link. */
function tree(): string {
  const root = tmp('pith-batch-');
  const dir = join(root, 'tree');
  cpSync(`${F}/tree`, dir, { recursive: true });
  symlinkSync('..', join(dir, 'sub', 'loop')); // sub/loop -> tree: a cycle
  symlinkSync('a.html', join(dir, 'link.html'));
  symlinkSync('nowhere.html', join(dir, 'broken.html'));
  return dir;
}

describe('expandInputs', () => {
  it('walks a directory in code-unit order, skipping hidden entries and symlink loops', async () => {
    const dir = tree();
    const got = (await all(expandInputs([dir]))).map((e) => relative(dir, line(e)));
    expect(got).toEqual(['B.html', 'a.html', 'b.txt', 'broken.html !not-found', 'link.html', 'sub/c.html.gz', 'sub/deeper/d.txt']);
  });

  it('keeps files in argument order, stdin as "-" (once), and reports missing paths', async () => {
    const got = await all(expandInputs([`${F}/pages.warc`, 'nope/missing.html', '-', `${F}/tree/a.html`, '-']));
    expect(got.map(line)).toEqual([`${F}/pages.warc`, 'nope/missing.html !not-found', '-', `${F}/tree/a.html`, '- !unsupported']);
  });

  it('expands globs sorted, takes an existing name literally, reports a glob with no match', async () => {
    const dir = tree();
    writeFileSync(join(dir, 'page[1].html'), '<p>literal</p>');
    const got = await all(expandInputs([`${dir}/**/*.txt`, join(dir, 'page[1].html'), `${dir}/*.pdf`]));
    // sub/loop/b.txt is the same file as b.txt through the loop: listed once.
    expect(got.map((e) => relative(dir, line(e)))).toEqual(['b.txt', 'sub/deeper/d.txt', 'page[1].html', '*.pdf !not-found']);
  });

  it('reads --from-list from a file or stdin, skipping blanks and comments, recursing dirs', async () => {
    const dir = tree();
    const list = join(dir, '..', 'list.txt');
    writeFileSync(list, `# inputs\n${F}/pages.jsonl\n\n  ${join(dir, 'sub/deeper')}  \r\nmissing.txt\n`);
    const expected = [`${F}/pages.jsonl`, join(dir, 'sub/deeper/d.txt'), 'missing.txt !not-found'];
    expect((await all(expandInputs([], { fromList: list }))).map(line)).toEqual(expected);
    const viaStdin = await all(expandInputs([`${F}/pages.warc`], { fromList: '-', stdin: stdinOf(readFileSync(list)) }));
    expect(viaStdin.map(line)).toEqual([`${F}/pages.warc`, ...expected]);
    expect((await all(expandInputs([], { fromList: 'no-list.txt' }))).map(line)).toEqual(['no-list.txt !not-found']);
  });

  it('maps fs errors to the single-file CLI codes', () => {
    const errno = (code: string) => Object.assign(new Error(code), { code });
    expect(['ENOENT', 'EACCES', 'EISDIR', 'ELOOP', 'EIO'].map((c) => toSourceError('p', errno(c)).code)).toEqual(['not-found', 'unreadable', 'is-directory', 'unreadable', 'unreadable']);
  });

  // Root reads any directory; the same check passes as `nobody` (runuser) on a build.
  it.skipIf(process.getuid?.() === 0)('turns an unreadable directory into an error entry', async () => {
    const dir = tree();
    chmodSync(join(dir, 'sub'), 0o000);
    try {
      const got = (await all(expandInputs([dir]))).map((e) => relative(dir, line(e)));
      expect(got).toContain('sub !unreadable');
    } finally {
      chmodSync(join(dir, 'sub'), 0o755);
    }
  });

  it('shards: N shards partition the pages, dumps split by record, disjoint and stable', async () => {
    const dir = tree();
    const args = [dir, `${F}/pages.warc`, `${F}/pages.jsonl`, 'missing.html'];
    const everything = (await all(pageSources(args))).map(line);
    const skippedAll: string[] = [];
    await all(pageSources(args, { onSkip: (s) => skippedAll.push(s.name) }));
    for (const count of [1, 2, 3, 8]) {
      const shards: string[][] = [];
      const skipped: string[] = [];
      for (let index = 1; index <= count; index++) {
        shards.push((await all(pageSources(args, { shard: { index, count }, onSkip: (s) => skipped.push(s.name) }))).map(line));
      }
      expect(shards.flat().sort()).toEqual([...everything].sort());
      expect(new Set(shards.flat()).size).toBe(everything.length);
      // A WARC record that is not a page is counted by one shard only.
      expect(skipped.sort()).toEqual([...skippedAll].sort());
      if (count === 3) {
        // The records of one dump land in more than one shard: a big dump is shared out too.
        const warcShards = shards.filter((names) => names.some((n) => n.startsWith(`${F}/pages.warc#`)));
        expect(warcShards.length).toBeGreaterThan(1);
      }
    }
    // FNV-1a reference values: the hash is fixed, so shards agree across machines.
    expect([fnv1a(''), fnv1a('a'), fnv1a('foobar')]).toEqual([0x811c9dc5, 0xe40c292c, 0xbf9cf968]);
  });

  it('parses I/N and rejects malformed shards with a clear message', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(() => parseShard('0/8')).toThrow('I must be between 1 and 8');
    expect(() => parseShard('9/8')).toThrow('I must be between 1 and 8');
    expect(() => parseShard('1/0')).toThrow('N must be at least 1');
    expect(() => parseShard('two')).toThrow('expected I/N');
  });
});

describe('readListAhead', () => {
  it('gives the run the entries of a list read ahead exactly as one read in place: each once, in list order', async () => {
    const dir = tree();
    const text = `# inputs\n${F}/pages.jsonl\n\n  ${join(dir, 'sub/deeper')}  \r\nmissing.txt\n${'x'.repeat(70_000)}\n${F}/tree/a.html\n${F}/pages.jsonl\n`;
    const inPlace = (await all(pageSources([`${F}/pages.warc`], { fromList: '-', stdin: stdinOf(text) }))).map(line);
    expect(inPlace).toContain('-:6 !unsupported'); // the over-long line
    for (const limit of [1, 2, 1000]) {
      const list = readListAhead('-', stdinOf(text), limit);
      const ahead = await all(pageSources([`${F}/pages.warc`], { fromList: '-', listed: list.entries() }));
      expect(ahead.map(line), `limit ${limit}`).toEqual(inPlace);
    }
  });

  it('gives the run each entry as soon as it is listed: a slow producer holds nothing up', { timeout: 30_000 }, async () => {
    const stdin = new PassThrough();
    const list = readListAhead('-', stdin, 100);
    let whole: unknown = 'not yet';
    void list.whole().then((w) => (whole = w));
    const entries = pageSources([], { fromList: '-', listed: list.entries() })[Symbol.asyncIterator]();
    stdin.write(`${F}/tree/a.html\n`);
    expect(line((await entries.next()).value)).toBe(`${F}/tree/a.html`);
    const second = entries.next();
    stdin.write(`${F}/tree/b.t`); // half a line is no entry yet
    stdin.write('xt\n');
    expect(line((await second).value)).toBe(`${F}/tree/b.txt`);
    expect(whole).toBe('not yet'); // the list has not ended
    stdin.end(`${F}/tree/B.html`);
    expect(line((await entries.next()).value)).toBe(`${F}/tree/B.html`);
    expect((await entries.next()).done).toBe(true);
    expect(await list.whole()).toEqual(['a.html', 'b.txt', 'B.html'].map((f) => `${F}/tree/${f}`));
  });

  it('reads at most its limit (and one) ahead of the run, keeps no copy of a longer list, and lets go of it when the run stops', { timeout: 30_000 }, async () => {
    let made = 0;
    let closed = false;
    async function* endless(): AsyncGenerator<Uint8Array> {
      try {
        for (;;) {
          if (made % 50 === 0) await new Promise(setImmediate); // a turn now and then, as a pipe gives
          yield Buffer.from(`p${made++}.html\n`);
        }
      } finally {
        closed = true;
      }
    }
    const turns = async () => {
      for (let i = 0; i < 20; i++) await new Promise(setImmediate);
    };
    const list = readListAhead('-', endless(), 10);
    expect(await list.whole()).toBe('long');
    await turns();
    expect(made).toBeLessThanOrEqual(12);
    const taken: unknown[] = [];
    for await (const entry of list.entries()) if (taken.push(entry) === 25) break;
    expect(taken).toEqual(Array.from({ length: 25 }, (_, i) => `p${i}.html`));
    await turns();
    expect(made - 25).toBeLessThanOrEqual(12);
    expect(closed).toBe(true);
  });
});

describe('warcPages', () => {
  it('reports a record whose Content-Length is too small through onWarning, not console.warn', async () => {
    const http = 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>A page longer than its record says it is.</p>';
    const warc = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:x:1>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length - 20}\r\n\r\n${http}\r\n\r\n`;
    const dir = tmp('pith-warc-');
    writeFileSync(join(dir, 'short.warc'), warc);
    const warnings: string[] = [];
    const original = console.warn;
    const leaked: unknown[] = [];
    console.warn = (...args: unknown[]) => void leaked.push(args);
    try {
      const entries = await all(warcPages(join(dir, 'short.warc'), { maxBytes: MB, onWarning: (w) => warnings.push(`${w.name}: ${w.message}`) }));
      expect(entries.map(line)).toEqual([join(dir, 'short.warc#urn:x:1')]);
    } finally {
      console.warn = original;
    }
    expect(leaked).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/short\.warc#urn:x:1: Content-Length \d+ is too small: read up to the end of the file$/)]);
  });

  /** A WARC of `n` HTML responses, each its own gzip member when `gzip`; `lengthOff` changes the middle record's Content-Length. */
  const warcOf = (n: number, lengthOff = 0) =>
    Array.from({ length: n }, (_, i) => {
      const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Page number ${i + 1} of the dump, with its own words.</p>`;
      const off = i === Math.floor(n / 2) ? lengthOff : 0;
      return Buffer.from(
        `WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:x:${i + 1}>\r\nWARC-Target-URI: http://example.com/${i + 1}\r\n` +
          `Content-Type: application/http; msgtype=response\r\nContent-Length: ${http.length + off}\r\n\r\n${http}\r\n\r\n`,
      );
    });
  const bodies = async (entries: SourceEntry[]) =>
    Promise.all(entries.map(async (e) => (isSourceError(e) ? `!${e.code}` : (/Page number (\d+)/.exec(await text(e))?.[1] ?? '?'))));

  it('a Content-Length too large by 500 bytes swallows nothing: resynchronised on the next record, and reported', async () => {
    const dir = tmp('pith-warc-');
    writeFileSync(join(dir, 'long.warc'), Buffer.concat(warcOf(3, 500)));
    writeFileSync(join(dir, 'long-last.warc'), Buffer.concat(warcOf(2, 500)));
    for (const [file, pages] of [['long.warc', ['1', '2', '3']], ['long-last.warc', ['1', '2']]] as const) {
      const warnings: string[] = [];
      const entries = await all(warcPages(join(dir, file), { maxBytes: MB, onWarning: (w) => warnings.push(w.message) }));
      expect(await bodies(entries), file).toEqual(pages);
      expect(warnings).toEqual([expect.stringMatching(/^Content-Length \d+ is 500 bytes too large: read (up to the next record|to the end of the file)$/)]);
    }
  });

  it('a WARC cut inside the last record\'s header gives that record an error entry', async () => {
    const dir = tmp('pith-warc-');
    const whole = Buffer.concat(warcOf(3));
    const cut = whole.subarray(0, whole.lastIndexOf('WARC-Target-URI'));
    writeFileSync(join(dir, 'cut.warc'), cut);
    const entries = await all(warcPages(join(dir, 'cut.warc'), { maxBytes: MB }));
    expect(await bodies(entries)).toEqual(['1', '2', '!truncated']);
    expect((entries[2] as SourceError).message).toBe('WARC ends inside the header of record 3');
  });

  it('a corrupt gzip member costs its own record only: reading goes on at the next member', async () => {
    const dir = tmp('pith-warc-');
    const members = warcOf(5).map((record) => gzipSync(record));
    const bad = Buffer.from(members[2]);
    for (let i = 20; i < bad.length - 10; i++) bad[i] ^= 0x5a;
    writeFileSync(join(dir, 'damaged.warc.gz'), Buffer.concat([members[0], members[1], bad, members[3], members[4]]));
    const entries = await all(warcPages(join(dir, 'damaged.warc.gz'), { maxBytes: MB }));
    expect(await bodies(entries)).toEqual(['1', '2', '!corrupt', '4', '5']);
    // A whole dump gzipped as one stream still reads.
    writeFileSync(join(dir, 'one-stream.warc.gz'), gzipSync(Buffer.concat(warcOf(3))));
    expect(await bodies(await all(warcPages(join(dir, 'one-stream.warc.gz'), { maxBytes: MB })))).toEqual(['1', '2', '3']);
  });

  for (const file of ['pages.warc', 'pages.warc.gz']) {
    it(`${file}: one page per HTML response, the request skipped and counted`, async () => {
      const skips: SkippedRecord[] = [];
      const entries = await all(warcPages(`${F}/${file}`, { maxBytes: MB, onSkip: (s) => skips.push(s) }));
      const id = (n: number) => `urn:uuid:00000000-0000-4000-8000-00000000000${n}`;
      expect(entries.map(line)).toEqual([`${F}/${file}#${id(1)}`, `${F}/${file}#${id(3)}`]);
      expect(skips.map((s) => [s.recordType, s.reason])).toEqual([['request', 'not-response']]);
      const [one, two] = pagesOf(entries);
      expect([one.url, two.url, one.inputType]).toEqual(['http://example.com/one', 'http://example.com/two', 'html']);
      expect([one.extra?.charset, two.extra?.charset, two.extra?.status]).toEqual(['utf-8', 'iso-8859-1', 200]);
      expect(Buffer.from((await one.read()) as Uint8Array).toString('utf8')).toContain('Café au lait, in UTF-8.');
      // Chunked transfer encoding undone; the Latin-1 bytes left for the decoder and its charset.
      expect(await text(two)).toMatch(/^<!doctype html>.*Café au lait, in Latin-1\.<\/p>.*<\/html>\n$/s);
    });
  }

  it('skips warcinfo, metadata, revisit, images and redirects; decodes Content-Encoding', async () => {
    const skips: SkippedRecord[] = [];
    const pages = pagesOf(await all(warcPages(`${F}/mixed.warc.gz`, { maxBytes: MB, onSkip: (s) => skips.push(s) })));
    expect(pages.map((p) => [p.url, p.inputType])).toEqual([['http://example.com/big', 'html'], ['http://example.com/notes.txt', 'text'], ['http://example.com/zipped', 'html']]);
    expect(await text(pages[2])).toContain('Sent with Content-Encoding: gzip.');
    expect(skips.map((s) => `${s.recordType}:${s.reason}`)).toEqual(
      ['warcinfo:not-response', 'response:not-page', 'response:redirect', 'metadata:not-response', 'revisit:not-response']);
  });

  it('gives a too-large error for a payload past maxBytes and reads on', async () => {
    const entries = await all(warcPages(`${F}/mixed.warc`, { maxBytes: 2000 }));
    expect(entries.map((e) => (isSourceError(e) ? e.code : e.url))).toEqual(['too-large', 'http://example.com/notes.txt', 'http://example.com/zipped']);
  });

  it('ends a truncated WARC (plain or gzip) with one error entry, never a hang', async () => {
    const dir = tmp('pith-warc-');
    const plain = readFileSync(`${F}/pages.warc`);
    writeFileSync(join(dir, 'cut.warc'), plain.subarray(0, plain.length - 100));
    const gz = readFileSync(`${F}/pages.warc.gz`);
    writeFileSync(join(dir, 'cut.warc.gz'), gz.subarray(0, gz.length - 30));
    for (const name of ['cut.warc', 'cut.warc.gz']) {
      const entries = await all(warcPages(join(dir, name), { maxBytes: MB }));
      expect(entries.map((e) => (isSourceError(e) ? e.code : 'page'))).toEqual(['page', 'truncated']);
    }
  });
});

describe('jsonlPages over damaged gzip', () => {
  it('a corrupt member is one error entry and the members after it are read', async () => {
    const dir = tmp('pith-jsonl-');
    const line = (i: number) => JSON.stringify({ url: `http://example.com/${i}`, html: `<p>Page number ${i} of the dump.</p>` }) + '\n';
    const members = [[1, 2], [3, 4], [5, 6]].map((pair) => gzipSync(pair.map(line).join('')));
    const bad = Buffer.from(members[1]);
    for (let i = 20; i < bad.length - 10; i++) bad[i] ^= 0x5a;
    writeFileSync(join(dir, 'damaged.jsonl.gz'), Buffer.concat([members[0], bad, members[2]]));
    const entries = await all(jsonlPages(join(dir, 'damaged.jsonl.gz'), { field: 'auto', maxBytes: MB }));
    const got = await Promise.all(entries.map(async (e) => (isSourceError(e) ? `!${e.code}` : (/Page number (\d+)/.exec(String(await e.read()))?.[1] ?? '?'))));
    expect(got).toEqual(['1', '2', '!corrupt', '5', '6']);
  });
});

describe('jsonlPages', () => {
  const run = async (field: 'html' | 'text' | 'auto', file = 'pages.jsonl', maxBytes = MB) => {
    const entries = await all(jsonlPages(`${F}/${file}`, { field, maxBytes }));
    return Promise.all(entries.map(async (e) => (isSourceError(e) ? `${e.name.split(':').pop()} !${e.code}` : `${e.name.split(':').pop()} ${e.inputType ?? '?'} ${(await e.read()).slice(0, 12)}`)));
  };

  it('auto picks html, then text, then content/body; a bad line is one error and the rest go on', async () => {
    expect(await run('auto')).toEqual(['1 html <!doctype ht', '2 text Bravo\n\nJSONL', '3 !bad-json', '5 ? <p>Delta bod', '6 !missing-field', '7 html <p>Foxtrot h', '8 !bad-json', '9 ? Golf content']);
  });

  it('an explicit field takes only that field', async () => {
    expect(await run('html')).toEqual(['1 html <!doctype ht', '2 !missing-field', '3 !bad-json', '5 !missing-field', '6 !missing-field', '7 html <p>Foxtrot h', '8 !bad-json', '9 !missing-field']);
    expect((await run('text')).filter((l) => !l.includes('!'))).toEqual(['2 text Bravo\n\nJSONL', '7 text Foxtrot text']);
  });

  it('gzip (by magic bytes) gives the same entries; url and other fields are carried', async () => {
    expect(await run('auto', 'pages.jsonl.gz')).toEqual(await run('auto'));
    const [first] = pagesOf(await all(jsonlPages(`${F}/pages.jsonl.gz`, { field: 'auto', maxBytes: MB })));
    expect([first.name, first.url, first.extra]).toEqual([`${F}/pages.jsonl.gz:1`, 'http://example.com/a', { id: 'a1', lang: 'en' }]);
  });

  it('a page past maxBytes or a line past the line cap is too-large; CRLF and stdin work', async () => {
    expect((await run('auto', 'pages.jsonl', 20)).filter((l) => l.includes('too-large'))).toEqual(['1 !too-large', '2 !too-large', '5 !too-large']);
    const big = `{"text":"${'x'.repeat(500)}"}\r\n{"text":"small","id":2}\r\n`;
    const entries = await all(jsonlPages('-', { field: 'auto', maxBytes: MB, maxLineBytes: 100, source: stdinOf(gzipSync(big)) }));
    expect(entries.map(line)).toEqual(['-:1 !too-large', '-:2']);
    expect(await (entries[1] as PageSource).read()).toBe('small');
  });
});

describe('pageSources', () => {
  it('mixes a tree, a WARC, a JSONL dump and a missing path, in input order', async () => {
    const dir = tree();
    const skips: SkippedRecord[] = [];
    const got = (await all(pageSources([dir, `${F}/pages.warc.gz`, `${F}/pages.jsonl`, 'gone.html'], { onSkip: (s) => skips.push(s) }))).map(line);
    expect(got.slice(0, 7).map((n) => relative(dir, n))).toEqual(['B.html', 'a.html', 'b.txt', 'broken.html !not-found', 'link.html', 'sub/c.html.gz', 'sub/deeper/d.txt']);
    expect(got.slice(7, 9)).toEqual([expect.stringMatching(/pages\.warc\.gz#urn:uuid:.*1$/), expect.stringMatching(/#urn:uuid:.*3$/)]);
    expect(got.slice(9)).toEqual([1, 2, 3, 5, 6, 7, 8, 9].map((n) => `${F}/pages.jsonl:${n}${[3, 8].includes(n) ? ' !bad-json' : n === 6 ? ' !missing-field' : ''}`).concat('gone.html !not-found'));
    expect(skips).toHaveLength(1);
  });

  it('sniffs content, not names: a gzipped WARC named .bin, a { text page without --jsonl-field', async () => {
    const dir = tmp('pith-sniff-');
    cpSync(`${F}/pages.warc.gz`, join(dir, 'dump.bin'));
    writeFileSync(join(dir, 'note.txt'), '{ not json, a text page }\n');
    const got = await all(pageSources([join(dir, 'dump.bin'), join(dir, 'note.txt')]));
    expect(got.map((e) => relative(dir, line(e)))).toEqual([expect.stringMatching(/^dump\.bin#urn/), expect.stringMatching(/^dump\.bin#urn/), 'note.txt']);
    expect(dumpKind(Buffer.from('{"html":"x"}'), 'note.txt', true)).toBe('jsonl');
    expect(dumpKind(Buffer.from('\n {"html":"x"}'), 'a.ndjson.gz', false)).toBe('jsonl');
    expect(dumpKind(Buffer.from('<html>'), 'a.jsonl', false)).toBe('page');
  });

  it('a page file past maxBytes is an error entry; a gzipped page comes as it is on disk, for the worker to inflate', async () => {
    const dir = tmp('pith-size-');
    writeFileSync(join(dir, 'big.html'), 'x'.repeat(300));
    writeFileSync(join(dir, 'empty.txt'), '');
    const [big, empty] = await all(pageSources([join(dir, 'big.html'), join(dir, 'empty.txt')], { maxBytes: 200 }));
    expect(line(big)).toBe(`${join(dir, 'big.html')} !too-large`);
    expect((await (empty as PageSource).read()).length).toBe(0); // the decoder says "empty"
    const [gz] = pagesOf(await all(pageSources([`${F}/tree/sub/c.html.gz`])));
    expect(Buffer.from((await gz.read()) as Uint8Array).equals(readFileSync(`${F}/tree/sub/c.html.gz`))).toBe(true);
  });

  it('reads stdin once: a page, a gzipped WARC, or JSONL with --jsonl-field', async () => {
    const [page] = await all(pageSources(['-'], { stdin: stdinOf('<p>from stdin</p>') }));
    expect([line(page), await text(page as PageSource)]).toEqual(['-', '<p>from stdin</p>']);
    const warc = await all(pageSources(['-'], { stdin: stdinOf(readFileSync(`${F}/pages.warc.gz`)) }));
    expect(warc.map(line)).toEqual([expect.stringMatching(/^-#urn:uuid:.*1$/), expect.stringMatching(/^-#urn:uuid:.*3$/)]);
    const jsonl = await all(pageSources(['-'], { jsonlField: 'text', stdin: stdinOf(readFileSync(`${F}/pages.jsonl`)) }));
    expect(pagesOf(jsonl).map((p) => p.name)).toEqual(['-:2', '-:7']);
  });
});
