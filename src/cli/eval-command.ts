/**
 * `pith eval`: extract every input, key the predictions by corpus id, and score them with the
 * benchmark metric (src/eval), printing the same summary line(s) as ../shared/tools/score.mjs.
 */
import { writeFileSync } from 'node:fs';
import { goldIdFor, loadGold, loadGoldField, loadMetaGold } from '../eval/gold.js';
import { scoreGroups } from '../eval/groups.js';
import { formatConfusion, formatPageTypeSummary, scorePageTypes } from '../eval/page-types.js';
import type { GoldMeta, MetaPrediction } from '../eval/meta-metric.js';
import { scoreMeta } from '../eval/meta-metric.js';
import { scoreCorpus } from '../eval/metric.js';
import { formatPerDocTsv } from '../eval/per-doc.js';
import { formatAuthorSummary, formatGroupLine, formatMetaSummary, formatSummary, formatWordsSummary } from '../eval/summary.js';
import { isInputError } from '../input/errors.js';
import { readInputBytes } from '../input/read.js';
import { extract } from '../pipeline.js';
import type { InputType } from '../types.js';
import { EXIT_ERROR } from './exit-code.js';
import { createReporter, type CliIO, type Reporter } from './program.js';

export interface EvalOptions {
  gold: string;
  metaGold?: string;
  perDoc?: string;
  /** Also print WCXB's word-level metric. */
  words?: boolean;
  /** With --meta-gold: also print the author exact rate. */
  author?: boolean;
  /** Also print one line per value of this gold field (e.g. pageType). */
  by?: string;
  /** Print the page-type confusion matrix (when the gold has pageType). */
  confusion?: boolean;
  inputType: InputType | 'auto';
  now: string;
}

interface Golds {
  body: Map<string, string>;
  meta?: Map<string, GoldMeta>;
  /** The `--by` field of every gold record. */
  groups?: Map<string, unknown>;
  /** Gold page types, when the gold records carry them. */
  pageTypes?: Map<string, unknown>;
}

/** The gold field that names a page's kind (WCXB). */
const PAGE_TYPE_FIELD = 'pageType';

export async function runEval(io: CliIO, inputs: string[], opts: EvalOptions): Promise<number> {
  const report = await createReporter(io);
  const golds = loadGolds(report, opts);
  if (!golds) return EXIT_ERROR;

  const bodies = new Map<string, string>();
  const metas = new Map<string, MetaPrediction>();
  const types = new Map<string, string | null>();
  let failed = false;
  for (const input of inputs) {
    // score.mjs's rule: the raw name when it is a gold id, else the id the path reduces to.
    const id = goldIdFor(input, golds.body);
    try {
      const result = extract(await readInputBytes(input), { inputType: opts.inputType, inputName: input, now: opts.now });
      // No article is a scored outcome (an empty prediction), not a failure of the run.
      bodies.set(id, result.ok ? result.article.body : '');
      const fields = result.ok ? result.article : result.fields ?? {};
      metas.set(id, { title: fields.title ?? null, date: fields.date ?? null, author: fields.author ?? null });
      types.set(id, fields.pageType ?? null);
    } catch (err) {
      // An unusable input stays unpredicted: the metric counts it as `missing`.
      failed = true;
      const message = err instanceof Error ? err.message : String(err);
      report.error(`${input}: ${isInputError(err) ? message : `internal error: ${message}`}`);
    }
  }

  const body = scoreCorpus(golds.body, bodies);
  io.stdout(formatSummary(body) + '\n');
  if (opts.words) io.stdout(formatWordsSummary(body.words) + '\n');
  if (golds.groups && opts.by) for (const group of scoreGroups(body.perDoc, golds.groups)) io.stdout(formatGroupLine(opts.by, group) + '\n');
  const typeScore = golds.pageTypes ? scorePageTypes(golds.pageTypes, types) : null;
  if (typeScore && typeScore.n > 0) {
    io.stdout(formatPageTypeSummary(typeScore) + '\n');
    if (opts.confusion) io.stdout(formatConfusion(typeScore) + '\n');
  }
  const meta = golds.meta ? scoreMetaSafely(report, golds.meta, metas) : undefined;
  if (meta === null) return EXIT_ERROR;
  if (meta) io.stdout(formatMetaSummary(meta) + '\n');
  if (meta && opts.author) io.stdout(formatAuthorSummary(meta) + '\n');

  if (opts.perDoc) {
    try {
      const extra = { words: opts.words, groups: opts.by && golds.groups ? { field: opts.by, of: golds.groups } : undefined, types };
      writeFileSync(opts.perDoc, formatPerDocTsv(body.perDoc, meta?.rows ?? [], extra));
    } catch (err) {
      report.error(`${opts.perDoc}: cannot write per-doc file (${(err as Error).message})`);
      return EXIT_ERROR;
    }
  }
  return failed ? EXIT_ERROR : 0;
}

/** Gold files are the user's arguments: a bad one is a usage error with one line, not a trace. */
function loadGolds(report: Reporter, opts: EvalOptions): Golds | null {
  let path = opts.gold;
  try {
    const body = loadGold(path);
    const groups = opts.by ? loadGoldField(path, opts.by) : undefined;
    const pageTypes = loadGoldField(path, PAGE_TYPE_FIELD);
    const typed = [...pageTypes.values()].some((v) => typeof v === 'string') ? pageTypes : undefined;
    if (!opts.metaGold) return { body, groups, pageTypes: typed };
    path = opts.metaGold;
    return { body, groups, pageTypes: typed, meta: loadMetaGold(path) };
  } catch (err) {
    report.error(`${path}: cannot read gold (${(err as Error).message})`);
    return null;
  }
}

/** scoreMeta throws on a non-ISO gold date (a corpus bug); report it as one line. */
function scoreMetaSafely(
  report: Reporter,
  gold: Map<string, GoldMeta>,
  preds: Map<string, MetaPrediction>,
): ReturnType<typeof scoreMeta> | null {
  try {
    return scoreMeta(gold, preds);
  } catch (err) {
    report.error(`meta gold: ${(err as Error).message}`);
    return null;
  }
}
