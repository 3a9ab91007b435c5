#!/usr/bin/env node
// Fits the weights of a text dump's title facts (src/metadata/text/title-weights.ts) on the
// innerText and w3m dumps of wcxb-dev: for each page, pith's own candidate lines (as
// `extract(..., {explain: true})` reports them, facts and all) and the gold title. The model is a
// conditional logit: a softmax over each page's candidates, fitted so the gold line scores
// highest, with an L2 penalty. Reports title-exact rates cross-validated over folds of whole
// sites (no site on both sides), then fits on every page and, with --write, writes the weights.
// Run `npm run build` first: the candidates come from the built pipeline (dist/).
//
//   node scripts/train-title.mjs [--corpus DIR] [--folds 5] [--l2 X] [--iterations N] [--cache FILE]
//                                [--misses FILE] [--write]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { siteOf } from './page-type/corpus.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { values: opts } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(repo, '..', 'shared', 'corpora', 'wcxb-dev') },
    folds: { type: 'string', default: '5' },
    l2: { type: 'string', default: '0.01' },
    iterations: { type: 'string', default: '600' },
    cache: { type: 'string' },
    misses: { type: 'string' },
    write: { type: 'boolean', default: false },
  },
});
const dist = new URL('../dist/', import.meta.url);
const { extract } = await import(new URL('index.js', dist).href);
const { ALL_TITLE_FACTS: TITLE_FACTS } = await import(new URL('metadata/text/title-facts.js', dist).href);
// The scorer's title normalisation: what "exact" compares.
const { normalizeTitle } = await import(new URL('eval/meta-metric.js', dist).href);

