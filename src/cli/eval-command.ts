/**
 * `pith eval`: extract every input, key the predictions by corpus id, and score them with the
 * benchmark metric (src/eval), printing the same summary line(s) as ../shared/tools/score.mjs.
 */
import { writeFileSync } from 'node:fs';
import { goldIdFor, loadGold, loadMetaGold } from '../eval/gold.js';
import type { GoldMeta, MetaPrediction } from '../eval/meta-metric.js';
import { scoreMeta } from '../eval/meta-metric.js';
import { scoreCorpus } from '../eval/metric.js';
import { formatPerDocTsv } from '../eval/per-doc.js';
import { formatMetaSummary, formatSummary } from '../eval/summary.js';
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
  inputType: InputType | 'auto';
  now: string;
}

interface Golds {
  body: Map<string, string>;
  meta?: Map<string, GoldMeta>;
}

export async function runEval(io: CliIO, inputs: string[], opts: EvalOptions): Promise<number> {
  const report = createReporter(io);
  const golds = loadGolds(report, opts);
  if (!golds) return EXIT_ERROR;

  const bodies = new Map<string, string>();
  const metas = new Map<string, MetaPrediction>();
  let failed = false;
  for (const input of inputs) {
    // score.mjs's rule: the raw name when it is a gold id, else the id the path reduces to.
    const id = goldIdFor(input, golds.body);
    try {
      const result = extract(await readInputBytes(input), { inputType: opts.inputType, inputName: input, now: opts.now });
      // No article is a scored outcome (an empty prediction), not a failure of the run.
      bodies.set(id, result.ok ? result.article.body : '');
      const fields = result.ok ? result.article : result.fields ?? {};
      metas.set(id, { title: fields.title ?? null, date: fields.date ?? null });
    } catch (err) {
      // An unusable input stays unpredicted: the metric counts it as `missing`.
      failed = true;
      const message = err instanceof Error ? err.message : String(err);
      report.error(`${input}: ${isInputError(err) ? message : `internal error: ${message}`}`);
    }
  }

  const body = scoreCorpus(golds.body, bodies);
  io.stdout(formatSummary(body) + '\n');
  const meta = golds.meta ? scoreMetaSafely(report, golds.meta, metas) : undefined;
  if (meta === null) return EXIT_ERROR;
  if (meta) io.stdout(formatMetaSummary(meta) + '\n');

  if (opts.perDoc) {
    try {
      writeFileSync(opts.perDoc, formatPerDocTsv(body.perDoc, meta?.rows ?? []));
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
    if (!opts.metaGold) return { body };
    path = opts.metaGold;
    return { body, meta: loadMetaGold(path) };
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
