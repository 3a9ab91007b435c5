/**
 * `--update`: accept the current output. A failing fixture's expected file gets new values for
 * the keys it already lists (order kept; input settings, bodyMinF1, mustContain and
 * mustNotContain untouched); a page without an expected file gets one with every article key.
 * An updated file keeps its own layout (indent, final newline) and a new one is written as
 * `JSON.stringify(obj, null, 2)` plus a newline, so the git diff of an update shows only the
 * values that changed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { ARTICLE_KEYS } from '../format/json.js';
import { compareOutcome } from './compare.js';
import { checkExpectation } from './expected.js';
import { extractOptionsFor, outcomeOf } from './run.js';
import { ARTICLE_FIELDS, type CheckResult, type CheckRunOptions, type FieldFailure, type Fixture, type Outcome } from './types.js';

/** Keys `--update` may rewrite: the compared values. Checks the user wrote by hand stay. */
const UPDATABLE = new Set<string>([...ARTICLE_FIELDS, 'body', 'noArticle']);

/** How an expected file is laid out: its indent and whether it ends with a newline. */
export interface FileLayout {
  indent: string;
  finalNewline: boolean;
}

const DEFAULT_LAYOUT: FileLayout = { indent: '  ', finalNewline: true };

/** The layout of an existing file's text: the indent of its first indented key. */
export function layoutOf(text: string): FileLayout {
  const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? DEFAULT_LAYOUT.indent;
  return { indent, finalNewline: text.endsWith('\n') };
}

export function serializeExpectation(value: Record<string, unknown>, layout: FileLayout = DEFAULT_LAYOUT): string {
  return JSON.stringify(value, null, layout.indent) + (layout.finalNewline ? '\n' : '');
}

/**
 * The expected object that makes the outcome's failing values pass: each failing listed key
 * takes the actual value in place. `noArticle` is added (at the end) when the page no longer
 * gives an article; that can make other listed keys fail, so this repeats until nothing more
 * can be fixed. Returns the keys that changed. Pure.
 */
export function updatedExpectation(raw: Record<string, unknown>, outcome: Outcome): { value: Record<string, unknown>; changed: string[] } {
  const value = { ...raw };
  const changed: string[] = [];
  // noArticle changes at most once, and every other key once after it: three rounds suffice.
  for (let round = 0; round < 3; round++) {
    const parsed = checkExpectation(value);
    if (!parsed.ok) break;
    const fixable = [...new Set(compareOutcome(parsed.expectation, outcome).map((f) => f.field))].filter((k) => UPDATABLE.has(k));
    if (fixable.length === 0) break;
    for (const key of fixable) {
      value[key] = key === 'noArticle' ? !outcome.hasArticle : outcome.record[key as keyof Outcome['record']];
      if (!changed.includes(key)) changed.push(key);
    }
  }
  return { value, changed };
}

/**
 * What a new expected file allows of the body: a body within this F1 of today's passes. An
 * exact body broke on every harmless change (a caption kept, a space), so a fixture pinned by
 * --update failed for reasons nobody cared about; 0.95 still fails a lost paragraph of twenty.
 */
export const NEW_BODY_MIN_F1 = 0.95;

/**
 * A new expected file: every article key (in output order) with `bodyMinF1` after the body, or
 * `noArticle` and what the page says; then `now`, the run's reference time, so the page's date
 * checks come out the same on any later day.
 */
export function newExpectation(outcome: Outcome, now?: string | Date): Record<string, unknown> {
  const value: Record<string, unknown> = outcome.hasArticle ? {} : { noArticle: true };
  for (const key of ARTICLE_KEYS) {
    // The page's own path, and the address a dump gave it: neither is the page's.
    if (key === 'input' || key === 'sourceUrl') continue;
    if (!outcome.hasArticle && (key === 'body' || key === 'wordCount')) continue;
    value[key] = outcome.record[key];
    if (key === 'body') value.bodyMinF1 = NEW_BODY_MIN_F1;
  }
  if (now !== undefined) value.now = now instanceof Date ? now.toISOString() : now;
  return value;
}

/**
 * Rewrites the expected file of every failing result that can be fixed by new values, and
 * creates the expected file of every unpaired page. Returns every result (updated ones
 * compared again, created ones appended), sorted by name.
 */
export async function applyUpdates(results: readonly CheckResult[], unpaired: readonly Fixture[], options: CheckRunOptions): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  for (const result of results) out.push(result.status === 'fail' ? await updateOne(result) : result);
  for (const fixture of unpaired) out.push(await createOne(fixture, options));
  return out.sort((a, b) => (a.fixture.name < b.fixture.name ? -1 : a.fixture.name > b.fixture.name ? 1 : 0));
}

async function updateOne(result: CheckResult): Promise<CheckResult> {
  // Bad JSON, unknown keys or an unreadable page: nothing trustworthy to write.
  if (!result.expectation || !result.outcome) return result;
  const { value, changed } = updatedExpectation(result.expectation.raw, result.outcome);
  if (changed.length === 0) return result;
  const parsed = checkExpectation(value);
  if (!parsed.ok) return result;
  const layout = await readFile(result.fixture.expected, 'utf8').then(layoutOf, () => DEFAULT_LAYOUT);
  const written = await write(result.fixture.expected, value, layout);
  if (written) return { ...result, status: 'fail', failures: [written] };
  const failures = compareOutcome(parsed.expectation, result.outcome);
  return {
    ...result,
    expectation: parsed.expectation,
    failures,
    status: failures.length === 0 ? 'pass' : 'fail',
    update: { kind: 'updated', keys: changed },
  };
}

async function createOne(fixture: Fixture, options: CheckRunOptions): Promise<CheckResult> {
  const clock = options.clock ?? (() => performance.now());
  const start = clock();
  const elapsed = () => clock() - start;
  if (fixture.page === null) {
    return { fixture, status: 'fail', failures: [{ field: 'page', expected: null, actual: null, message: fixture.problem ?? 'no page' }], durationMs: elapsed() };
  }
  const outcome = await outcomeOf(fixture.page, extractOptionsFor(null, fixture.page, options));
  if ('message' in outcome) return { fixture, status: 'fail', failures: [outcome], durationMs: elapsed() };
  const value = newExpectation(outcome, options.baseOptions.now);
  const written = await write(fixture.expected, value);
  if (written) return { fixture, status: 'fail', failures: [written], outcome, durationMs: elapsed() };
  const parsed = checkExpectation(value);
  return {
    fixture,
    status: 'pass',
    failures: [],
    expectation: parsed.ok ? parsed.expectation : undefined,
    outcome,
    update: { kind: 'created', keys: Object.keys(value) },
    durationMs: elapsed(),
  };
}

/** Writes the file; returns a failure to report when it cannot. */
async function write(path: string, value: Record<string, unknown>, layout?: FileLayout): Promise<FieldFailure | null> {
  try {
    await writeFile(path, serializeExpectation(value, layout));
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    return { field: 'expected', expected: null, actual: null, message: `cannot write ${path} (${code})` };
  }
}
