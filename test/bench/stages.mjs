#!/usr/bin/env node
// Where pith's time goes: a CPU profile (V8's sampling profiler, through node:inspector) of
// extract() over the ScrapingHub HTML pages and their txt dumps, in memory, after a warm-up
// round, summed by pipeline stage (the source folder of the function on the stack's top) and
// by function, and (on Linux) the share of the CPU that V8's own threads took, which the
// profile cannot show. Prints figures for choosing the next speed step; never a timed test.
// Run `npm run build` first (`npm run bench` does).
//
//   node test/bench/stages.mjs          ROUNDS=3 (default) profiled rounds a corpus   TOP=15
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scrapinghubPages } from './pages.mjs';
import { underPithFlags } from './pith-flags.mjs';

underPithFlags(fileURLToPath(import.meta.url));

const repo = fileURLToPath(new URL('../..', import.meta.url));
const shared = join(repo, '..', 'shared', 'corpora');
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const TOP = Number(process.env.TOP ?? 15);
const NOW = '2026-11-26T00:00:00Z';

if (!existsSync(join(shared, 'scrapinghub'))) {
  console.error('bench: ../shared/corpora/scrapinghub not found; nothing to profile');
  process.exit(0);
}
const { extract } = await import(join(repo, 'dist', 'index.js'));

const corpora = [
  {
    name: 'ScrapingHub HTML',
    inputType: 'html',
    pages: scrapinghubPages('html').map((page) => page.text),
  },
  {
    name: 'ScrapingHub txt dumps',
    inputType: 'text',
    pages: scrapinghubPages('txt').map((page) => page.text),
  },
];

/** The stage a profiled function belongs to, from its script's path. */
function stageOf(url, functionName) {
  if (url.startsWith('node:inspector')) return 'profiler';
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(program)' || functionName === '(idle)' || functionName === '(root)') return 'V8 (compiling, runtime)';
  const path = url.replace(/^file:\/\//, '');
  const inRepo = path.startsWith(repo) ? path.slice(repo.length) : path;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(inRepo)?.[1];
  if (pkg) return ['htmlparser2', 'entities', 'domhandler', 'domelementtype'].includes(pkg) ? 'parse: htmlparser2' : `package ${pkg}`;
  const parts = /^dist\/([^/]+)(?:\/([^/]+))?\//.exec(inRepo);
  if (parts) {
    const [, top, sub] = parts;
    if (top === 'parse' || top === 'rules') return sub && !sub.endsWith('.js') ? `${top}: ${sub}` : `${top}: shared`;
    return top;
  }
  if (/^dist\/pipeline\.js$/.test(inRepo)) return 'pipeline';
  if (/^dist\/[^/]+\.js$/.test(inRepo)) return 'pipeline';
  // Built-ins (String.prototype.replace, RegExp execution...) are time of whoever called them:
  // a sample's top frame with no script is attributed to its caller below.
  return null;
}

function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const stages = new Map();
  const functions = new Map();
  let total = 0;
  for (const [id, micros] of self) {
    let node = byId.get(id);
    let stage = stageOf(node.callFrame.url, node.callFrame.functionName);
    // A native frame (regex, string builtins) counts for the nearest caller with a script.
    while (stage === null && parent.has(node.id)) {
      node = byId.get(parent.get(node.id));
      stage = stageOf(node.callFrame.url, node.callFrame.functionName);
    }
    stage ??= 'V8 (compiling, runtime)';
    if (stage === 'profiler') continue; // the profile's own stop, not pith's time
    total += micros;
    stages.set(stage, (stages.get(stage) ?? 0) + micros);
    const own = byId.get(id);
    const where = own.callFrame.url ? `${own.callFrame.url.replace(/^.*\/(dist|node_modules)\//, '$1/')}:${own.callFrame.lineNumber + 1}` : '(native)';
    const key = `${own.callFrame.functionName || '(top level)'} ${where}`;
    functions.set(key, (functions.get(key) ?? 0) + micros);
  }
  return { total, stages, functions };
}

/**
 * CPU ticks of this process's main thread and of its other threads, from /proc (Linux; null
 * elsewhere). The other threads are V8's: the optimising compiler and the concurrent collector,
 * whose work the sampling profiler, which samples the main thread, never shows. Only their
 * ratio is printed, so the tick's length does not matter.
 */
function threadTicks() {
  const dir = '/proc/self/task';
  if (!existsSync(dir)) return null;
  let main = 0;
  let helpers = 0;
  for (const tid of readdirSync(dir)) {
    let stat;
    try {
      stat = readFileSync(join(dir, tid, 'stat'), 'utf8');
    } catch {
      continue; // a thread that ended meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
    if (Number(tid) === process.pid) main += ticks;
    else helpers += ticks;
  }
  return { main, helpers };
}

/** The share of the CPU that V8's own threads took while `run` ran, as text ('' without /proc). */
function helperShare(run) {
  const before = threadTicks();
  run();
  const after = threadTicks();
  if (!before || !after) return '';
  const main = after.main - before.main;
  const helpers = after.helpers - before.helpers;
  return main + helpers > 0 ? `${((100 * helpers) / (main + helpers)).toFixed(0)}%` : '';
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });

for (const corpus of corpora) {
  const readAll = () => {
    for (const page of corpus.pages) extract(page, { inputType: corpus.inputType, now: NOW });
  };
  const warmUp = helperShare(readAll);
  await session.post('Profiler.start');
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < ROUNDS; r++) for (const page of corpus.pages) extract(page, { inputType: corpus.inputType, now: NOW });
  const cpu = process.cpuUsage(cpu0);
  const { profile } = await session.post('Profiler.stop');
  const { total, stages, functions } = summarise(profile);
  const n = corpus.pages.length * ROUNDS;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`\n${corpus.name}: ${n} pages, ${cpuSeconds.toFixed(2)} CPU s (${((cpuSeconds / n) * 1000).toFixed(2)} ms a page, profiler on)\n`);
  console.log('stage                               share   ms a page');
  console.log('----------------------------------  ------  ---------');
  for (const [stage, micros] of [...stages].sort((a, b) => b[1] - a[1])) {
    console.log(`${stage.padEnd(34)}  ${((micros / total) * 100).toFixed(1).padStart(5)}%  ${(micros / 1000 / n).toFixed(3).padStart(9)}`);
  }
  console.log(`\ntop ${TOP} functions by self time (native work counted where it ran)`);
  for (const [key, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${((micros / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  }
  // Measured without the profiler, whose sampling thread would count among them.
  const later = helperShare(readAll);
  if (warmUp && later) console.log(`\nV8's own threads (optimising compiler, concurrent collector; not in the profile): ${warmUp} of the CPU in the warm-up round, ${later} in a round after the profiled ones`);
}
session.disconnect();
