/**
 * Running fixtures: read the expected file and the page, extract the page the normal way
 * (bytes from disk, so gzip and charsets are handled as for `pith page.html`), compare. One
 * fixture's trouble (bad JSON, unreadable page) fails that fixture and the run goes on.
 */
import { readFile } from 'node:fs/promises';
import { noArticleRecord, orderArticle } from '../format/json.js';
import { isInputError } from '../input/errors.js';
import { readInputBytes } from '../input/read.js';
import { extract } from '../pipeline.js';
import type { ExtractOptions } from '../types.js';
import { compareOutcome } from './compare.js';
import { parseExpectation } from './expected.js';
import type { CheckResult, CheckRunOptions, Expectation, FieldFailure, Fixture, Outcome } from './types.js';

/** Runs fixtures one after another, in the order given. */
export async function runChecks(fixtures: readonly Fixture[], options: CheckRunOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const fixture of fixtures) results.push(await checkFixture(fixture, options));
  return results;
}

export async function checkFixture(fixture: Fixture, options: CheckRunOptions): Promise<CheckResult> {
  const clock = options.clock ?? (() => performance.now());
  const start = clock();
  const done = (rest: Omit<CheckResult, 'fixture' | 'status' | 'durationMs'>): CheckResult => ({
    fixture,
    status: rest.failures.length === 0 ? 'pass' : 'fail',
    ...rest,
    durationMs: clock() - start,
  });

  if (fixture.problem || fixture.page === null) {
    return done({ failures: [pageFailure(fixture.problem ?? 'no page')] });
  }
  let text: string;
  try {
    text = await readFile(fixture.expected, 'utf8');
  } catch (err) {
    return done({ failures: [{ field: 'expected', expected: null, actual: null, message: `cannot read expected file (${errorText(err)})` }] });
  }
  const parsed = parseExpectation(text);
  if (!parsed.ok) return done({ failures: parsed.failures });

  const outcome = await outcomeOf(fixture.page, extractOptionsFor(parsed.expectation, fixture.page, options));
  if ('message' in outcome) return done({ expectation: parsed.expectation, failures: [outcome] });
  return done({ expectation: parsed.expectation, outcome, failures: compareOutcome(parsed.expectation, outcome) });
}

/**
 * The one place a page's extraction options are built: the run's `baseOptions`, then the
 * fixture's own input settings (they win), then the per-page name and the trace switch.
 */
export function extractOptionsFor(expectation: Pick<Expectation, 'inputType' | 'now' | 'extractAs'> | null, page: string, options: CheckRunOptions): ExtractOptions {
  return {
    ...options.baseOptions,
    ...(expectation?.inputType ? { inputType: expectation.inputType } : {}),
    ...(expectation?.now ? { now: expectation.now } : {}),
    ...(expectation?.extractAs ? { pageType: expectation.extractAs } : {}),
    inputName: page,
    explain: Boolean(options.explain || options.baseOptions.explain),
  };
}

/** Reads and extracts one page; a page that cannot be read or decoded is a `page` failure. */
export async function outcomeOf(page: string, options: ExtractOptions): Promise<Outcome | FieldFailure> {
  try {
    const result = extract(await readInputBytes(page), options);
    if (result.ok) return { record: orderArticle(result.article), hasArticle: true, noArticleReason: null, trace: result.trace };
    const { error: _error, ...record } = noArticleRecord(page, result.reason, result.message, result.fields);
    return { record, hasArticle: false, noArticleReason: `${result.reason}: ${result.message}`, trace: result.trace };
  } catch (err) {
    const message = isInputError(err) ? err.message : `internal error: ${errorText(err)}`;
    return pageFailure(`${page}: ${message}`);
  }
}

function pageFailure(message: string): FieldFailure {
  return { field: 'page', expected: null, actual: null, message };
}

function errorText(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? (err instanceof Error ? err.message : String(err));
}
