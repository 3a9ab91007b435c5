#!/usr/bin/env node
// Trains the page-type model (src/page-type/weights.ts) from the labelled pages of wcxb-dev and
// the news pages of ScrapingHub (all articles; `--news none` leaves them out): one model for HTML
// pages, one for text dumps (innerText and w3m dumps together). Reports
// k-fold cross-validated accuracy with folds made of whole sites, so no site is on both sides,
// then fits on every page and, with --write, writes the weights. Run `npm run build` first:
// the features are computed by the built stage (dist/), exactly as pith computes them.
//
//   node scripts/train-page-type.mjs [--corpus DIR] [--news DIR|none] [--folds 5] [--l1 X] [--l2 X] [--balance P]
//                                    [--only html|text] [--cache DIR] [--misses PREFIX] [--write]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { NEWS_KINDS, readCorpus } from './page-type/corpus.mjs';
import { crossValidate, fitModel, report } from './page-type/evaluate.mjs';
import { weightsModule } from './page-type/write-weights.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { values: opts } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(repo, '..', 'shared', 'corpora', 'wcxb-dev') },
    news: { type: 'string', default: join(repo, '..', 'shared', 'corpora') },
    folds: { type: 'string', default: '5' },
    l1: { type: 'string', default: '0.002' },
    l2: { type: 'string', default: '0.01' },
    balance: { type: 'string', default: '0.5' },
    iterations: { type: 'string', default: '1500' },
    'min-pages': { type: 'string', default: '5' },
    only: { type: 'string' },
    cache: { type: 'string' },
    write: { type: 'boolean', default: false },
    misses: { type: 'string' },
  },
});

const settings = {
  l1: Number(opts.l1),
  l2: Number(opts.l2),
  balance: Number(opts.balance),
  iterations: Number(opts.iterations),
  minPages: Number(opts['min-pages']),
};

/** Pages of the given kinds from one corpus, from the cache when one is given and holds them. */
function cachedPages(name, kind, read) {
  const cached = opts.cache ? join(opts.cache, `${name}-${kind}.json`) : null;
  if (cached && existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8'));
  const started = Date.now();
  const pages = read();
  console.error(`${name} ${kind}: ${pages.length} pages read in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (cached) (mkdirSync(opts.cache, { recursive: true }), writeFileSync(cached, JSON.stringify(pages)));
  return pages;
}

/** The labelled pages of the given kinds: wcxb-dev's, then the news pages unless left out. */
function pagesOf(kinds) {
  const news = opts.news === 'none' ? null : join(opts.news, 'scrapinghub');
  return kinds.flatMap((kind) => [
    ...cachedPages('wcxb-dev', kind, () => readCorpus(opts.corpus, kind)),
    ...(news && existsSync(news)
      ? cachedPages('news', kind, () =>
          readCorpus(news, kind, { root: opts.news, files: NEWS_KINDS, defaultType: 'article', corpus: 'scrapinghub' }),
        )
      : []),
  ]);
}

const MODELS = { html: ['html'], text: ['txt', 'w3m'] };
const trained = {};
const summaries = {};
for (const [name, kinds] of Object.entries(MODELS)) {
  if (opts.only && opts.only !== name) continue;
  const pages = pagesOf(kinds);
  const cv = crossValidate(pages, Number(opts.folds), settings);
  console.log(`\n== ${name} model (${kinds.join(' + ')}, ${pages.length} pages)`);
  console.log(report(cv, `cross-validated, ${opts.folds} folds by site`));
  for (const [corpus, acc] of Object.entries(cv.byCorpus)) console.log(`  ${corpus}: ${acc.toFixed(3)} cross-validated`);
  if (opts.misses) writeFileSync(`${opts.misses}.${name}.tsv`, cv.misses.join('\n') + '\n');
  const model = fitModel(pages, settings);
  console.log(report(model.fit, 'training pages'));
  console.log(`${model.nonZero} non-zero weights over ${model.features} features`);
  trained[name] = model.weights;
  summaries[name] = cv.byCorpus['wcxb-dev'] ?? cv.accuracy;
}

if (opts.write) {
  if (!trained.html || !trained.text) throw new Error('--write needs both models (drop --only)');
  const path = join(repo, 'src', 'page-type', 'weights.ts');
  writeFileSync(path, weightsModule(trained, settings, summaries, Number(opts.folds)));
  console.log(`\nwrote ${path}`);
}
