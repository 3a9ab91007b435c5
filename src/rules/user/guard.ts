/**
 * Running users' regular expressions and selectors under a time budget. A pattern such as
 * /(a+)+$/ can take exponential time on an unlucky line, a selector of many descendant steps
 * polynomial time on a deep page, and one page must not hang a batch of a million. V8 can
 * interrupt running code only through a vm script's timeout, which stops whatever runs under
 * it (our functions too), so each guarded step runs as `run()` in a vm context.
 */
import { createRequire } from 'node:module';
import type { Script } from 'node:vm';

/** A page's whole budget for its user rules (patterns and selectors together), however many run out of time. */
export const USER_RULES_PAGE_BUDGET_MS = 1000;
/** One guarded step's limit (all patterns at once, or one rule): generous for thousands of lines x tens of patterns, tiny next to a hang. */
export const USER_RULE_LIMIT_MS = 250;

/** node:vm loads with the first user rule that runs: a page without user rules never needs it. */
const requireLazily = createRequire(import.meta.url);
let script: Script | null = null;
/** One context, reused: creating a context costs milliseconds, running in one microseconds. */
let context: { run: (() => unknown) | null } | null = null;

export type Guarded<T> = { ok: true; value: T } | { ok: false };

/** `fn()` under a time limit; `ok: false` when it ran out of time (it was stopped). */
export function runWithin<T>(fn: () => T, limitMs: number): Guarded<T> {
  if (limitMs <= 0) return { ok: false };
  if (script === null || context === null) {
    const vm = requireLazily('node:vm') as typeof import('node:vm');
    script = new vm.Script('run()');
    context = vm.createContext({ run: null }) as NonNullable<typeof context>;
  }
  context.run = fn;
  try {
    return { ok: true, value: script.runInContext(context, { timeout: Math.max(1, Math.floor(limitMs)) }) as T };
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { ok: false };
    throw err;
  } finally {
    context.run = null; // hold no page past its extraction
  }
}

/** A page's budget: what is left of it, in milliseconds. */
export interface Budget {
  left(): number;
}

/** A step's limit: its own, or what is left of the page's budget when that is less. */
export function stepLimit(budget: Budget): number {
  return Math.min(USER_RULE_LIMIT_MS, budget.left());
}

export function startBudget(ms = USER_RULES_PAGE_BUDGET_MS, clock: () => number = () => performance.now()): Budget {
  const deadline = clock() + ms;
  return { left: () => deadline - clock() };
}

export type GuardedMatches = { ok: true; matches: boolean[][] } | { ok: false };

/** matches[p][t]: does patterns[p] match texts[t]; `ok: false` when the limit was hit. */
export function testAll(patterns: readonly RegExp[], texts: readonly string[], limitMs: number): GuardedMatches {
  if (patterns.length === 0) return { ok: true, matches: [] };
  const r = runWithin(() => patterns.map((re) => texts.map((text) => re.test(text))), limitMs);
  return r.ok ? { ok: true, matches: r.value } : { ok: false };
}
