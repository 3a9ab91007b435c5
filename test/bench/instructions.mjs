#!/usr/bin/env node
// Instructions per round: pith over the ScrapingHub pages (HTML or a dump flavour) under
// valgrind's callgrind, with a dump of the counts after every round, so each round's
// instructions are read apart. A script that prints figures, never a timed test.
//
// Why: on a shared machine the CPU time of one round moves by a sixth with the load, more than
// most single changes do; the instructions a round executes do not (runs of one build agree to
// 0.2-0.5%). Compare a change by the rounds of two builds: the first round (cold: compiling,
// first uses), the bench's timed rounds (2-6 here: after one warm-up), and the last (V8 settled).
// A slow tool: valgrind runs node some 50 times slower (six HTML rounds take about 6 minutes).
//
//   node test/bench/instructions.mjs [html|txt|w3m] [rounds]   (default: html 6)
//   ROOT=/path/to/a/built/copy node test/bench/instructions.mjs   measures that copy's dist/
//
// Node runs with --single-threaded, so the optimising compiler and the collector work on the
// thread callgrind counts (on their own threads they would be counted too, but interleaved).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPORA, scrapinghubPages } from './pages.mjs';
import { PITH_FLAGS } from './pith-flags.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const root = process.env.ROOT ?? repo;
const NOW = '2026-11-26T00:00:00Z';

/** Under callgrind: the rounds, with a dump of the counts before the first and after each. */
async function child(kind, rounds) {
  const pages = scrapinghubPages(kind).map((page) => page.text);
  const { extract } = await import(join(root, 'dist', 'index.js'));
  const options = { inputType: kind === 'html' ? 'html' : 'text', now: NOW };
  const dump = () => execFileSync('callgrind_control', ['-d', String(process.pid)], { stdio: 'ignore' });
  dump();
  for (let r = 0; r < rounds; r++) {
    for (const page of pages) extract(page, options);
    dump();
  }
}

/** The instructions a dump counted (its "summary:" or "totals:" line). */
function instructionsOf(file) {
  const line = readFileSync(file, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('summary:') || l.startsWith('totals:'));
  return line === undefined ? NaN : Number(line.split(/\s+/)[1]);
}

function parent(kind, rounds) {
  if (!['html', 'txt', 'w3m'].includes(kind) || !(rounds >= 1)) {
    console.error('usage: node test/bench/instructions.mjs [html|txt|w3m] [rounds >= 1]');
    process.exit(2);
  }
  if (!existsSync(CORPORA)) {
    console.error(`bench: ${CORPORA} not found; nothing to measure`);
    process.exit(0);
  }
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.error('bench: valgrind not found (apt install valgrind); nothing to measure');
    process.exit(0);
  }
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    console.error(`bench: ${join(root, 'dist')} not built; run \`npm run build\``);
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'pith-instructions-'));
  try {
    const script = fileURLToPath(import.meta.url);
    const run = spawnSync(
      'valgrind',
      ['--tool=callgrind', `--callgrind-out-file=${join(dir, 'cg.out')}`, process.execPath, '--single-threaded', ...PITH_FLAGS, script, '--child', kind, String(rounds)],
      { env: { ...process.env, ROOT: root }, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.status !== 0) {
      console.error(`bench: the measured run exited with ${run.status ?? run.signal}:\n${run.stderr.split('\n').slice(-20).join('\n')}`);
      process.exit(1);
    }
    // cg.out.1 is the start (node, the corpus, the modules); cg.out.2 on are the rounds.
    const parts = readdirSync(dir)
      .filter((f) => /^cg\.out\.\d+$/.test(f))
      .sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2]))
      .map((f) => instructionsOf(join(dir, f)));
    const [start, ...perRound] = parts;
    const g = (n) => (n / 1e9).toFixed(2);
    console.log(`pith over the ScrapingHub ${kind} pages under callgrind (${root === repo ? 'this build' : root}), instructions:`);
    console.log(`start (node, corpus, modules)  ${g(start)} G`);
    perRound.forEach((n, r) => console.log(`round ${r + 1}${r === 0 ? ' (cold)' : ''}`.padEnd(31) + `${g(n)} G`));
    if (perRound.length >= 6) {
      const timed = perRound.slice(1, 6).reduce((a, b) => a + b, 0);
      console.log(`rounds 2-6 (the bench's timed rounds)  ${g(timed)} G, ${(timed / 5 / perRound[perRound.length - 1]).toFixed(3)}x the last round each`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) await child(process.argv[childAt + 1], Number(process.argv[childAt + 2]));
else parent(process.argv[2] ?? 'html', Number(process.argv[3] ?? 6));
