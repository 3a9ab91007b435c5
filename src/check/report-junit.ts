/**
 * The JUnit XML report of `pith check`, for CI systems that show test results: one
 * `<testsuite name="pith check">` with a `<testcase classname="pith.check">` per fixture, and
 * for a failure a `<failure>` holding the same plain-text diff as the human report. Pure.
 */
import { failureLines } from './report-text.js';
import type { CheckResult } from './types.js';

export interface JunitOptions {
  /** Add the rule that dropped or kept each differing paragraph to the failure text. */
  explain?: boolean;
}

export function formatJunitReport(results: readonly CheckResult[], options: JunitOptions = {}): string {
  const failed = results.filter((r) => r.status === 'fail').length;
  const total = results.reduce((sum, r) => sum + r.durationMs, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuite name="pith check" tests="${results.length}" failures="${failed}" errors="0" skipped="0" time="${seconds(total)}">`,
  ];
  for (const r of results) {
    const attrs = `classname="pith.check" name="${attr(r.fixture.name)}" file="${attr(r.fixture.page ?? r.fixture.expected)}" time="${seconds(r.durationMs)}"`;
    if (r.status === 'pass') {
      lines.push(`  <testcase ${attrs}/>`);
      continue;
    }
    const message = r.failures.map((f) => f.message).join('; ');
    const body = failureLines(r, { color: false, explain: options.explain }).join('\n');
    lines.push(`  <testcase ${attrs}>`, `    <failure message="${attr(message)}" type="mismatch">${text(body)}</failure>`, '  </testcase>');
  }
  lines.push('</testsuite>');
  return lines.join('\n') + '\n';
}

function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}

/**
 * Characters XML 1.0 cannot hold at all, not even as `&#...;`: C0 controls other than tab,
 * newline and carriage return, lone surrogates, U+FFFE and U+FFFF. They become a visible
 * `\uXXXX` so the report stays well-formed and the difference still shows.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function visible(s: string): string {
  return s.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function text(s: string): string {
  return visible(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes, and line breaks (a parser would turn them into spaces). */
function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
