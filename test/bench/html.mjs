#!/usr/bin/env node
// Benchmark of the HTML front door (issue 3): pith against the bare htmlparser2 parse-and-text
// floor and against Readability.js + linkedom, on the 181 pages of ../shared/corpora/scrapinghub,
// all gunzipped into memory first. A script that prints figures, never a timed test: speed
// depends on the machine, so the figures are read side by side from ONE run, not compared to
// constants. Run `npm run build` first (`npm run bench` does).
//
//   node test/bench/html.mjs                   parent: one child per extractor, then the table
//   node test/bench/html.mjs --only floor      one extractor alone: all its rounds, prints JSON
//   ROUNDS=5 (default) timed rounds after one untimed warm-up round
//
// Each extractor runs in its own child process so that its peak RSS is its own (maxRSS is a
// per-process high-water mark), and each child is pinned to one CPU with taskset when there is
// one, so "pages/s on one core" means the same for all three (V8's GC helper threads would
// otherwise use the second core; their CPU time is counted by process.cpuUsage either way).
// The children take their rounds in turn (warm-ups first, then timed round 1 of each, round 2
// of each, ...), not one child after the other: on a shared machine the load drifts over a
// run, and three back-to-back runs of a minute each measured the extractors under different
// loads (Readability.js's rate moved 8-82 pages/s across runs, pith's 50-259). In turn, each
// timed round of one extractor is next to a round of the others.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scrapinghubPages } from './pages.mjs';
import { PITH_FLAGS } from './pith-flags.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const corpus = join(repo, '..', 'shared', 'corpora', 'scrapinghub');
const ROUNDS = Number(process.env.ROUNDS ?? 5);
// A fixed clock, as in text-dumps.mjs, so date plausibility checks do not depend on the day.
const NOW = '2026-11-26T00:00:00Z';
const NAMES = ['pith', 'floor', 'readability'];
const LABELS = {
  pith: 'pith',
  floor: 'htmlparser2 parse + all text (floor)',
  readability: 'Readability.js + linkedom',
};

if (!existsSync(corpus)) {
  console.error(`bench: ${corpus} not found; nothing to measure`);
  process.exit(0);
}

// ---------------------------------------------------------------- shared helpers

/** Pages as [id, html] pairs. The corpus README says every page is UTF-8 (a charset sniffer
 * would take the 63 pages without a declaration for windows-1252), so all extractors get the
 * same correctly decoded string and decoding stays out of the timed loop. */
function loadPages() {
  return scrapinghubPages('html').map((page) => [page.id, page.text]);
}

