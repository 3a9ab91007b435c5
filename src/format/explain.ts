/**
 * --explain: every block's final decision and the rule that made it. A terminal view (one
 * line per block, fitted to the width) and a JSON view for tools and tests.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Decision, MetadataField, Verdict } from '../types.js';
import type { PageTypeDecision } from '../page-type/types.js';
import type { FieldOrigins } from '../metadata/merge.js';

export interface ExplainTextOptions {
  /** Colour the verdicts; the caller decides (TTY and NO_COLOR), this module never looks. */
  color: boolean;
  /** Terminal width in columns; lines never exceed it. */
  width?: number;
}

export interface ExplainRecord {
  index: number;
  verdict: Verdict;
  rule: string;
  reason: string | null;
  field: MetadataField | null;
  /** HTML only: the element that holds the block (`tag.class#id`). */
  element?: string;
  /** Text dumps only: the line where the block starts (1-based). */
  line?: number;
  text: string;
}

const DEFAULT_WIDTH = 100;
/** How many of a dump's title candidates each view shows (the library's result holds all). */
const TEXT_CANDIDATES = 3;
const JSON_CANDIDATES = 5;
/** Rule ids longer than this are still printed whole; they just push the text column right. */
const MAX_RULE_COLUMN = 28;
/** Element hints (`li.menu-item.menu-item-type-post...`) are cut to this many characters. */
const MAX_ELEMENT_COLUMN = 32;
/** Below this many columns for the text, show at least a few characters anyway. */
const MIN_TEXT_COLUMNS = 10;
/** The reason line starts under the text when that leaves it this many columns, else near the margin. */
const MIN_REASON_COLUMNS = 40;

/** The JSON view: the page type with its evidence, where each field came from, then one record per block. */
export interface ExplainView {
  pageType: { type: string | null; signals: { name: string; type: string; weight: number }[] } | null;
  fields: FieldOrigins;
  blocks: ExplainRecord[];
}

export function explainView(decisions: readonly Decision[], pageType?: PageTypeDecision, origins: FieldOrigins = {}): ExplainView {
  return {
    pageType: pageType ? { type: pageType.type, signals: pageType.signals.map((s) => ({ name: s.name, type: s.type, weight: s.weight })) } : null,
    fields: Object.fromEntries(Object.entries(origins).map(([field, o]) => [field, o.candidates ? { ...o, candidates: o.candidates.slice(0, JSON_CANDIDATES) } : o])),
    blocks: explainRecords(decisions),
  };
}

/**
 * One line per field found, source first so a narrow terminal keeps it:
 * `title from html document:h1+meta:og:title: "Storm closes harbour"`.
 * A dump's title also lists the scored candidates, each with the terms of its score.
 */
export function formatFieldLines(origins: FieldOrigins, width = DEFAULT_WIDTH): string[] {
  const lines: string[] = [];
  const room = Math.max(MIN_TEXT_COLUMNS, width);
  for (const [field, origin] of Object.entries(origins)) {
    if (!origin) continue;
    lines.push(truncate(`${field} from ${origin.source}: ${JSON.stringify(origin.value)}`, room));
    for (const c of (origin.candidates ?? []).slice(0, TEXT_CANDIDATES)) lines.push(truncate(`  candidate ${c.score} (${c.terms}): ${JSON.stringify(c.text)}`, room));
  }
  return lines;
}

/** `page type: forum (json-ld:discussionforumposting +4 forum, url:/threads/ +2 forum)`, within `width`. */
export function formatPageTypeLine(pageType: PageTypeDecision, width = DEFAULT_WIDTH): string {
  const evidence = pageType.signals.map((s) => `${s.name} ${s.weight >= 0 ? '+' : ''}${round(s.weight)} ${s.type}`).join(', ');
  const line = `page type: ${pageType.type ?? 'unclear'}${evidence ? ` (${evidence})` : ''}`;
  return truncate(line, Math.max(MIN_TEXT_COLUMNS, width));
}

const round = (x: number): string => String(Math.round(x * 10) / 10);

export function explainRecords(decisions: readonly Decision[]): ExplainRecord[] {
  return decisions.map((d) => ({
    index: d.index,
    verdict: d.verdict,
    rule: d.rule,
    reason: d.reason ?? null,
    field: d.field ?? null,
    ...(d.element ? { element: d.element } : {}),
    ...(d.line !== undefined ? { line: d.line } : {}),
    text: d.text,
  }));
}

/**
 * Two lines a block: its index, verdict, rule and text; then, under the text, where it is in
 * the source (`line 12` of a dump, `<aside.related>` in HTML) and why the rule decided so.
 * Every line fits `width` columns.
 */
export function formatExplainText(decisions: readonly Decision[], options: ExplainTextOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = options.width && options.width > 0 ? options.width : DEFAULT_WIDTH;
  const indexWidth = String(Math.max(0, ...decisions.map((d) => d.index))).length;
  const ruleWidth = Math.min(MAX_RULE_COLUMN, Math.max(0, ...decisions.map((d) => d.rule.length)));
  // Fields such as `description` are wider than keep/drop; align on the widest label present.
  const labelWidth = Math.max(4, ...decisions.map((d) => verdictLabel(d).length));
  const indent = ' '.repeat(indexWidth + labelWidth + ruleWidth + 3);

  return decisions
    .map((d) => {
      const label = verdictLabel(d);
      const prefix = `${String(d.index).padStart(indexWidth)} ${label.padEnd(labelWidth)} ${d.rule.padEnd(ruleWidth)} `;
      const room = Math.max(MIN_TEXT_COLUMNS, width - prefix.length);
      const text = truncate(d.text, room);
      const head = `${chalk.dim(String(d.index).padStart(indexWidth))} ${paint(chalk, d, label.padEnd(labelWidth))} ${chalk.dim(
        d.rule.padEnd(ruleWidth),
      )} ${d.verdict === 'boilerplate' && !d.field ? chalk.dim(text) : text}`;
      const why = whereAndWhy(d);
      if (why === '') return head;
      // Under the text column when there is room; from the start of the line on a narrow terminal.
      const pad = width - indent.length >= MIN_REASON_COLUMNS ? indent : '  ';
      return `${head}\n${pad}${chalk.dim(truncate(why, Math.max(MIN_TEXT_COLUMNS, width - pad.length)))}`;
    })
    .join('\n');
}

/** `line 12 · navigation control`, `<aside.related> · inside aside.related`: what is known of each. */
function whereAndWhy(d: Decision): string {
  const where = d.line !== undefined ? `line ${d.line}` : d.element ? `<${truncate(d.element, MAX_ELEMENT_COLUMN)}>` : '';
  return [where, d.reason ?? ''].filter((part) => part !== '').join(' · ');
}

/** `keep`/`drop`, or the metadata field the block went to (`title`, `date`, ...). */
function verdictLabel(d: Decision): string {
  if (d.field) return d.field;
  return d.verdict === 'content' ? 'keep' : 'drop';
}

function paint(chalk: ChalkInstance, d: Decision, label: string): string {
  if (d.field) return chalk.cyan(label);
  return d.verdict === 'content' ? chalk.green(label) : chalk.red(label);
}

/** Cuts by code points (not UTF-16 units) so an emoji or astral char is never split. */
function truncate(text: string, room: number): string {
  const chars = Array.from(text);
  if (chars.length <= room) return text;
  return chars.slice(0, room - 1).join('') + '…';
}
