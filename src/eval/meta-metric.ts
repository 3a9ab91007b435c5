/**
 * Title and date scoring, as in `../shared/tools/score.mjs --meta-gold`. Pure.
 *
 * - Title: scored where the gold title is non-empty; exact match after normalization, and
 *   a lower-cased bag-of-words token F1.
 * - Date: scored where the gold `publishedTime` is non-empty; correct when the prediction
 *   falls on the gold's calendar day. Dates predicted for undated pages are only counted,
 *   because the gold may lack a date the page really has.
 */

import { mean, tokenize } from './metric.js';

/** A gold metadata record (Readability's `expected-metadata.json`); other keys are ignored. */
export interface GoldMeta {
  title?: string | null;
  /** ISO 8601; `date` is read when `publishedTime` is absent. */
  publishedTime?: string | null;
  date?: string | null;
  /** The author as the page names it; `author` is read when `byline` is absent. */
  byline?: string | null;
  author?: string | null;
}

/** The predicted fields; aliases (`headline`, `publishedTime`, ...) are resolved by the caller. */
export interface MetaPrediction {
  title?: string | null;
  date?: string | null;
  author?: string | null;
}

/**
 * `same_day`, `wrong_day`, `none` (no date predicted), `unparseable` (not ISO 8601) on dated
 * pages; `pred_without_gold` or `no_gold` on undated ones. Same words as score.mjs's TSV.
 */
export type DateStatus = 'same_day' | 'wrong_day' | 'none' | 'unparseable' | 'pred_without_gold' | 'no_gold';

/** One gold document's title/date outcome. */
export interface MetaRow {
  id: string;
  missing: boolean;
  /** Undefined where the gold title is empty (not scored). */
  titleExact?: boolean;
  titleF1?: number;
  /** Normalized titles, as compared. */
  goldTitle: string;
  predTitle: string;
  /** Dates as written ('' when absent). */
  goldDate: string;
  predDate: string;
  dateStatus: DateStatus;
  /** Undefined where the gold names no author (not scored). */
  authorExact?: boolean;
}

/** Corpus-level title/date scores (score.mjs's JSON keys in camelCase). */
export interface MetaScore {
  title: { exact: number; tokenF1: number; n: number };
  /** Exact author, case-folded, over the pages whose gold names one. */
  author: { exact: number; n: number };
  date: {
    /** Share of dated pages whose predicted date falls on the gold day. */
    sameDay: number;
    n: number;
    wrongDay: number;
    none: number;
    unparseable: number;
    /** Undated pages that got a predicted date anyway. */
    predOnUndated: number;
    undated: number;
  };
  n: number;
  missing: number;
  extra: number;
  rows: MetaRow[];
}

/**
 * NFKC, then quotes, primes and dashes unified and zero-width characters dropped, so that
 * typography a page and its gold render differently does not count as a wrong title.
 */
/** Author names compare case-folded, after title normalisation, without a leading "By" (score.mjs). */
export function normalizeAuthor(s: string): string {
  return normalizeTitle(s).toLowerCase().replace(/^by\s+/, '');
}

export function normalizeTitle(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Bag-of-words F1 of two titles over lower-cased `\w+` tokens; two token-less titles score 1. */
export function titleTokenF1(gold: string, pred: string): number {
  const tg = tokenize(gold.toLowerCase());
  const tp = tokenize(pred.toLowerCase());
  if (tg.length === 0 || tp.length === 0) return tg.length === tp.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of tg) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tp) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / tp.length;
  const r = common / tg.length;
  return (2 * p * r) / (p + r);
}

/** ISO 8601 date or date-time ("T" or space), optional seconds, fraction and UTC offset. */
const ISO_DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** A parsed date as written; `offset` is minutes east of UTC, or null when none is given. */
interface WrittenDate {
  y: number;
  m: number;
  d: number;
  hh: number;
  mi: number;
  ss: number;
  offset: number | null;
}

