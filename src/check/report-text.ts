/**
 * The human report of `pith check`: a `PASS name` / `FAIL name` line per fixture, under each
 * failure what differs (field, expected and actual; for bodies only the missing `-` and extra
 * `+` paragraphs with a little context), then `N passed, M failed`. Colour is the caller's
 * decision (TTY and NO_COLOR); this module never looks at the terminal. Pure.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Decision } from '../types.js';
import { describeDecision, decisionsFor } from './explain.js';
import { showControls } from './visible.js';
import { ARTICLE_FIELDS, type CheckResult, type DiffLine, type FieldFailure } from './types.js';

export interface TextReportOptions {
  color: boolean;
  /** Under each missing or extra paragraph, the rule that dropped or kept its text. */
  explain?: boolean;
  /** Columns for a paragraph or value before it is shortened in the middle (default 100). */
  width?: number;
  /** Leave out the PASS lines: failures (and what --update did) only. */
  failuresOnly?: boolean;
}

const DEFAULT_WIDTH = 100;
/** Never shorten below this, however narrow the terminal. */
const MIN_WIDTH = 40;
/** Characters kept on each side of a change inside a long paragraph. */
const CHANGE_CONTEXT = 30;

export function formatTextReport(results: readonly CheckResult[], options: TextReportOptions): string {
  const shown = options.failuresOnly ? results.filter((r) => r.status === 'fail' || r.update) : results;
  const lines = shown.flatMap((r) => resultLines(r, options));
  return [...lines, summaryLine(results)].join('\n') + '\n';
}

/** Failing fixtures named in the summary line; past this many, `and N more`. */
const NAMED_FAILURES = 5;

/**
 * `3 passed, 1 failed: ferry`: what --update did when it did anything, and the failing
 * fixtures by name, so the last line of a CI log says what to look at.
 */
export function summaryLine(results: readonly CheckResult[]): string {
  const passed = results.filter((r) => r.status === 'pass').length;
  const updated = results.filter((r) => r.update?.kind === 'updated').length;
  const created = results.filter((r) => r.update?.kind === 'created').length;
  const changes = updated + created > 0 ? ` (${updated} updated, ${created} created)` : '';
  const failing = results.filter((r) => r.status === 'fail').map((r) => showControls(r.fixture.name));
  const more = failing.length > NAMED_FAILURES ? ` and ${failing.length - NAMED_FAILURES} more` : '';
  const names = failing.length > 0 ? `: ${failing.slice(0, NAMED_FAILURES).join(', ')}${more}` : '';
  return `${passed} passed, ${results.length - passed} failed${changes}${names}`;
}

/** The lines of one fixture: its status line, then (failing) what differs, indented. */
export function resultLines(result: CheckResult, options: TextReportOptions): string[] {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const name = showControls(result.fixture.name);
  const lines: string[] = [];
  const update = result.update;
  if (update?.kind === 'created') lines.push(`${chalk.cyan.bold('CREATED')} ${name}  ${chalk.dim(showControls(result.fixture.expected))}`);
  else if (update && result.status === 'pass') lines.push(`${chalk.yellow.bold('UPDATED')} ${name}  ${chalk.dim(update.keys.join(', '))}`);
  else lines.push(result.status === 'pass' ? `${chalk.green.bold('PASS')} ${name}` : `${chalk.red.bold('FAIL')} ${name}`);
  if (result.status === 'fail') {
    if (update) lines.push(`  ${chalk.yellow(`updated ${update.keys.join(', ')}; still failing:`)}`);
    lines.push(...failureLines(result, options).map((l) => '  ' + l));
  }
  return lines;
}

/** What differs in a failing fixture, plain or coloured, without the status line. */
export function failureLines(result: CheckResult, options: TextReportOptions): string[] {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
  const trace = options.explain ? result.outcome?.trace : undefined;
  return result.failures.flatMap((f) => fieldLines(f, chalk, width, trace));
}

function fieldLines(f: FieldFailure, chalk: ChalkInstance, width: number, trace: Trace): string[] {
  const field = chalk.bold(showControls(f.field));
  const message = showControls(f.message);
  if (f.diff) {
    const lines = [`${field}: ${message}`];
    f.diff.hunks.forEach((hunk, i) => {
      if (i > 0) lines.push(chalk.dim('  ...'));
      lines.push(...hunkLines(hunk, chalk, width, trace));
    });
    return lines;
  }
  if (isValueField(f)) {
    return [
      field,
      `  expected: ${chalk.red(showValue(f.expected, width))}`,
      `  actual:   ${chalk.green(showValue(f.actual, width))}`,
    ];
  }
  return [`${field}: ${message}`];
}

