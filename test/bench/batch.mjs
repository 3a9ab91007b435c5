#!/usr/bin/env node
// Benchmark of batch mode: builds a synthetic dump from the corpus pages (a directory tree of
// .html.gz files, PAGES pages, 20,000 by default, each page made unique by a comment so caches
// cannot help) in a temp directory, then runs `pith --jobs 1` and `pith --jobs 2` over it,
// printing pages/s, CPU seconds and peak RSS of each run (from /usr/bin/time when present, else
// the child's resource usage). A script that prints figures, never a timed test.
//   PAGES=2000 node test/bench/batch.mjs      # a quicker run
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const corpus = join(repo, '..', 'shared', 'corpora', 'scrapinghub', 'html');
if (!existsSync(corpus)) {
  console.error(`bench: ${corpus} not found; nothing to measure`);
  process.exit(0);
}
const PAGES = Number(process.env.PAGES ?? 20000);
const PER_DIR = 1000;

/** Writes the dump: corpus pages round-robin, each with a unique comment, 1,000 a directory. */
function buildDump(root) {
  const sources = readdirSync(corpus).map((f) => gunzipSync(readFileSync(join(corpus, f))).toString('utf8'));
  let bytes = 0;
  for (let i = 0; i < PAGES; i++) {
    const dir = join(root, `part-${String(Math.floor(i / PER_DIR)).padStart(3, '0')}`);
    if (i % PER_DIR === 0) mkdirSync(dir, { recursive: true });
    const html = `<!-- page ${i} -->\n${sources[i % sources.length]}`;
    bytes += Buffer.byteLength(html);
    writeFileSync(join(dir, `page-${String(i).padStart(6, '0')}.html.gz`), gzipSync(html, { level: 1 }));
  }
  return bytes;
}

/** Runs pith over the dump; resolves with wall seconds, CPU seconds, peak RSS (MB) and records. */
function runPith(root, jobs) {
  return new Promise((resolve, reject) => {
    const args = [join(repo, 'bin', 'pith.js'), '--quiet', '--jobs', String(jobs), '--now', '2026-11-26', root];
    const timed = existsSync('/usr/bin/time');
    const child = timed
      ? spawn('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let records = 0;
    let stderr = '';
    const t0 = performance.now();
    child.stdout.on('data', (chunk) => {
      for (const byte of chunk) if (byte === 10) records++;
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', () => {
      const wall = (performance.now() - t0) / 1000;
      const last = stderr.trim().split('\n').pop() ?? '';
      const [, user, sys, maxKb] = timed ? last.split(' ').map(Number) : [wall, NaN, NaN, NaN];
      resolve({ wall, cpu: user + sys, rssMb: maxKb / 1024, records });
    });
  });
}

const root = mkdtempSync(join(tmpdir(), 'pith-batch-bench-'));
try {
  const bytes = buildDump(root);
  console.log(`batch benchmark: ${PAGES} pages, ${(bytes / 1024 / 1024).toFixed(0)} MB of HTML (gzipped on disk)`);
  const results = [];
  for (const jobs of (process.env.JOBS ?? "1,2").split(",").map(Number)) {
    const r = await runPith(root, jobs);
    results.push(r);
    console.log(
      `--jobs ${jobs}: ${r.records} records in ${r.wall.toFixed(1)} s wall (${(PAGES / r.wall).toFixed(0)} pages/s), ` +
        `${r.cpu.toFixed(1)} CPU s, peak RSS ${Number.isNaN(r.rssMb) ? 'n/a' : r.rssMb.toFixed(0) + ' MB'}`,
    );
  }
  if (results.length === 2) console.log(`speed-up --jobs 2 / --jobs 1: ${(results[0].wall / results[1].wall).toFixed(2)}x (wall)`);
  const lost = results.filter((r) => r.records !== PAGES).length;
  console.log(lost === 0 ? `records out == pages in (${PAGES}) for ${results.length === 2 ? 'both runs' : 'the run'}` : `RECORDS LOST: ${results.map((r) => r.records).join(' / ')} of ${PAGES}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