function parseIsoDate(s: string): WrittenDate | null {
  const m = ISO_DATE_RE.exec(s.trim());
  if (!m) return null;
  const [, y, mo, d, hh = '0', mi = '0', ss = '0', zone] = m;
  let offset: number | null = null;
  if (m[4] !== undefined && zone) {
    if (/^(Z|UTC|GMT)$/i.test(zone)) offset = 0;
    else {
      const digits = zone.slice(1).replace(':', '');
      offset = (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
    }
  }
  return { y: +y, m: +mo, d: +d, hh: +hh, mi: +mi, ss: +ss, offset };
}

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Calendar day of `pred` seen in the gold's UTC offset when both carry one (a page may state
 * the same instant in another zone); otherwise the day as written, since a date without an
 * offset cannot be moved.
 */
function predDayInGoldZone(pred: WrittenDate, gold: WrittenDate): string {
  if (pred.offset === null || gold.offset === null) return ymd(pred.y, pred.m, pred.d);
  const utcMs = Date.UTC(pred.y, pred.m - 1, pred.d, pred.hh, pred.mi, pred.ss) - pred.offset * 60000;
  return new Date(utcMs + gold.offset * 60000).toISOString().slice(0, 10);
}

function dateStatusOf(id: string, goldRaw: string, predRaw: string): DateStatus {
  if (!goldRaw) return predRaw ? 'pred_without_gold' : 'no_gold';
  const gold = parseIsoDate(goldRaw);
  // A bad gold date is a corpus bug; scoring around it would hide it.
  if (!gold) throw new Error(`gold date for ${id} is not ISO 8601: ${goldRaw}`);
  if (!predRaw) return 'none';
  const pred = parseIsoDate(predRaw);
  if (!pred) return 'unparseable';
  return predDayInGoldZone(pred, gold) === ymd(gold.y, gold.m, gold.d) ? 'same_day' : 'wrong_day';
}

/**
 * Scores predicted titles and dates against gold metadata, both keyed by corpus id.
 * Gold ids without a prediction score as empty predictions (`missing`); prediction ids
 * absent from the gold are counted in `extra`. Throws only on a non-ISO gold date.
 */
export function scoreMeta(
  goldMeta: ReadonlyMap<string, GoldMeta>,
  preds: ReadonlyMap<string, MetaPrediction>,
): MetaScore {
  const rows: MetaRow[] = [];
  for (const [id, g] of goldMeta) {
    const rec = preds.get(id);
    const goldTitle = normalizeTitle(g.title ?? '');
    const predTitle = normalizeTitle(rec?.title ?? '');
    const goldDate = g.publishedTime ?? g.date ?? '';
    const predDate = rec?.date ?? '';
    const row: MetaRow = {
      id,
      missing: rec === undefined,
      goldTitle,
      predTitle,
      goldDate,
      predDate,
      dateStatus: dateStatusOf(id, goldDate, predDate),
    };
    if (goldTitle) {
      row.titleExact = goldTitle === predTitle;
      row.titleF1 = titleTokenF1(goldTitle, predTitle);
    }
    const goldAuthor = normalizeAuthor(g.byline ?? g.author ?? '');
    if (goldAuthor) row.authorExact = goldAuthor === normalizeAuthor(rec?.author ?? '');
    rows.push(row);
  }
  const titled = rows.filter((r) => r.titleExact !== undefined);
  const dated = rows.filter((r) => r.goldDate);
  const authored = rows.filter((r) => r.authorExact !== undefined);
  const count = (status: DateStatus): number => rows.filter((r) => r.dateStatus === status).length;
  let extra = 0;
  for (const id of preds.keys()) if (!goldMeta.has(id)) extra++;
  return {
    title: {
      exact: mean(titled.map((r) => (r.titleExact ? 1 : 0))),
      tokenF1: mean(titled.map((r) => r.titleF1 ?? 0)),
      n: titled.length,
    },
    author: { exact: mean(authored.map((r) => (r.authorExact ? 1 : 0))), n: authored.length },
    date: {
      sameDay: mean(dated.map((r) => (r.dateStatus === 'same_day' ? 1 : 0))),
      n: dated.length,
      wrongDay: count('wrong_day'),
      none: count('none'),
      unparseable: count('unparseable'),
      predOnUndated: count('pred_without_gold'),
      undated: rows.length - dated.length,
    },
    n: rows.length,
    missing: rows.filter((r) => r.missing).length,
    extra,
    rows,
  };
}