/** Article fields show both values; other failures say it in their message. */
function isValueField(f: FieldFailure): boolean {
  return !f.invalid && (ARTICLE_FIELDS as readonly string[]).includes(f.field);
}

type Trace = readonly Decision[] | undefined;

function hunkLines(hunk: readonly DiffLine[], chalk: ChalkInstance, width: number, trace: Trace): string[] {
  const room = width - 4;
  const shown = shownTexts(hunk, room);
  const lines: string[] = [];
  hunk.forEach((line, i) => {
    if (line.op === ' ') {
      lines.push(chalk.dim(`    ${shown[i]}`));
      return;
    }
    const paint = line.op === '-' ? chalk.red : chalk.green;
    lines.push(paint(`  ${line.op} ${shown[i]}`));
    // An edited paragraph came from one block: its `+` line says which rule kept it.
    if (trace && !(line.op === '-' && line.edit)) lines.push(...explainLines(line, trace, chalk));
  });
  return lines;
}

/** For --explain: the blocks a paragraph came from and the rule that decided each. */
function explainLines(line: DiffLine, trace: NonNullable<Trace>, chalk: ChalkInstance): string[] {
  const decisions = decisionsFor(line.text, trace);
  // A missing paragraph is explained by a drop, an extra one by a keep; show those first.
  const wanted = line.op === '-' ? 'boilerplate' : 'content';
  decisions.sort((a, b) => Number(b.verdict === wanted) - Number(a.verdict === wanted));
  if (decisions.length === 0) {
    return [chalk.cyan(`      ${line.op === '-' ? 'not found among the page\'s blocks' : 'no block of the page matches'}`)];
  }
  return decisions.map((d) => chalk.cyan(`      ${showControls(describeDecision(d))}`));
}

/**
 * The text shown for each line of a hunk. An edited paragraph (a `-` line marked `edit`, its
 * `+` line right after it) is cut around the change on both lines; other long paragraphs are cut
 * in the middle.
 */
function shownTexts(hunk: readonly DiffLine[], room: number): string[] {
  const texts = hunk.map((l) => showControls(l.text));
  const shown = texts.map((t) => shortenMiddle(t, room));
  for (let i = 0; i + 1 < hunk.length; i++) {
    if (hunk[i].op !== '-' || !hunk[i].edit) continue;
    [shown[i], shown[i + 1]] = aroundChange(texts[i], texts[i + 1], room);
    i++;
  }
  return shown;
}

/** Both texts cut to the part that differs, with CHANGE_CONTEXT characters either side. */
function aroundChange(a: string, b: string, room: number): [string, string] {
  const ca = Array.from(a);
  const cb = Array.from(b);
  if (ca.length <= room && cb.length <= room) return [a, b];
  let prefix = 0;
  while (prefix < ca.length && prefix < cb.length && ca[prefix] === cb[prefix]) prefix++;
  let suffix = 0;
  while (suffix < ca.length - prefix && suffix < cb.length - prefix && ca[ca.length - 1 - suffix] === cb[cb.length - 1 - suffix]) suffix++;
  const changed = Math.max(ca.length, cb.length) - prefix - suffix;
  // A change spread over most of the paragraph is better shown as its start and end.
  if (changed > room - 2 * CHANGE_CONTEXT - 2) return [shortenMiddle(a, room), shortenMiddle(b, room)];
  return [focus(ca, prefix, suffix), focus(cb, prefix, suffix)];
}

function focus(chars: string[], prefix: number, suffix: number): string {
  const from = Math.max(0, prefix - CHANGE_CONTEXT);
  const to = Math.min(chars.length, chars.length - suffix + CHANGE_CONTEXT);
  return `${from > 0 ? '…' : ''}${chars.slice(from, to).join('')}${to < chars.length ? '…' : ''}`;
}

/** Cut by code points (never inside an emoji) to `room`, keeping the start and the end. */
export function shortenMiddle(text: string, room: number): string {
  const chars = Array.from(text);
  if (chars.length <= room) return text;
  const head = Math.ceil((room - 3) * 0.6);
  const tail = room - 3 - head;
  return `${chars.slice(0, head).join('')} … ${chars.slice(chars.length - tail).join('')}`;
}

function showValue(value: unknown, width: number): string {
  const json = showControls(JSON.stringify(value ?? null));
  return shortenMiddle(json, width - 12);
}