// Text of a DOM (htmlparser2/domhandler nodes), with a newline at block boundaries so that two
// paragraphs' words never glue into one token (the metric counts `\w+` tokens). Script-like
// subtrees hold code, not page text.
const SKIP = new Set(['script', 'style', 'noscript', 'template']);
const BLOCK = new Set(
  ('address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'header hr li main nav ol p pre section table td th tr ul').split(' '),
);
function textOf(node, out = []) {
  for (const c of node.children ?? []) {
    if (c.type === 'text') out.push(c.data);
    else if (c.type === 'tag' || c.type === 'script' || c.type === 'style') {
      if (SKIP.has(c.name)) continue;
      const block = BLOCK.has(c.name);
      if (block) out.push('\n');
      textOf(c, out);
      if (block) out.push('\n');
    }
  }
  return out;
}

// ---------------------------------------------------------------- the extractors

/** Each extractor: `run(html)` is what is timed; `bodyOf(result)` turns its result into the
 * body text scored by the metric, outside the timed rounds. A throw is a failure of the page. */
async function loadExtractor(name) {
  if (name === 'pith') {
    const { extract } = await import(join(repo, 'dist', 'index.js'));
    return {
      run: (html) => extract(html, { inputType: 'html', now: NOW }),
      // ok:false (empty, no-content) is an answer, scored as an empty body, not a failure.
      bodyOf: (r) => (r.ok ? r.article.body : ''),
    };
  }
  if (name === 'floor') {
    const { parseDocument } = await import('htmlparser2');
    return {
      run: (html) => textOf(parseDocument(html)).join(''),
      bodyOf: (text) => text,
    };
  }
  if (name === 'readability') {
    const { parseHTML } = await import('linkedom');
    const { Readability } = await import('@mozilla/readability');
    const { parseDocument } = await import('htmlparser2');
    return {
      // parse() returns null when it finds no article: an empty body.
      run: (html) => new Readability(parseHTML(html).document).parse(),
      // article.textContent glues adjacent paragraphs ("end.Next"), which would cost it
      // shingles it did find; re-reading its `content` HTML with block newlines is fairer.
      bodyOf: (a) => (a ? textOf(parseDocument(a.content ?? '')).join('') : ''),
    };
  }
  throw new Error(`unknown extractor ${name}; one of ${NAMES.join(', ')}`);
}

// ---------------------------------------------------------------- child: measure one extractor

/** One extractor over the pages: its warm-up round (which yields the bodies), its timed rounds, its figures. */
async function runner(name) {
  const pages = loadPages();
  const rssCorpusMB = process.resourceUsage().maxRSS / 1024; // before any extractor code loads
  const ex = await loadExtractor(name);
  const bodies = {};
  let failures = 0;
  let firstError = null;
  let rssOnePassMB = 0;
  const rounds = [];
  const walls = [];
  let sink = 0; // keeps results alive enough that the work cannot be optimised away
  return {
    /** Warm-up round (JIT), which also yields the bodies to score. Failures are counted here. */
    warm() {
      for (const [id, html] of pages) {
        try {
          bodies[id] = ex.bodyOf(ex.run(html));
        } catch (err) {
          failures++;
          firstError ??= err instanceof Error ? err.message : String(err);
        }
      }
      // maxRSS grows with the rounds as V8 collects lazily (no leak: with a forced GC per round it
      // stays flat), so the peak after one pass is reported beside the peak over all rounds.
      rssOnePassMB = process.resourceUsage().maxRSS / 1024;
    },
    /** Nothing to time when every page throws (e.g. pith's HTML front door not written yet). */
    measured: () => failures < pages.length,
    /** One timed round. */
    round() {
      const c = process.cpuUsage();
      const t = performance.now();
      for (const [, html] of pages) {
        try {
          if (ex.run(html)) sink++;
        } catch {
          // counted in the warm-up round; a throw here costs what it costs
        }
      }
      const d = process.cpuUsage(c);
      walls.push((performance.now() - t) / 1000);
      rounds.push((d.user + d.system) / 1e6);
    },
    report() {
      return {
        name,
        measured: failures < pages.length,
        pages: pages.length,
        rounds: rounds.length,
        cpuSeconds: rounds.reduce((a, b) => a + b, 0),
        wallSeconds: walls.reduce((a, b) => a + b, 0),
        roundCpu: rounds,
        failures,
        firstError,
        rssCorpusMB,
        rssOnePassMB,
        peakRssMB: process.resourceUsage().maxRSS / 1024,
        sink,
        bodies,
      };
    },
  };
}

/** `--only NAME`: one extractor alone, its warm-up and all its rounds, then its figures as JSON. */
async function only(name) {
  const run = await runner(name);
  run.warm();
  for (let r = 0; run.measured() && r < ROUNDS; r++) run.round();
  process.stdout.write(JSON.stringify(run.report()));
}

/**
 * `--serve NAME`: one extractor that takes its rounds when the parent says: a line on stdin
 * ("warm", "round" or "report"), answered by a line of JSON on stdout.
 */
async function serve(name) {
  const run = await runner(name);
  const answer = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);
  answer({ ready: true });
  for await (const command of createInterface({ input: process.stdin })) {
    if (command === 'warm') run.warm();
    else if (command === 'round' && run.measured()) run.round();
    if (command === 'report') {
      answer(run.report());
      break;
    }
    answer({ done: command });
  }
}

// ---------------------------------------------------------------- parent: run children, print

