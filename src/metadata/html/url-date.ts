/**
 * A date written in a URL path: `/2025/10/22/`, `/20251022/`, `/2025-10-22-slug`. Year and
 * month alone (`/2025/10/`) give nothing: the day is not there to be read. Source: `url`.
 */
import { parseDate } from '../date/parse-date.js';
import { type Candidate, candidate } from './types.js';

/** `/YYYY/MM/DD`, `/YYYY-MM-DD`, `/YYYY_MM_DD`, then a path break, a slug (words joined by `-`, `_`, or `+` for a space) or the end. */
const SPLIT = /\/((?:19|20)\d\d)([/_-])(\d{1,2})\2(\d{1,2})(?=[/_.+-]|$)/;
/** `/YYYYMMDD` as a whole segment or the start of one followed by a slug break. */
const COMPACT = /\/((?:19|20)\d\d)(\d\d)(\d\d)(?=[/_.+-]|$)/;

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  }
}

/** The date in a URL's path as `YYYY-MM-DD`, checked by parseDate (calendar, plausibility); null when there is none. */
export function dateInUrl(url: string, opts: { now?: Date } = {}): string | null {
  if (typeof url !== 'string' || !url) return null;
  const path = pathOf(url);
  const m = SPLIT.exec(path) ?? COMPACT.exec(path);
  if (!m) return null;
  const [y, mo, d] = m.length === 5 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
  return parseDate(`${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`, opts);
}

/** A `url` date candidate from the first of `urls` that has one. */
export function urlDateCandidates(urls: readonly (string | null | undefined)[], opts: { now?: Date } = {}): Candidate[] {
  for (const url of urls) {
    const date = url ? dateInUrl(url, opts) : null;
    if (date) return candidate('date', date, 'url');
  }
  return [];
}
