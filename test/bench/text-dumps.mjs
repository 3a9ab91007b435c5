#!/usr/bin/env node
// Benchmark of the text front door: extracts every dump of ../shared/corpora/scrapinghub-text
// (txt/ and w3m/) from memory on one core, several rounds, and prints pages/s, CPU seconds and
// peak RSS. A script that prints figures, never a timed test. Run `npm run build` first.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { underPithFlags } from './pith-flags.mjs';

underPithFlags(fileURLToPath(import.meta.url));

const repo = fileURLToPath(new URL('../..', import.meta.url));
const corpus = join(repo, '..', 'shared', 'corpora', 'scrapinghub-text');
if (!existsSync(corpus)) {
  console.error(`bench: ${corpus} not found; nothing to measure`);
  process.exit(0);
}
const { extract } = await import(join(repo, 'dist', 'index.js'));
const ROUNDS = Number(process.env.ROUNDS ?? 5);

for (const variant of ['txt', 'w3m']) {
  const dir = join(corpus, variant);
  const pages = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);
  for (const page of pages) extract(page, { inputType: 'text', now: '2026-11-26T00:00:00Z' }); // warm-up
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    for (const page of pages) extract(page, { inputType: 'text', now: '2026-11-26T00:00:00Z' });
  }
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const n = pages.length * ROUNDS;
  console.log(
    `${variant}: ${n} pages (${(bytes / 1024 / 1024).toFixed(1)} MB a round) in ${cpuSeconds.toFixed(2)} CPU s: ` +
      `${(n / cpuSeconds).toFixed(0)} pages per CPU second, ${(n / wall).toFixed(0)} pages/s wall, ` +
      `${((cpuSeconds / n) * 1000).toFixed(2)} ms a page`,
  );
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