async function parent() {
  if (!existsSync(join(repo, 'dist', 'index.js'))) {
    console.error('bench: dist/ not built; run `npm run build` (or `npm run bench`)');
    process.exit(1);
  }
  const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const script = fileURLToPath(import.meta.url);
  console.log(
    `HTML benchmark: ../shared/corpora/scrapinghub, ${ROUNDS} timed rounds after a warm-up, ` +
      (pinned ? 'each extractor in its own process pinned to CPU 0' : 'each in its own process (taskset unavailable: not pinned)'),
  );

  const results = await inTurn(pinned, script);

  // Speed table. CPU time is the headline (wall time also counts whatever else the machine
  // is doing); the round spread shows how noisy the run was.
  const rate = (r) => (r.rounds * r.pages) / r.cpuSeconds;
  const wallRate = (r) => (r.rounds * r.pages) / r.wallSeconds;
  const rows = [['extractor', 'pages/s (CPU)', 'pages/s (wall)', 'ms/page (CPU)', 'rounds min-max pages/s', 'peak RSS MB (1 pass / all)']];
  for (const name of NAMES) {
    const r = results[name];
    if (!r) continue;
    if (!r.measured) {
      rows.push([LABELS[name], 'n/a', 'n/a', 'n/a', 'n/a', `${r.rssOnePassMB.toFixed(0)} / -`]);
      continue;
    }
    const perRound = r.roundCpu.map((s) => r.pages / s);
    rows.push([
      LABELS[name],
      rate(r).toFixed(0),
      wallRate(r).toFixed(0),
      ((1000 * r.cpuSeconds) / (r.rounds * r.pages)).toFixed(2),
      `${Math.min(...perRound).toFixed(0)}-${Math.max(...perRound).toFixed(0)}`,
      `${r.rssOnePassMB.toFixed(0)} / ${r.peakRssMB.toFixed(0)}`,
    ]);
  }
  console.log();
  printTable(rows);
  const corpusRss = Object.values(results).map((r) => r.rssCorpusMB.toFixed(0));
  console.log(`(RSS with the corpus loaded, before any extractor: ${[...new Set(corpusRss)].join('/')} MB)`);

  for (const r of Object.values(results)) {
    if (r.failures === 0) continue;
    const note = r.measured ? 'speed figures include the failing pages' : 'could not be measured yet';
    console.log(`${r.name}: ${r.failures}/${r.pages} pages threw (${note}); first error: ${r.firstError}`);
  }

  // Ratios, from CPU pages/s: issue 12 asks pith >= 5x Readability and within 1.75x of the
  // floor. Beside the whole run's ratio, the ratio of the median rounds: Readability.js's rounds
  // spread widely (its collector's pauses land in some rounds and not others), so one slow or
  // fast round moves the whole-run ratio more than anything pith does.
  const { pith, floor, readability } = results;
  const ok = (r) => r && r.measured;
  const medianRate = (r) => r.pages / [...r.roundCpu].sort((a, b) => a - b)[(r.roundCpu.length - 1) >> 1];
  const medianRatio = (a, b) => `, ${(medianRate(a) / medianRate(b)).toFixed(2)}x (median rounds)`;
  console.log();
  if (ok(pith) && ok(readability)) console.log(`pith / readability: ${(rate(pith) / rate(readability)).toFixed(2)}x (CPU)${medianRatio(pith, readability)}, ${(wallRate(pith) / wallRate(readability)).toFixed(2)}x (wall)`);
  if (ok(pith) && ok(floor)) console.log(`floor / pith:       ${(rate(floor) / rate(pith)).toFixed(2)}x (CPU)${medianRatio(floor, pith)}, ${(wallRate(floor) / wallRate(pith)).toFixed(2)}x (wall)`);
  if (!ok(pith)) console.log('pith could not be measured yet: no ratios involving pith');
  if (ok(floor) && ok(readability)) console.log(`floor / readability: ${(rate(floor) / rate(readability)).toFixed(2)}x (CPU)`);

  // Body F1 with src's metric (dist/eval/metric.js) against the benchmark's gold. A page that
  // threw has no prediction and is scored as empty (it lowers recall).
  const { scoreCorpus } = await import(join(repo, 'dist', 'eval', 'metric.js'));
  const goldJson = JSON.parse(readFileSync(join(corpus, 'ground-truth.json'), 'utf8'));
  const gold = new Map(Object.entries(goldJson).map(([id, v]) => [id, v.articleBody ?? '']));
  const f1Rows = [['extractor', 'F1', 'precision', 'recall', 'exact', 'no prediction']];
  for (const name of NAMES) {
    const r = results[name];
    if (!r) continue;
    if (!r.measured) {
      f1Rows.push([LABELS[name], 'n/a', 'n/a', 'n/a', 'n/a', String(r.pages)]);
      continue;
    }
    const s = scoreCorpus(gold, new Map(Object.entries(r.bodies)));
    f1Rows.push([LABELS[name], s.f1.toFixed(3), s.precision.toFixed(3), s.recall.toFixed(3), s.accuracy.toFixed(3), String(s.missing)]);
  }
  console.log();
  printTable(f1Rows);
}

