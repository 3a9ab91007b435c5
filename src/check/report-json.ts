/**
 * The `--json` report of `pith check`: one document for tools, with every fixture, its
 * status and each failure's field, expected and actual values (full, never shortened). Pure.
 */
import type { CheckResult, UpdateNote } from './types.js';

export interface JsonReport {
  passed: number;
  failed: number;
  fixtures: JsonFixture[];
}

export interface JsonFixture {
  name: string;
  /** The page (or, when the fixture has none, its expected file). */
  path: string;
  /** The expected file. */
  expected: string;
  status: 'pass' | 'fail';
  failures: { field: string; expected: unknown; actual: unknown; message: string }[];
  /** Present when `--update` wrote the expected file. */
  update?: UpdateNote;
}

export function jsonReport(results: readonly CheckResult[]): JsonReport {
  const passed = results.filter((r) => r.status === 'pass').length;
  return {
    passed,
    failed: results.length - passed,
    fixtures: results.map((r) => ({
      name: r.fixture.name,
      path: r.fixture.page ?? r.fixture.expected,
      expected: r.fixture.expected,
      status: r.status,
      failures: r.failures.map((f) => ({ field: f.field, expected: f.expected ?? null, actual: f.actual ?? null, message: f.message })),
      ...(r.update ? { update: r.update } : {}),
    })),
  };
}

export function formatJsonReport(results: readonly CheckResult[]): string {
  return JSON.stringify(jsonReport(results), null, 2) + '\n';
}
