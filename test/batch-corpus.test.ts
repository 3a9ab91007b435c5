/**
 * The batch front door gives what the single-file path gives: the ScrapingHub corpus as a
 * directory, packed into one .warc.gz, and as one JSONL dump, each run through the built CLI
 * with two workers, must give every page the body that extract() gives the page file alone.
 * The dumps are built in a temp dir from ../shared (read-only); skipped when it or dist/ is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/input/decode.js';
import { extract } from '../src/pipeline.js';

const CORPUS = '../shared/corpora/scrapinghub/html';
const BUILT = existsSync('dist/bin/main.cjs') && existsSync('dist/bin/worker.js');
const NOW = '2026-11-26';
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Batch records by input name -> body (null for an error or no-article record). */
function batchBodies(args: string[]): Map<string, string | null> {
  const r = spawnSync(process.execPath, ['bin/pith.js', '--now', NOW, '--quiet', '--jobs', '2', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const records = r.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { input: string; body?: string });
  return new Map(records.map((rec) => [rec.input, rec.body ?? null]));
}

const CRLF = '\r\n';
/** One WARC response record, gzipped as its own member (as crawlers write them). */
function warcResponse(id: string, url: string, payload: Buffer): Buffer {
  const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK${CRLF}Content-Type: text/html${CRLF}${CRLF}`), payload]);
  const head = ['WARC/1.1', 'WARC-Type: response', `WARC-Record-ID: <urn:uuid:${id}>`, 'WARC-Date: 2024-05-01T10:00:00Z',
    `WARC-Target-URI: ${url}`, 'Content-Type: application/http; msgtype=response', `Content-Length: ${http.length}`].join(CRLF);
  return gzipSync(Buffer.concat([Buffer.from(head + CRLF + CRLF), http, Buffer.from(CRLF + CRLF)]));
}

describe.skipIf(!BUILT || !existsSync(CORPUS))('batch on the corpus: a directory, a .warc.gz and a JSONL dump', { timeout: 180_000 }, () => {
  it('give every page the body of a single-file run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-corpus-dump-'));
    temps.push(dir);
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.html.gz')).sort();
    const single = new Map<string, string | null>();
    const singleAt = new Map<string, string | null>();
    const warc: Buffer[] = [];
    const jsonl: string[] = [];
    files.forEach((file, i) => {
      const stem = basename(file, '.html.gz');
      const bytes = gunzipSync(readFileSync(join(CORPUS, file)));
      const result = extract(bytes, { now: NOW, inputName: file });
      single.set(stem, result.ok ? result.article.body : null);
      // A dump names each page's address, which the page-type stage reads: give it here too.
      const at = extract(bytes, { now: NOW, inputName: file, url: `https://pages.test/${stem}` });
      singleAt.set(stem, at.ok ? at.article.body : null);
      // Distinct, valid ids; the stem rides along as the URL so records can be matched.
      warc.push(warcResponse(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, `https://pages.test/${stem}`, bytes));
      // A JSONL dump holds decoded text: decode as pith decodes the file, so both see one string.
      jsonl.push(JSON.stringify({ url: `https://pages.test/${stem}`, html: decodeBytes(bytes) }));
    });
    writeFileSync(join(dir, 'pages.warc.gz'), Buffer.concat(warc));
    writeFileSync(join(dir, 'pages.jsonl'), jsonl.join('\n') + '\n');

    const byStem = (bodies: Map<string, string | null>, stemOf: (input: string, i: number) => string) =>
      new Map([...bodies].map(([input, body], i) => [stemOf(input, i), body]));
    const fromDir = byStem(batchBodies([CORPUS]), (input) => basename(input, '.html.gz'));
    const fromWarc = byStem(batchBodies([join(dir, 'pages.warc.gz')]), (_input, i) => basename(files[i], '.html.gz'));
    const fromJsonl = byStem(batchBodies([join(dir, 'pages.jsonl')]), (input) => basename(files[Number(input.split(':').pop()) - 1], '.html.gz'));

    expect(single.size).toBe(files.length);
    for (const [name, got, want] of [['directory', fromDir, single], ['warc.gz', fromWarc, singleAt], ['jsonl', fromJsonl, singleAt]] as const) {
      expect(got.size, name).toBe(files.length);
      const differing = [...want].filter(([stem, body]) => got.get(stem) !== body).map(([stem]) => stem);
      expect(differing, `${name}: pages whose body differs from the single-file run`).toEqual([]);
    }
  });
});
