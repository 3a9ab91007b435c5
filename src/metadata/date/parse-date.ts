/**
 * Date parsing for metadata: finds publication dates written the ways news pages write them,
 * in several languages, and turns them into ISO 8601.
 *
 * Rules that matter to callers:
 * - Pure: no clock reads. Plausibility against "now" only happens when `opts.now` is given.
 * - Never invents: a date needs day, month and year; a time is kept in the ISO string only
 *   when its offset is known (explicit offset, `Z`, UTC/GMT or a known zone abbreviation).
 * - Never throws: bad input gives `null` / `[]` / `false`.
 *
 * How it works: a few regexes (built from the month table) find the date itself; then the
 * match is widened leftwards over a weekday and a time ("10:31 AM EST Nov 19, 2019") or
 * rightwards over a time ("Nov 19, 2019, 10:31 pm CST").
 */
import { lazy } from '../../lazy.js';
import { allMatches } from '../../matches.js';
import { MONTHS, WEEKDAYS, foldName, lookupMonth } from './months.js';
import { anyCase, caseless } from '../../rules/caseless.js';

export interface DateOptions {
  /** Reference time: dates more than 2 days after it are rejected as implausible. */
  now?: Date;
  /**
   * The page writes numeric dates day first (`03/06/2025` is 3 June), as every language but
   * US English does: see `readsDayFirst`. Unset, a slashed date is read month first.
   */
  dayFirst?: boolean;
  /**
   * The dates already found in lines read with these options: a page's rules ask about the
   * same line again and again. Only options that live as long as one page may carry one.
   */
  memo?: Map<string, readonly FoundDate[]>;
}

