/**
 * How well pith names the kind of page: accuracy against a gold field (`pageType` in WCXB's
 * ground truth) and the confusion matrix, rows the gold type, columns the predicted one.
 */

export interface PageTypeScore {
  /** Share of gold-typed documents whose predicted type is the gold type. */
  accuracy: number;
  /** Documents with a gold type. */
  n: number;
  /** gold type -> predicted type (`null` as "none") -> count. */
  confusion: Map<string, Map<string, number>>;
}

/** `gold`: id -> gold type (null when unknown); `preds`: id -> predicted type or null. */
export function scorePageTypes(gold: ReadonlyMap<string, unknown>, preds: ReadonlyMap<string, string | null>): PageTypeScore {
  const confusion = new Map<string, Map<string, number>>();
  let n = 0;
  let right = 0;
  for (const [id, value] of gold) {
    if (typeof value !== 'string' || value === '') continue;
    const predicted = preds.get(id) ?? 'none';
    n++;
    if (predicted === value) right++;
    const row = confusion.get(value) ?? new Map<string, number>();
    row.set(predicted, (row.get(predicted) ?? 0) + 1);
    confusion.set(value, row);
  }
  return { accuracy: n ? right / n : 0, n, confusion };
}

/** `page type accuracy 0.873 (n=1356)`. */
export function formatPageTypeSummary(score: PageTypeScore): string {
  return `page type accuracy ${score.accuracy.toFixed(3)} (n=${score.n})`;
}

/** The confusion matrix as a Markdown table: one row per gold type, largest first. */
export function formatConfusion(score: PageTypeScore): string {
  const rows = [...score.confusion].sort((a, b) => total(b[1]) - total(a[1]));
  const columns = [...new Set([...rows.map(([g]) => g), ...rows.flatMap(([, r]) => [...r.keys()])])];
  const header = `| gold \\ predicted | ${columns.join(' | ')} | recall |`;
  const rule = `| --- |${columns.map(() => ' ---: |').join('')} ---: |`;
  const lines = rows.map(([g, r]) => {
    const cells = columns.map((c) => String(r.get(c) ?? 0));
    return `| ${g} | ${cells.join(' | ')} | ${((r.get(g) ?? 0) / total(r)).toFixed(2)} |`;
  });
  const precision = columns.map((c) => {
    const predicted = rows.reduce((sum, [, r]) => sum + (r.get(c) ?? 0), 0);
    const right = score.confusion.get(c)?.get(c) ?? 0;
    return predicted ? (right / predicted).toFixed(2) : '-';
  });
  return [header, rule, ...lines, `| precision | ${precision.join(' | ')} | |`].join('\n');
}

function total(row: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const v of row.values()) sum += v;
  return sum;
}