/** Every dump with a gold title: [{id, kind, site, gold, candidates: [{text, x: number[]}]}]. */
function readPages() {
  if (opts.cache && existsSync(opts.cache)) return JSON.parse(readFileSync(opts.cache, 'utf8'));
  const meta = JSON.parse(readFileSync(join(opts.corpus, 'metadata.json'), 'utf8'));
  const truth = JSON.parse(readFileSync(join(opts.corpus, 'ground-truth.json'), 'utf8'));
  const pages = [];
  const started = Date.now();
  for (const kind of ['txt', 'w3m']) {
    for (const [id, record] of Object.entries(meta)) {
      const gold = normalizeTitle(record.title ?? '');
      const path = join(opts.corpus, kind, `${id}.txt`);
      if (!gold || !existsSync(path)) continue;
      let found = [];
      try {
        found = extract(readFileSync(path), { explain: true, inputType: 'text', now: new Date('2026-12-01') }).origins?.title?.candidates ?? [];
      } catch {
        // An empty dump has no candidates: it counts as a miss.
      }
      const candidates = found.map((c) => ({ text: normalizeTitle(c.text), x: sparse(TITLE_FACTS.map((name) => c.facts[name] ?? 0)) }));
      pages.push({ id, kind, site: siteOf(truth[id]?.url ?? '', id), gold, candidates });
    }
  }
  console.error(`${pages.length} dumps read in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (opts.cache) writeFileSync(opts.cache, JSON.stringify(pages));
  return pages;
}

/** A candidate's facts as [index, value] pairs: most facts are 0, so scoring walks only the others. */
const sparse = (x) => x.flatMap((v, j) => (v ? [[j, v]] : []));
function score(w, x) {
  let s = 0;
  for (let k = 0; k < x.length; k++) s += x[k][1] * w[x[k][0]];
  return s;
}

/** The conditional logit's weights, by Adam on the mean negative log-likelihood plus the L2 penalty. */
function fit(pages, { l2, iterations }) {
  const usable = pages.filter((p) => p.candidates.some((c) => c.text === p.gold));
  for (const p of usable) for (const c of p.candidates) c.gold = c.text === p.gold;
  const d = TITLE_FACTS.length;
  const w = new Float64Array(d), m = new Float64Array(d), v = new Float64Array(d), grad = new Float64Array(d);
  const rate = 0.05, b1 = 0.9, b2 = 0.999;
  const e = new Float64Array(Math.max(...usable.map((p) => p.candidates.length)));
  for (let t = 1; t <= iterations; t++) {
    for (let j = 0; j < d; j++) grad[j] = 2 * l2 * w[j];
    for (const p of usable) {
      const cs = p.candidates;
      let top = -Infinity;
      for (let k = 0; k < cs.length; k++) top = Math.max(top, (e[k] = score(w, cs[k].x)));
      let z = 0, goldMass = 0;
      for (let k = 0; k < cs.length; k++) {
        e[k] = Math.exp(e[k] - top);
        z += e[k];
        // Several lines can print the gold title: the page's likelihood is theirs together.
        if (cs[k].gold) goldMass += e[k];
      }
      for (let k = 0; k < cs.length; k++) {
        const coef = (e[k] / z - (cs[k].gold ? e[k] / goldMass : 0)) / usable.length;
        const x = cs[k].x;
        for (let q = 0; q < x.length; q++) grad[x[q][0]] += coef * x[q][1];
      }
    }
    for (let j = 0; j < d; j++) {
      m[j] = b1 * m[j] + (1 - b1) * grad[j];
      v[j] = b2 * v[j] + (1 - b2) * grad[j] ** 2;
      w[j] -= (rate * (m[j] / (1 - b1 ** t))) / (Math.sqrt(v[j] / (1 - b2 ** t)) + 1e-8);
    }
  }
  return [...w];
}

/** The best line under the weights (the earlier one on a tie, as pith picks). */
function pick(w, page) {
  let best = null, bestScore = -Infinity;
  for (const c of page.candidates) {
    const s = score(w, c.x);
    if (s > bestScore) (best = c), (bestScore = s);
  }
  return best;
}

function rates(w, pages) {
  const out = {};
  for (const kind of ['txt', 'w3m']) {
    const some = pages.filter((p) => p.kind === kind);
    out[kind] = some.filter((p) => pick(w, p)?.text === p.gold).length / some.length;
  }
  return out;
}

/** Folds of whole sites, dealt round-robin in a fixed hashed order. */
function foldOf(pages, folds) {
  const hash = (s) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7);
  const sites = [...new Set(pages.map((p) => p.site))].sort((a, b) => hash(a) - hash(b) || a.localeCompare(b));
  const fold = new Map(sites.map((s, i) => [s, i % folds]));
  return pages.map((p) => fold.get(p.site));
}

const settings = { l2: Number(opts.l2), iterations: Number(opts.iterations) };
const pages = readPages();
for (const kind of ['txt', 'w3m']) {
  const some = pages.filter((p) => p.kind === kind);
  const within = some.filter((p) => p.candidates.some((c) => c.text === p.gold)).length / some.length;
  console.log(`${kind}: ${some.length} dumps, gold title among the candidates in ${within.toFixed(3)}`);
}
const folds = Number(opts.folds);
const fold = foldOf(pages, folds);
const held = [];
for (let f = 0; f < folds; f++) {
  const w = fit(pages.filter((_, i) => fold[i] !== f), settings);
  held.push(...pages.filter((_, i) => fold[i] === f).map((p) => ({ p, got: pick(w, p)?.text ?? '' })));
}
const cv = {};
for (const kind of ['txt', 'w3m']) {
  const some = held.filter((h) => h.p.kind === kind);
  cv[kind] = some.filter((h) => h.got === h.p.gold).length / some.length;
}
console.log(`cross-validated title exact (${folds} folds of whole sites): txt ${cv.txt.toFixed(3)}, w3m ${cv.w3m.toFixed(3)}`);
if (opts.misses) writeFileSync(opts.misses, held.filter((h) => h.got !== h.p.gold).map((h) => `${h.p.kind}\t${h.p.id}\t${h.p.gold}\t${h.got}`).join('\n') + '\n');

const weights = fit(pages, settings);
const fitted = rates(weights, pages);
console.log(`fitted on every page: txt ${fitted.txt.toFixed(3)}, w3m ${fitted.w3m.toFixed(3)}`);
const round = (x) => Math.round(x * 100) / 100;
for (const [j, name] of TITLE_FACTS.entries()) console.log(`  ${name.padEnd(16)} ${round(weights[j])}`);

if (opts.write) {
  const lines = [
    '/**',
    ' * Generated by scripts/train-title.mjs (`npm run train:title`); do not edit by hand.',
    " * The weights of a text dump's title facts (title-facts.ts): a conditional logit over each",
    ` * page's candidate lines, fitted on the wcxb-dev dumps (L2 ${settings.l2}). Title exact,`,
    ` * cross-validated over ${folds} folds of whole sites: txt ${cv.txt.toFixed(3)}, w3m ${cv.w3m.toFixed(3)}.`,
    ' */',
    "import type { TitleFact } from './title-facts.js';",
    '',
    'export const TITLE_WEIGHTS: Readonly<Partial<Record<TitleFact, number>>> = {',
    ...TITLE_FACTS.map((name, j) => `  ${JSON.stringify(name)}: ${round(weights[j])},`),
    '};',
    '',
  ];
  writeFileSync(join(repo, 'src', 'metadata', 'text', 'title-weights.ts'), lines.join('\n'));
  console.log('wrote src/metadata/text/title-weights.ts');
}