export interface FoundDate {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS±HH:MM` / `...Z` when a time with a known offset was found. */
  iso: string;
  /** Span in the line, `end` exclusive; covers the weekday and time when they were taken. */
  start: number;
  end: number;
  text: string;
  /** A clock time was found with the date (`iso` carries it only when its offset is known). */
  hasTime: boolean;
}

const MIN_YEAR = 1990;
const FUTURE_SLACK_MS = 2 * 86_400_000;
const LOOK_BACK = 48;

// ---------------------------------------------------------------------------------------------
// Regex building blocks

const escapeRe = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** Longest first, so `september` wins over `sept` and `sep`. Dotted variants are matched by `\.?`. */
function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].filter((w) => !w.endsWith('.'));
  // Plain code-unit order among equal lengths: localeCompare builds a collator, slow at start-up.
  return list.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map(escapeRe).join('|');
}

/**
 * A month's name as the regexes see it: a whole word of 3 to 12 letters (every name and
 * abbreviation in the table is one), looked up in MONTHS after the match. An alternation of
 * the table's 600-odd spellings, matched without regard to case, cost 30 to 50 ms to compile
 * on first use: most of a short run's time.
 */
const MONTH_WORD = String.raw`\p{L}{3,12}`;
const WEEKDAY_LONG = alternation([...WEEKDAYS].filter((w) => w.length >= 3));
// Two-letter weekdays ("Mo", "Do", "so") are ordinary words too, so they need a dot or comma.
const WEEKDAY_SHORT = alternation([...WEEKDAYS].filter((w) => w.length < 3));

/** Not glued to a word or number, nor continuing a number like `3.22` or `1/2`. */
const BEFORE = String.raw`(?<![\p{L}\p{N}]|\p{N}[.,:/-])`;
/** Not followed by more digits or a further `.5` / `/5` / `-5` (versions, IPs, fractions). */
const AFTER = String.raw`(?![\p{N}]|[./-]\p{N})`;

const YMD = lazy(() => new RegExp(BEFORE + String.raw`(\d{4})([-/.])(\d{1,2})\2(\d{1,2})` + AFTER, 'gu'));
const DMY = lazy(() => new RegExp(BEFORE + String.raw`(\d{1,2})([-/.])(\d{1,2})\2(\d{4})` + AFTER, 'gu'));
// Dotted with spaces, day first ("12. 3. 2025", Czech and Slovak) or year first ("2025. 3. 12.",
// Hungarian and Korean); the spaces rule out versions and decimals.
const DMY_SPACED = lazy(() => new RegExp(BEFORE + String.raw`(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})` + AFTER, 'gu'));
const YMD_SPACED = lazy(() => new RegExp(BEFORE + String.raw`(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})\.?` + AFTER, 'gu'));
// Chinese and Japanese "2025年3月12日", Korean "2025년 3월 12일": glued to the words around them.
const YMD_CJK = /(?<!\p{N})(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]/gu;
// Two-digit years only in the dotted form, with two-digit day and month ("22.10.25").
const DMY_SHORT = lazy(() => new RegExp(BEFORE + String.raw`(\d{2})\.(\d{2})\.(\d{2})` + AFTER, 'gu'));
/**
 * Where a written-out date's year ends: before anything but a digit, or, in a dump that glued
 * the next element to it, before the digits of a time or a reading time ("Mar 27, 20255 mins",
 * "October 17, 20236:01 PM"), when the year is one of this century's or the last.
 */
const YEAR_END = String.raw`(?:(?!\p{N})|(?<=(?:19|20)\d\d)(?=\d{1,2}(?::\d\d|\s?(?:${anyCase('mins?|minutes?|yrs?|years?|hrs?|hours?|days?')})\b)))`;
/**
 * Where a month's name may start: after no letter, or glued in capitals to the word before it
 * ("Mental HealthDECEMBER 22, 2022"), as a dump prints a kicker and a dateline that the page
 * set side by side without a space.
 */
const MONTH_START = String.raw`(?:(?<!\p{L})|(?<=\p{Ll})(?=\p{Lu}))`;
// "October 22, 2025", "Oct. 22nd 2025".
const MDY_NAMED = lazy(
  () =>
    new RegExp(
      String.raw`${MONTH_START}(${MONTH_WORD})(?!\p{L})\.?\s{0,3}(\d{1,2})(?:${anyCase('st|nd|rd|th')})?(?![\p{L}\p{N}])(?:\s{0,3},\s{0,3}|\s{1,3})(\d{4})${YEAR_END}`,
      'gu',
    ),
);
// "22 October 2025", "22. Oktober 2025", "1er octobre 2025", "22 de octubre de 2025", "22-Oct-2025".
const DMY_NAMED =
  BEFORE +
  String.raw`(\d{1,2})(?:${anyCase('st|nd|rd|th|er|re|ème|º|°|ª')})?\.?(?:\s{0,3}-\s{0,3}|\s{0,3})(?:(?:${anyCase('de|of')})\s{1,3})?(${MONTH_WORD})(?!\p{L})\.?(?:\s{0,3},\s{0,3}|\s{1,3}(?:${anyCase('de|del')})\s{1,3}|\s{0,3}-\s{0,3}|\s{1,3})(\d{4})${YEAR_END}`;
/**
 * DMY_NAMED tried at one position only. Its match starts with the day's digits, after no
 * letter or digit, so it is tried only where a run of digits starts: run over the whole line,
 * its opening look-behind is tried at every character, and a line with a year and a word like
 * "may" or "mar" is common prose.
 */
const DMY_NAMED_AT = lazy(() => new RegExp(DMY_NAMED, 'uy'));

/** What line.matchAll(new RegExp(DMY_NAMED, 'gu')) finds with a month's name, in order and without overlaps. */
function dayMonthYears(line: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let k = 0; k < line.length; k++) {
    if (!isDigit(line.charCodeAt(k)) || (k > 0 && isDigit(line.charCodeAt(k - 1)))) continue;
    // A day is one or two digits; the year of "March 3, 2025" is four, and its day runs into a comma.
    let end = k + 1;
    while (end < line.length && isDigit(line.charCodeAt(end))) end++;
    if (end - k > 2 || !mayFollowDay(line, end)) continue;
    const at = DMY_NAMED_AT();
    at.lastIndex = k;
    const match = at.exec(line);
    if (match && lookupMonth(match[2]) !== undefined) {
      found.push(match);
      k = match.index + match[0].length - 1;
    }
  }
  return found;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whether DMY_NAMED may go on after a day's digits ending at `end`: with a letter (an ordinal's
 * or the month's), a dot, a dash, a space, or a character beyond ASCII (º, °, ª, a wide
 * space). Asked first because DMY_NAMED is one of the costliest patterns to compile, and a
 * short page's one date ("March 3, 2025") need never compile it.
 */
function mayFollowDay(line: string, end: number): boolean {
  if (end >= line.length) return false;
  const c = line.charCodeAt(end);
  return c >= 128 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45 || c === 32 || (c >= 9 && c <= 13);
}

/**
 * Whether `line` holds an ASCII digit (\d with the u flag) from `from` up to `to`: every time
 * has its hour's, and most dates stand with no other number beside them, so the time patterns
 * (costly to compile: a short page's run need never compile them) are asked only then.
 */
function hasDigit(line: string, from = 0, to = line.length): boolean {
  for (let k = from; k < to; k++) if (isDigit(line.charCodeAt(k))) return true;
  return false;
}

/** A lower-case letter glued to a capitalised English month that a day follows. */
const GLUED_MONTH = /\p{Ll}(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s?\d)/gu;
/** A dotted number right after "v", "version", ... is a version, not a date. */
const VERSION_BEFORE = /(?:^|[^\p{L}])(?:v|ver|version|release|build|rev)\.?\s{0,3}$/iu;

const WEEKDAY_BEFORE = caseless(
  String.raw`(?<!\p{L})(?:(?:${WEEKDAY_LONG})\.?\s{0,3},?|(?:${WEEKDAY_SHORT})(?:\.\s{0,3},?|\s{0,3},))\s{0,3}$`,
);

// Times are matched case-sensitively so that French "et" or German "am" are not zones / a.m.
const AMPM = String.raw`[aApP]\.?\s?[mM]\.?(?!\p{L})`;
const TIME =
  String.raw`(?<hh>\d{1,2})(?:(?<sep>[:h])(?<mi>\d{2})(?::(?<ss>\d{2})(?<frac>[.,]\d+)?)?|\.(?<mi2>\d{2})(?=\s?(?:[aApP]\.?\s?[mM]|Uhr|WIB|WITA|WIT)))?(?!\p{N})` +
  String.raw`(?:\s?(?<ap>${AMPM}))?(?:\s?(?<uhr>Uhr|h)(?![\p{L}\p{N}]))?`;

/** Minutes east of UTC for fixed zone abbreviations (CST is the US one). */
const ZONES: Readonly<Record<string, number>> = {
  Z: 0, UTC: 0, GMT: 0, UT: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600,
  BST: 60, CET: 60, CEST: 120, MEZ: 60, MESZ: 120, EET: 120, EEST: 180,
  IST: 330, WIB: 420, WITA: 480, WIT: 540, JST: 540, KST: 540, AEST: 600, AEDT: 660,
};
/** US zones written without S/D: standard offset; daylight time is decided from the date. */
const US_GENERIC: Readonly<Record<string, number>> = { ET: -300, CT: -360, MT: -420, PT: -480 };
const UTC_NAMES = new Set(['Z', 'UTC', 'GMT', 'UT']);
const isZoneWord = (w: string) => w !== 'Z' && (Object.hasOwn(ZONES, w) || Object.hasOwn(US_GENERIC, w));

const ZONE =
  String.raw`(?:\s?\(?(?<tz>${alternation([...Object.keys(ZONES), ...Object.keys(US_GENERIC)])})(?!\p{L})(?<tzoff>[+-]\d{1,2}(?::?\d{2})?(?!\p{N}))?\)?` +
  String.raw`|\s?(?<off>[+-](?:0\d|1[0-4])(?::?[0-5]\d)?)(?!\p{N}))?`;

/** A time right after the date: "T05:36:09Z", ", 10:31 pm CST", " um 17:05 Uhr", " at 5:30 PM ET". */
const TIME_AFTER = lazy(
  () =>
    new RegExp(
      String.raw`(?:(?<T>T)|\s{0,3}(?:[,|·•@–—-]\s{0,3})?(?:(?:at|um|à|às|a las|a la|alle(?:\s{1,3}ore)?|om|saat|kl\.?|klo|pukul|o)\s{1,3})?)` + TIME + ZONE,
      'yud',
    ),
);
/** A time right before the date: "10:31 AM EST Nov 19, 2019", "17:05 Uhr, 22.10.2025". */
const TIME_BEFORE = lazy(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\p{N}]|\p{N}[.:/,])` + TIME + ZONE + String.raw`\s{0,3}(?:[,|·•–—-]\s{0,3})?(?:(?:on|le|am|el|il|op|du|em)\s{1,3})?$`,
      'ud',
    ),
);
const STRAY_TIME = lazy(() => new RegExp(String.raw`(?<![\p{L}\p{N}])` + TIME + ZONE, 'gud'));
/** A clock in Chinese, Japanese or Korean: "10時41分", "10시 41분", "下午3点". */
const CJK_TIME = /(?:午前|午後|上午|下午|오전|오후)?\s?\d{1,2}\s?[時时시点點]\s?(?:\d{1,2}\s?[分분](?:\s?\d{1,2}\s?[秒초])?)?/gu;

