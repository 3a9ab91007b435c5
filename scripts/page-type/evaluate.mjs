// Fitting and judging the page-type model: the feature dictionary, class weights, k-fold
// cross-validation with whole sites per fold, and a confusion matrix.
import { fitLogistic, scores } from './logistic.mjs';

const { decideType, MIN_EVIDENCE } = await import(new URL('../../dist/page-type/decide.js', import.meta.url).href);

export const TYPES = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'];

/** Features that fire on at least `minPages` pages, in a stable order. */
function dictionary(pages, minPages) {
  const counts = new Map();
  for (const p of pages) for (const name of Object.keys(p.features)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= minPages).map(([name]) => name).sort();
}

/** Weight of a sample: rarer types count more (balance 0: not at all, 1: fully balanced). */
function classWeights(pages, balance) {
  const counts = TYPES.map((t) => pages.filter((p) => p.type === t).length);
  const mean = pages.length / TYPES.length;
  return counts.map((n) => (n > 0 ? (mean / n) ** balance : 0));
}

export function rowsOf(pages, names, weights) {
  const index = new Map(names.map((n, i) => [n, i]));
  return pages.map((p) => ({
    kind: p.kind,
    x: Object.entries(p.features).filter(([n]) => index.has(n)).map(([n, v]) => [index.get(n), v]),
    y: TYPES.indexOf(p.type),
    w: weights ? weights[TYPES.indexOf(p.type)] : 1,
  }));
}

/**
 * Class weights make the rarer types' evidence count while fitting; the priors are then moved
 * back by the log of each weight (`priorShift` of 1), so a page without evidence gets the
 * type that is commonest, not the rarest.
 */
export function train(pages, settings) {
  const names = dictionary(pages, settings.minPages);
  const weights = classWeights(pages, settings.balance);
  const model = fitLogistic(rowsOf(pages, names, weights), names.length, TYPES.length, settings);
  weights.forEach((w, c) => (model.b[c] -= (settings.priorShift ?? 0) * Math.log(w)));
  return { names, model };
}

/** The type pith names for a page (index into TYPES, -1 for none), through the stage's own decision rule. */
export function predict(model, row, features) {
  const s = scores(model.W, model.b, row.x, TYPES.length);
  const record = Object.fromEntries(TYPES.map((t, c) => [t, s[c]]));
  const prior = Object.fromEntries(TYPES.map((t, c) => [t, model.b[c]]));
  const kind = row.kind === 'html' ? 'html' : 'text';
  const { type } = decideType(record, prior, new Map(Object.entries(features)), MIN_EVIDENCE[kind]);
  return type === null ? -1 : TYPES.indexOf(type);
}

function confusion(gold, predicted) {
  const m = TYPES.map(() => [...TYPES, null].map(() => 0));
  gold.forEach((g, i) => m[g][predicted[i] < 0 ? TYPES.length : predicted[i]]++);
  const correct = gold.filter((g, i) => g === predicted[i]).length;
  return { matrix: m, accuracy: correct / gold.length, n: gold.length };
}

/** Folds of whole sites: sites sorted by a hash of their name (and a seed), dealt round-robin. */
function foldOf(pages, folds, seed) {
  const hash = (s) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7 + seed);
  const sites = [...new Set(pages.map((p) => p.site))].sort((a, b) => hash(a) - hash(b) || a.localeCompare(b));
  const fold = new Map(sites.map((s, i) => [s, i % folds]));
  return pages.map((p) => fold.get(p.site));
}

export function crossValidate(pages, folds, settings, seed = 0) {
  const fold = foldOf(pages, folds, seed);
  const gold = [], predicted = [], misses = [], tally = {};
  for (let f = 0; f < folds; f++) {
    const trainPages = pages.filter((_, i) => fold[i] !== f);
    const testPages = pages.filter((_, i) => fold[i] === f);
    const { names, model } = train(trainPages, settings);
    rowsOf(testPages, names, null).forEach((row, i) => {
      const guess = predict(model, row, testPages[i].features);
      gold.push(row.y);
      predicted.push(guess);
      const t = (tally[testPages[i].corpus ?? 'all'] ??= { right: 0, n: 0 });
      t.n++;
      if (guess === row.y) t.right++;
      if (guess !== row.y) misses.push(`${testPages[i].kind}\t${testPages[i].id}\t${TYPES[row.y]}\t${TYPES[guess] ?? 'null'}`);
    });
  }
  const byCorpus = Object.fromEntries(Object.entries(tally).map(([c, t]) => [c, t.right / t.n]));
  return { ...confusion(gold, predicted), misses, byCorpus };
}

export function fitModel(pages, settings) {
  const { names, model } = train(pages, settings);
  const rows = rowsOf(pages, names, null);
  const fit = confusion(rows.map((r) => r.y), rows.map((r, i) => predict(model, r, pages[i].features)));
  // Only differences between priors matter: the largest is moved to 0, so --explain lists the
  // others after the evidence, as the (negative) head start those types lack.
  const top = Math.max(...model.b);
  const weights = { prior: {}, weights: {} };
  TYPES.forEach((t, c) => (weights.prior[t] = model.b[c] - top));
  let nonZero = 0;
  names.forEach((name, j) => {
    const row = {};
    TYPES.forEach((t, c) => {
      const w = model.W[j * TYPES.length + c];
      if (Math.abs(w) >= 0.001) (row[t] = w), nonZero++;
    });
    if (Object.keys(row).length) weights.weights[name] = row;
  });
  return { fit, weights, nonZero, features: names.length };
}

export function report({ matrix, accuracy, n }, label) {
  const lines = [`accuracy ${accuracy.toFixed(3)} (${label}, n=${n})`];
  lines.push(['gold \\ pred', ...TYPES.map((t) => t.slice(0, 6)), 'null', 'recall'].map((s) => s.padStart(8)).join(' '));
  matrix.forEach((row, g) => {
    const total = row.reduce((a, b) => a + b, 0);
    lines.push([TYPES[g].slice(0, 11), ...row.map(String), total ? (row[g] / total).toFixed(2) : '-'].map((s) => s.padStart(8)).join(' '));
  });
  return lines.join('\n');
}