/**
 * The extractors' children, started together and given their rounds in turn: every warm-up,
 * then each timed round of every extractor before the next round of any (the order rotating
 * from round to round). A child that fails is left out with a message; the others go on.
 */
async function inTurn(pinned, script) {
  const children = new Map();
  for (const name of NAMES) {
    const cmd = pinned ? 'taskset' : process.execPath;
    // Every extractor runs under the V8 flags of the pith command (pith-flags.mjs): the same
    // runtime for all three, the one pith's users get.
    const args = [...(pinned ? ['-c', '0', process.execPath] : []), ...PITH_FLAGS, script, '--serve', name];
    const proc = spawn(cmd, args, { cwd: repo, stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: proc.stdout })[Symbol.asyncIterator]();
    const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve(code ?? signal)));
    // A child that died is told nothing more: its exit is what `ask` reports.
    proc.stdin.on('error', () => {});
    /** The child's answer to `command` (null for its first line), or an error when it exits first. */
    const ask = async (command) => {
      if (command !== null) proc.stdin.write(`${command}\n`);
      const next = await Promise.race([lines.next(), exited.then((status) => ({ exited: status }))]);
      if ('exited' in next) throw new Error(`exited with ${next.exited}`);
      if (next.done) throw new Error(`exited with ${await exited}`);
      return JSON.parse(next.value);
    };
    children.set(name, { proc, ask });
  }
  const results = {};
  const failed = (name, err) => {
    console.error(`bench: ${name} ${err.message}; left out`);
    children.get(name).proc.kill();
    children.delete(name);
  };
  const step = async (names, command) => {
    for (const name of names) {
      if (!children.has(name)) continue;
      try {
        const answer = await children.get(name).ask(command);
        if (command === 'report') results[name] = answer;
      } catch (err) {
        failed(name, err);
      }
    }
  };
  // Loading (the corpus, the extractor's modules) overlaps; every measured step runs alone.
  await Promise.all(
    [...children.keys()].map((name) =>
      children
        .get(name)
        .ask(null)
        .catch((err) => failed(name, err)),
    ),
  );
  await step(NAMES, 'warm');
  for (let r = 0; r < ROUNDS; r++) await step([...NAMES.slice(r % NAMES.length), ...NAMES.slice(0, r % NAMES.length)], 'round');
  await step(NAMES, 'report');
  for (const { proc } of children.values()) proc.stdin.end();
  return results;
}

function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [n, row] of rows.entries()) {
    console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

// Dispatch last: the helpers above are `const`s, not hoisted like the functions.
const onlyAt = process.argv.indexOf('--only');
const serveAt = process.argv.indexOf('--serve');
if (onlyAt >= 0) await only(process.argv[onlyAt + 1]);
else if (serveAt >= 0) await serve(process.argv[serveAt + 1]);
else await parent();