// ---------------------------------------------------------------------------------------------
// Calendar helpers

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Days of each month (1-12) of a common year. */
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days of month m (1-12) of year y, by the Gregorian calendar's rules (as Date counts them, without making one: every date-like match is checked). */
function daysInMonth(y: number, m: number): number {
  return m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : MONTH_DAYS[m];
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= MIN_YEAR && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Day of month of the n-th Sunday (n >= 1), or the last Sunday when n is 0. */
function sunday(y: number, m: number, n: number): number {
  if (n === 0) {
    const last = daysInMonth(y, m);
    return last - new Date(Date.UTC(y, m - 1, last)).getUTCDay();
  }
  return 1 + ((7 - new Date(Date.UTC(y, m - 1, 1)).getUTCDay()) % 7) + 7 * (n - 1);
}

/** US daylight time at local wall time: 2nd Sunday of March to 1st Sunday of November, 02:00 (since 2007; before: 1st Sunday of April to last Sunday of October). */
function usDaylight(y: number, m: number, d: number, h: number): boolean {
  const [sm, sd, em, ed] = y >= 2007 ? [3, sunday(y, 3, 2), 11, sunday(y, 11, 1)] : [4, sunday(y, 4, 1), 10, sunday(y, 10, 0)];
  if (m < sm || m > em) return false;
  if (m > sm && m < em) return true;
  if (m === sm) return d > sd || (d === sd && h >= 2);
  return d < ed || (d === ed && h < 2); // the repeated 01:xx hour is read as daylight time
}

function parseOffset(text: string): number | null {
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!m) return null;
  const h = Number(m[2]);
  const mi = m[3] ? Number(m[3]) : 0;
  if (h > 14 || mi > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (h * 60 + mi);
}

function formatOffset(minutes: number): string {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

// ---------------------------------------------------------------------------------------------
// Time reading

type Zone = { kind: 'utc' } | { kind: 'fixed'; minutes: number } | { kind: 'us'; standard: number };

interface TimeRead {
  h: number;
  mi: number;
  s: number;
  zone: Zone | null;
  /** Absolute span of the time (with its zone) in the line. */
  start: number;
  end: number;
  /** Has a.m./p.m., "Uhr", "17h30" or a zone: clearly a clock time even before a date. */
  strong: boolean;
}

type Groups = Record<string, string | undefined>;
type GroupIndices = Record<string, [number, number] | undefined>;

/**
 * Reads a TIME+ZONE match. `base` is added to indices (for matches run on a slice). Returns null
 * when the match is just a number, 'invalid' for a clock that cannot exist (25:00, 10:75).
 */
function readTime(m: RegExpExecArray, base: number, isoT: boolean): TimeRead | 'invalid' | null {
  const g = (m.groups ?? {}) as Groups;
  const ix = (m.indices?.groups ?? {}) as GroupIndices;
  const miText = g.mi ?? g.mi2;
  if (miText === undefined && !g.ap && !g.uhr) return null;
  let h = Number(g.hh);
  const mi = miText === undefined ? 0 : Number(miText);
  const s = g.ss === undefined ? 0 : Number(g.ss);
  const endOf = (...names: string[]) => Math.max(...names.map((n) => ix[n]?.[1] ?? -1));
  let ap = g.ap;
  if (ap && (h < 1 || h > 12)) {
    // "17:05 am 22.10." is German "am" (on), not a.m.: keep the 24-hour clock, stop before it.
    if (miText === undefined) return null;
    ap = undefined;
  }
  if (ap) h = (h % 12) + (/^[pP]/.test(ap) ? 12 : 0);
  if (h > 23 || mi > 59 || s > 59) return 'invalid';

  const droppedAp = Boolean(g.ap) && !ap;
  let zone: Zone | null = null;
  // After a misread "am", whatever follows is not this time's zone.
  if (droppedAp) zone = null;
  else if (g.tz) {
    if (g.tzoff !== undefined) {
      const off = parseOffset(g.tzoff);
      zone = off === null ? null : { kind: 'fixed', minutes: off };
    } else if (UTC_NAMES.has(g.tz)) zone = { kind: 'utc' };
    else if (Object.hasOwn(US_GENERIC, g.tz)) zone = { kind: 'us', standard: US_GENERIC[g.tz] };
    else zone = { kind: 'fixed', minutes: ZONES[g.tz] };
  } else if (g.off !== undefined && (g.ss !== undefined || isoT || /^[+-]\d{4}$/.test(g.off))) {
    // Numeric offsets only where they are unambiguous: ISO ("T05:36+01:00"), with seconds, or
    // RFC 2822 ("05:36 +0100"). "10:00-12:00" is a time range, not an offset.
    const off = parseOffset(g.off);
    zone = off === null ? null : { kind: 'fixed', minutes: off };
  }
  const end = zone
    ? m.index + m[0].length
    : droppedAp
      ? endOf('hh', 'mi', 'mi2', 'ss', 'frac')
      : endOf('hh', 'mi', 'mi2', 'ss', 'frac', 'ap', 'uhr');
  const start = ix.hh?.[0] ?? m.index;
  const strong = Boolean(ap || g.uhr || zone || g.sep === 'h');
  return { h, mi, s, zone, start: start + base, end: end + base, strong };
}

function zoneOffset(zone: Zone, y: number, m: number, d: number, h: number): number {
  if (zone.kind === 'utc') return 0;
  if (zone.kind === 'fixed') return zone.minutes;
  return zone.standard + (usDaylight(y, m, d, h) ? 60 : 0);
}

// ---------------------------------------------------------------------------------------------
// Finding dates

interface Core {
  start: number;
  end: number;
  y: number;
  m: number;
  d: number;
}

const WORD = /\p{L}{3,}/gu;

/** A capital after a small letter inside a word: where a dump glued two words together. */
const GLUE = /(?<=\p{Ll})\p{Lu}/u;

function hasMonthName(line: string): boolean {
  for (const w of allMatches(WORD, line)) {
    if (MONTHS.has(foldName(w[0]))) return true;
    // "HealthDECEMBER": the month after the glue.
    const glue = GLUE.exec(w[0]);
    if (glue && MONTHS.has(foldName(w[0].slice(glue.index)))) return true;
  }
  return false;
}

/** The bare dates (no weekday, no time) in the line, valid on the calendar, non-overlapping, in order. */
function findCores(line: string, opts: DateOptions): Core[] {
  const found: Core[] = [];
  const add = (x: RegExpExecArray | RegExpMatchArray, y: number, m: number | undefined, d: number) => {
    const start = x.index ?? 0;
    if (m !== undefined && validDate(y, m, d)) found.push({ start, end: start + x[0].length, y, m, d });
  };
  const isVersion = (x: RegExpMatchArray) => VERSION_BEFORE.test(line.slice(Math.max(0, (x.index ?? 0) - 16), x.index));

  // Each form is looked for only where its digits are: the forms open with a look-behind
  // that would be tried at every position of the line, and most lines hold no date.
  if (/\d{4}[-/.]\d/.test(line)) for (const x of allMatches(YMD(), line)) add(x, Number(x[1]), Number(x[3]), Number(x[4]));
  const dmy = /\d[-/.]\d{1,2}[-/.]\d{4}/.test(line) ? allMatches(DMY(), line) : [];
  for (const x of dmy) {
    if (x[2] === '.' && isVersion(x)) continue;
    const a = Number(x[1]);
    const b = Number(x[3]);
    // Ambiguous numeric dates: `/` is read US style (month first) unless the first number can
    // only be a day (22/10/2025) or the page's language writes the day first; `.` and `-` are
    // read day first (European) unless the second number can only be a day (10-22-2025).
    // `dayFirst` may be worked out on demand (the page's language): read it only when it matters.
    const ambiguous = x[2] === '/' && a <= 12 && b <= 12;
    const monthFirst = x[2] === '/' && !(ambiguous && opts.dayFirst === true) ? a <= 12 : a <= 12 && b > 12;
    add(x, Number(x[4]), monthFirst ? a : b, monthFirst ? b : a);
  }
  // The rarer forms are looked for only where their mark is: most lines have none.
  if (/\d\.\s\d/.test(line)) {
    for (const x of allMatches(DMY_SPACED(), line)) if (!isVersion(x)) add(x, Number(x[3]), Number(x[2]), Number(x[1]));
    for (const x of allMatches(YMD_SPACED(), line)) add(x, Number(x[1]), Number(x[2]), Number(x[3]));
  }
  if (/[年년]/.test(line)) for (const x of allMatches(YMD_CJK, line)) add(x, Number(x[1]), Number(x[2]), Number(x[3]));
  const short = /\d\d\.\d\d\.\d\d/.test(line) ? allMatches(DMY_SHORT(), line) : [];
  for (const x of short) {
    if (isVersion(x)) continue;
    const yy = Number(x[3]);
    add(x, yy < 70 ? 2000 + yy : 1900 + yy, Number(x[2]), Number(x[1]));
  }
  // A dump that lost the space between a name and its date ("GiuffridaMar 5, 2025"): the
  // letter before the month is read as a space, so every index still points into the line.
  const unglued = /[a-z](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(line) ? line.replace(GLUED_MONTH, ' ') : line;
  // The named forms run only on a line that has a month's name in it, which a scan of its
  // words and a map lookup tell cheaply; a word in a month's place that is none is passed
  // over (add() drops an unknown month). Both forms carry a four-digit year.
  if (/\d{4}/.test(line) && hasMonthName(unglued)) {
    for (const x of allMatches(MDY_NAMED(), unglued)) add(x, Number(x[3]), lookupMonth(x[1]), Number(x[2]));
    for (const x of dayMonthYears(line)) add(x, Number(x[3]), lookupMonth(x[2]), Number(x[1]));
  }

  found.sort((p, q) => p.start - q.start || q.end - p.end);
  const kept: Core[] = [];
  for (const c of found) if (!kept.length || c.start >= kept[kept.length - 1].end) kept.push(c);
  return kept;
}

function plausibleLimit(now: Date | undefined): number | null {
  return now instanceof Date && !Number.isNaN(now.getTime()) ? now.getTime() + FUTURE_SLACK_MS : null;
}

/**
 * Every date in `line`, in order, with its weekday and adjacent time included in the span.
 * Dates that are impossible, before 1990, or (with `opts.now`) more than 2 days in the future
 * are skipped.
 */
export function findDates(line: string, opts: DateOptions = {}): FoundDate[] {
  if (typeof line !== 'string' || line.length === 0) return [];
  // Every date form carries a year of at least two digits: most lines can be skipped at once.
  if (!/\d\d/.test(line)) return [];
  const known = opts.memo?.get(line);
  if (known) return [...known];
  const found = readDates(line, opts);
  opts.memo?.set(line, found);
  return [...found];
}

function readDates(line: string, opts: DateOptions): FoundDate[] {
  try {
    const original = line;
    // Turkish capital İ has no simple lower-case form, so "NİSAN" would not match /nisan/i.
    // Swapping it for "i" keeps every index the same, so spans still point into the original.
    line = line.replace(/İ/g, 'i');
    const limit = plausibleLimit(opts?.now);
    const cores = findCores(line, opts ?? {});
    const out: FoundDate[] = [];
    let lastEnd = 0;
    cores.forEach((c, i) => {
      const nextStart = i + 1 < cores.length ? cores[i + 1].start : line.length;
      let { start, end } = c;
      let time: TimeRead | null = null;

      // Look back only a short window (longer than any weekday or time + separator) so long
      // lines stay linear; never into the previous date.
      let from = Math.max(lastEnd, start - LOOK_BACK);
      // Nothing between the date and the line's start (or the date before): no weekday to look for.
      const weekday = from < start ? WEEKDAY_BEFORE.exec(line.slice(from, start)) : null;
      if (weekday) start = from + weekday.index;
      // A time before the date must clearly be a time (a.m./p.m., zone, Uhr): "2:10 Oct 22" is not.
      from = Math.max(lastEnd, start - LOOK_BACK);
      const before = hasDigit(line, from, start) ? TIME_BEFORE().exec(line.slice(from, start)) : null;
      const tb = before ? readTime(before, from, false) : null;
      if (tb && tb !== 'invalid' && tb.strong) {
        time = tb;
        start = tb.start;
      } else {
        let after: RegExpExecArray | null = null;
        if (hasDigit(line, end)) {
          const timeAfter = TIME_AFTER();
          timeAfter.lastIndex = end;
          after = timeAfter.exec(line);
        }
        const ta = after ? readTime(after, 0, after.groups?.T !== undefined) : null;
        if (ta === 'invalid') {
          lastEnd = end; // an impossible clock (25:00) makes the whole stamp untrustworthy
          return;
        }
        if (ta && ta.end <= nextStart) {
          time = ta;
          end = ta.end;
        }
      }
      lastEnd = end;

      let iso = `${pad(c.y, 4)}-${pad(c.m)}-${pad(c.d)}`;
      let instant = Date.UTC(c.y, c.m - 1, c.d);
      if (time?.zone) {
        const offset = zoneOffset(time.zone, c.y, c.m, c.d, time.h);
        const suffix = time.zone.kind === 'utc' ? 'Z' : formatOffset(offset);
        iso += `T${pad(time.h)}:${pad(time.mi)}:${pad(time.s)}${suffix}`;
        instant = Date.UTC(c.y, c.m - 1, c.d, time.h, time.mi, time.s) - offset * 60_000;
      }
      if (limit !== null && instant > limit) return;
      out.push({ iso, start, end, text: original.slice(start, end), hasTime: time !== null });
    });
    return out;
  } catch {
    return [];
  }
}

/**
 * Parses a string that is (mostly) a date: the first date found in it, as ISO 8601, or null.
 * See the module comment for what "never invents" means.
 */
export function parseDate(raw: string, opts: DateOptions = {}): string | null {
  if (typeof raw !== 'string') return null;
  return findDates(raw.trim(), opts)[0]?.iso ?? null;
}

/** Words allowed around a date on a "dateline" (lower-cased): labels, prepositions, "Uhr". */
const LABEL_WORDS = new Set([
  // English
  'published', 'updated', 'update', 'posted', 'on', 'last', 'first', 'originally', 'date', 'dated', 'at', 'modified', 'created', 'edited',
  // French
  'publié', 'publiée', 'le', 'mis', 'à', 'jour', 'modifié', 'du',
  // German
  'veröffentlicht', 'aktualisiert', 'am', 'um', 'stand', 'datum', 'uhr', 'zuletzt', 'erstellt',
  // Spanish, Italian, Portuguese
  'publicado', 'publicada', 'actualizado', 'actualizada', 'el', 'fecha', 'a', 'las',
  'pubblicato', 'pubblicata', 'aggiornato', 'aggiornata', 'il', 'alle', 'ore', 'data',
  'atualizado', 'atualizada', 'em', 'às',
  // Dutch
  'gepubliceerd', 'bijgewerkt', 'op', 'laatst', 'geplaatst', 'om',
  // Turkish
  'yayınlanma', 'yayınlandı', 'güncelleme', 'güncellendi', 'güncellenme', 'tarihi', 'tarih', 'saat',
  // Polish, Nordic, Indonesian
  'opublikowano', 'zaktualizowano', 'dnia', 'publicerad', 'uppdaterad', 'publiceret', 'opdateret', 'publisert', 'oppdatert', 'den', 'kl',
  'diterbitkan', 'diperbarui', 'dipublikasikan', 'pada', 'tanggal',
  // Czech, Slovak
  'publikováno', 'aktualizováno', 'vydáno', 'zveřejněno', 'upraveno', 'publikované', 'aktualizované', 'uverejnené',
  // Russian, Ukrainian ("г." and "р." abbreviate the year)
  'опубликовано', 'обновлено', 'дата', 'публикации', 'в', 'г', 'опубліковано', 'оновлено', 'о', 'р',
  // Romanian, Hungarian, Finnish
  'publicat', 'actualizat', 'la', 'közzétéve', 'frissítve', 'megjelent', 'julkaistu', 'päivitetty', 'klo',
]);
const SEPARATORS = /[\s|·•,:;()[\]/@–—-]+/u;

/** What a post stamp prints beside its date besides labels: a reading time, "#12", "Link", "Permalink". */
const STAMP_EXTRAS = /\b\d+\s*min(?:ute)?s?\.?(?:\s+read)?\b|#\d+\b|\b(?:link|permalink)\b/giu;

/**
 * True when the line is a "dateline": once its dates, labels ("Published", "mis à jour le",
 * "Stand"), weekdays, separators and a time are removed, nothing is left.
 */
export function isDateOnlyLine(line: string, opts: DateOptions = {}): boolean {
  const dates = findDates(line, opts);
  if (dates.length === 0) return false;
  let rest = '';
  let pos = 0;
  for (const d of dates) {
    rest += `${line.slice(pos, d.start)} `;
    pos = d.end;
  }
  rest += line.slice(pos);
  // A post stamp carries a reading time, a post number or a permalink beside its date:
  // "23.07.2025 · 6 min read", "#1 2025-11-01 15:14:37", "March 3, 2025 Link".
  rest = rest.replace(STAMP_EXTRAS, ' ');
  if (/[時时시点點]/.test(rest)) rest = rest.replace(CJK_TIME, ' ');
  if (hasDigit(rest)) {
    rest = rest.replace(STRAY_TIME(), (m0: string, ...args: unknown[]) => {
      const g = args[args.length - 1] as Groups;
      return g.mi !== undefined || g.mi2 !== undefined || g.ap || g.uhr ? ' ' : m0;
    });
  }
  // A zone left alone ("(BST)") counts too, upper-case only so French "et" stays a word.
  return rest
    .split(SEPARATORS)
    .every((word) => {
      const w = foldName(word).replace(/\.+$/, '');
      return w === '' || LABEL_WORDS.has(w) || WEEKDAYS.has(w) || isZoneWord(word);
    });
}
