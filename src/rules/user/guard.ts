/**
 * Running users' regular expressions under a time limit. A pattern such as /(a+)+$/ can take
 * exponential time on an unlucky line, and one page must not hang a batch of a million. V8
 * can interrupt a regex only at a script boundary, so all of a page's tests run as one small
 * script in a vm context with a timeout: one watchdog per page, not one per line.
 */
import { Script, createContext } from 'node:vm';

/** Generous for a page (thousands of lines x tens of patterns), tiny next to a hang. */
export const REGEX_TIME_LIMIT_MS = 250;

const SCRIPT = new Script('patterns.map((re) => texts.map((text) => re.test(text)))');
/** One context, reused: creating a context costs milliseconds, running in one microseconds. */
let context: { patterns: readonly RegExp[]; texts: readonly string[] } | null = null;

export type GuardedMatches = { ok: true; matches: boolean[][] } | { ok: false };

/** matches[p][t]: does patterns[p] match texts[t]; `ok: false` when the limit was hit. */
export function testAll(patterns: readonly RegExp[], texts: readonly string[], limitMs = REGEX_TIME_LIMIT_MS): GuardedMatches {
  if (patterns.length === 0) return { ok: true, matches: [] };
  context ??= createContext({ patterns: [], texts: [] }) as NonNullable<typeof context>;
  context.patterns = patterns;
  context.texts = texts;
  try {
    return { ok: true, matches: SCRIPT.runInContext(context, { timeout: limitMs }) as boolean[][] };
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { ok: false };
    throw err;
  } finally {
    context.patterns = context.texts = []; // hold no page past its extraction
  }
}
