/**
 * Per-document TSV for `pith eval --per-doc`, column for column as score.mjs writes it, so the
 * two files can be diffed: `id`, body columns (`gold_tokens pred_tokens precision recall f1
 * exact body_status`), then, when meta rows are given, `title_exact title_f1 date_status
 * gold_date pred_date gold_title pred_title`. Rows are merged by id, in gold order.
 * pith's own additions come last: `words_precision words_recall words_f1` (with --words),
 * the --by field's gold value, and `pred_page_type` when the gold has page types.
 */

import type { PerDocRow } from './metric.js';
import type { MetaRow } from './meta-metric.js';

type Cells = Record<string, string | number>;

function bodyCells(d: PerDocRow): Cells {
  return {
    gold_tokens: d.goldTokens,
    pred_tokens: d.predTokens,
    precision: d.precision.toFixed(4),
    recall: d.recall.toFixed(4),
    f1: d.f1.toFixed(4),
    exact: d.exact ? 1 : 0,
    body_status: d.status,
  };
}

function metaCells(r: MetaRow): Cells {
  return {
    // Empty where the title was not scored (no gold title).
    title_exact: r.titleExact === undefined ? '' : r.titleExact ? 1 : 0,
    title_f1: r.titleF1 === undefined ? '' : r.titleF1.toFixed(4),
    date_status: r.dateStatus,
    gold_date: r.goldDate,
    pred_date: r.predDate,
    gold_title: r.goldTitle,
    pred_title: r.predTitle,
  };
}

/** Tabs and newlines inside a value would break the row; they become one space. */
function cell(v: string | number | undefined): string {
  return String(v ?? '').replace(/[\t\r\n]+/g, ' ');
}

/** Columns beyond score.mjs's: word scores, a gold grouping field, the predicted page type. */
export interface PerDocExtras {
  words?: boolean;
  groups?: { field: string; of: ReadonlyMap<string, unknown> };
  types?: ReadonlyMap<string, string | null>;
}

/** The TSV text (header line, one line per gold document, trailing newline). */
export function formatPerDocTsv(rows: readonly PerDocRow[], metaRows: readonly MetaRow[] = [], extras: PerDocExtras = {}): string {
  const byId = new Map<string, Cells>();
  const add = (id: string, cells: Cells): void => {
    byId.set(id, { ...(byId.get(id) ?? { id }), ...cells });
  };
  for (const d of rows) add(d.id, bodyCells(d));
  for (const r of metaRows) add(r.id, metaCells(r));
  for (const d of rows) {
    if (extras.words) {
      add(d.id, { words_precision: d.words.precision.toFixed(4), words_recall: d.words.recall.toFixed(4), words_f1: d.words.f1.toFixed(4) });
    }
    if (extras.groups) add(d.id, { [extras.groups.field]: String(extras.groups.of.get(d.id) ?? '') });
    if (extras.types?.size) add(d.id, { pred_page_type: extras.types.get(d.id) ?? '' });
  }
  const columns = [...new Set([...byId.values()].flatMap((r) => Object.keys(r)))];
  const lines = [columns.join('\t'), ...[...byId.values()].map((r) => columns.map((c) => cell(r[c])).join('\t'))];
  return lines.join('\n') + '\n';
}
