#!/usr/bin/env node
// Every quality figure of the README in one run: `pith eval` over each dev corpus of
// ../shared/corpora (ScrapingHub, its text dumps, WCXB dev by page type with the page-type
// confusion matrix, CleanEval, the Readability pages' titles and dates), two corpora at a time
// on this 2-core machine. Prints a Markdown report; `--json FILE` also writes the figures.
// Run `npm run build` first (`npm run eval:all` does).
//
//   node test/bench/quality.mjs [--json out.json]
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const corpora = join(repo, '..', 'shared', 'corpora');
const bin = join(repo, 'bin', 'pith.js');
const NOW = '2026-11-26T12:00:00Z';
const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : null;

if (!existsSync(corpora)) {
  console.error(`quality: ${corpora} not found; nothing to measure`);
  process.exit(0);
}

const files = (dir) => readdirSync(dir).sort().map((f) => join(dir, f));

/** One `pith eval` run per corpus variant: its arguments and how to read its output. */
const RUNS = [
  { name: 'scrapinghub/html', gold: 'scrapinghub/ground-truth.json', dir: 'scrapinghub/html', type: 'html' },
  { name: 'scrapinghub-text/txt', gold: 'scrapinghub-text/ground-truth.json', dir: 'scrapinghub-text/txt', type: 'text' },
  { name: 'scrapinghub-text/w3m', gold: 'scrapinghub-text/ground-truth.json', dir: 'scrapinghub-text/w3m', type: 'text' },
  { name: 'wcxb-dev/html', gold: 'wcxb-dev/ground-truth.json', dir: 'wcxb-dev/html', type: 'html', words: true },
  { name: 'wcxb-dev/txt', gold: 'wcxb-dev/ground-truth.json', dir: 'wcxb-dev/txt', type: 'text', words: true },
  { name: 'wcxb-dev/w3m', gold: 'wcxb-dev/ground-truth.json', dir: 'wcxb-dev/w3m', type: 'text', words: true },
  { name: 'cleaneval/html', gold: 'cleaneval/ground-truth.json', dir: 'cleaneval/html', type: 'html' },
  { name: 'cleaneval/txt', gold: 'cleaneval/ground-truth.json', dir: 'cleaneval/txt', type: 'text' },
  { name: 'cleaneval/w3m', gold: 'cleaneval/ground-truth.json', dir: 'cleaneval/w3m', type: 'text' },
  { name: 'readability', gold: 'readability', metaGold: 'readability', pages: 'readability', type: 'html' },
].filter((r) => existsSync(join(corpora, r.gold)));

function inputsOf(run) {
  if (run.pages) {
    const dir = join(corpora, run.pages);
    return readdirSync(dir).map((d) => join(dir, d, 'source.html')).filter((p) => existsSync(p)).sort();
  }
  return files(join(corpora, run.dir));
}

function evalRun(run) {
  const args = [bin, 'eval', '--now', NOW, '--input-type', run.type, '--gold', join(corpora, run.gold)];
  if (run.metaGold) args.push('--meta-gold', join(corpora, run.metaGold));
  if (run.words) args.push('--words', '--by', 'pageType', '--confusion');
  args.push(...inputsOf(run));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.resume();
    child.on('close', () => resolve({ run, out }));
  });
}

/** The figures of one eval's output lines. */
function parse({ run, out }) {
  const lines = out.split('\n');
  const num = (re, line) => Number(re.exec(line)?.[1]);
  const figures = { name: run.name, f1: num(/^F1 ([\d.]+)/, lines[0]), precision: num(/precision ([\d.]+)/, lines[0]), recall: num(/recall ([\d.]+)/, lines[0]) };
  const words = lines.find((l) => l.startsWith('words F1'));
  if (words) figures.words = num(/^words F1 ([\d.]+)/, words);
  figures.byType = Object.fromEntries(
    lines.filter((l) => l.startsWith('pageType=')).map((l) => [/^pageType=(\w+)/.exec(l)[1], { words: num(/words F1 ([\d.]+)/, l), n: num(/n=(\d+)/, l) }]),
  );
  const typeLine = lines.find((l) => l.startsWith('page type accuracy'));
  if (typeLine) figures.pageTypeAccuracy = num(/accuracy ([\d.]+)/, typeLine);
  figures.confusion = lines.filter((l) => l.startsWith('|')).join('\n');
  const meta = lines.find((l) => l.startsWith('title exact'));
  if (meta) {
    figures.titleExact = num(/title exact ([\d.]+)/, meta);
    figures.dateSameDay = num(/date same-day ([\d.]+)/, meta);
  }
  return figures;
}

async function pool(items, size, work) {
  const results = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}

const started = performance.now();
const results = (await pool(RUNS, Math.max(1, Math.min(2, availableParallelism())), evalRun)).map(parse);
const f = (x) => (Number.isFinite(x) ? x.toFixed(3) : '–');

console.log('| corpus | body F1 | precision | recall | words F1 |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of results) console.log(`| ${r.name} | ${f(r.f1)} | ${f(r.precision)} | ${f(r.recall)} | ${f(r.words)} |`);

const types = ['article', 'documentation', 'service', 'forum', 'product', 'collection', 'listing'];
const wcxb = results.filter((r) => r.name.startsWith('wcxb-dev/'));
if (wcxb.length) {
  console.log('\nwcxb-dev, words F1 by page type (gold type; pith classifies every page itself):\n');
  console.log(`| page type | ${wcxb.map((r) => r.name.replace('wcxb-dev/', '')).join(' | ')} |`);
  console.log(`| --- |${wcxb.map(() => ' --- |').join('')}`);
  for (const t of types) console.log(`| ${t} (${wcxb[0].byType[t]?.n ?? 0}) | ${wcxb.map((r) => f(r.byType[t]?.words)).join(' | ')} |`);
  console.log(`| all | ${wcxb.map((r) => f(r.words)).join(' | ')} |`);
  console.log(`| page type accuracy | ${wcxb.map((r) => f(r.pageTypeAccuracy)).join(' | ')} |`);
  for (const r of wcxb) if (r.confusion) console.log(`\nPage types, ${r.name}:\n\n${r.confusion}`);
}
const meta = results.find((r) => r.titleExact !== undefined);
if (meta) console.log(`\nreadability: title exact ${f(meta.titleExact)}, date same-day ${f(meta.dateSameDay)}, body F1 ${f(meta.f1)}`);
console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2) + '\n');
