/**
 * The work done for one page, wherever it runs: in a tinypool worker thread (this file's
 * default export, loaded from dist/batch/run/worker.js) or inline in the main thread with
 * `--jobs 1`. It never throws: every failure becomes the page's error record, so one bad page
 * can neither crash the pool nor lose its record.
 */
import { isInputError } from '../../input/errors.js';
import { extract } from '../../pipeline.js';
import { loadUserRules } from '../../rules/user/load.js';
import type { UserRules } from '../../rules/user/types.js';
import { RuleHealth } from '../../rules/user/health.js';
import { errorLine, recordLine } from './record.js';
import type { PageResult, PageTask } from './types.js';

/** This thread's (or the inline run's) memory of rules that keep running out of time. */
const health = new RuleHealth();

export function processPage(task: PageTask, userRules?: UserRules): PageResult {
  const meta = { name: task.name, url: task.url, extra: task.extra, render: task.render };
  try {
    const charset = typeof task.extra?.charset === 'string' ? task.extra.charset : null;
    // extract() holds the page to --max-bytes as it is, or as it inflates (a gzip bomb stops there).
    const result = extract(task.page, {
      inputType: task.inputType,
      now: task.now,
      inputName: task.name,
      charset,
      url: task.url,
      userRules: health.active(userRules),
      maxBytes: task.maxBytes,
      pageType: task.pageType,
      only: task.only,
      links: task.render?.links,
      images: task.render?.images,
    });
    const switchedOff = health.note(result.userRuleTimeouts);
    if (switchedOff.length > 0) result.warnings = [...(result.warnings ?? []), ...switchedOff];
    return recordLine(meta, { result });
  } catch (err) {
    if (isInputError(err)) return errorLine(meta, err.code, err.message);
    // A bug on one page is that page's record, not the end of the run.
    const message = err instanceof Error ? err.message : String(err);
    return errorLine(meta, 'internal', `internal error: ${message}`);
  }
}

/** The worker thread's entry: the rules file is loaded once per thread (the CLI validated it). */
export default async function processInWorker(task: PageTask): Promise<PageResult> {
  const rules = task.rulesPath ? await rulesOf(task.rulesPath) : undefined;
  // The page's time budget starts now, not while this worker was booting.
  task.started?.postMessage(0);
  task.started?.close();
  return processPage({ ...task, started: undefined }, rules);
}

let loaded: { path: string; rules: Promise<UserRules> } | null = null;
function rulesOf(path: string): Promise<UserRules> {
  if (loaded?.path !== path) loaded = { path, rules: loadUserRules(path) };
  return loaded.rules;
}
