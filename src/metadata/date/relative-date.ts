/**
 * Relative dates ("3 hours ago", "vor 2 Tagen", "il y a 5 minutes", "Yesterday at 4:25 AM"),
 * read against the reference time (`--now`). Only units that name a day: seconds to days,
 * yesterday and today. "2 weeks ago" or "3 months ago" is a rounded figure that names no day,
 * so it gives no date rather than an invented one. (French "hier" is left out: it is German for
 * "here".) A relative date is the last rung of the ladder: a page's own printed or declared
 * date always wins, and the reference should be the time the page was fetched.
 */
import { caseless } from '../../rules/caseless.js';

export interface RelativeDate {
  /** `YYYY-MM-DD` of the reference time minus the amount, in UTC. */
  iso: string;
  start: number;
  end: number;
  text: string;
}

type Unit = 'second' | 'minute' | 'hour' | 'day';
const UNIT_MS: Record<Unit, number> = { second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/** Unit words by language (lower case, singular and plural stems); "a", "an", "un", "einem" stand for one. */
const UNITS: [Unit, string][] = [
  ['second', 'seconds?|secs?|sekunden?|secondes?|segundos?|secondi|secondo|seconden?'],
  ['minute', 'minutes?|mins?|minuten?|minutos?|minuti|minuto|minuut'],
  ['hour', 'hours?|hrs?|stunden?|heures?|horas?|ore|ora|uur'],
  ['day', 'days?|tagen?|tag|jours?|días?|dias?|giorni|giorno|dagen?'],
];
const ONE = 'a|an|one|un|une|una|um|uma|einem|einer|een';
const UNIT_WORDS = UNITS.map(([, w]) => w).join('|');
const AMOUNT = String.raw`(\d{1,3}|${ONE})\s+(${UNIT_WORDS})`;

/**
 * "3 hours ago" (en), "vor 3 Stunden" (de), "il y a 3 heures" (fr), "hace 3 horas" (es),
 * "há 3 horas" (pt), "3 ore fa" (it), "3 uur geleden" (nl).
 */
const AGO_AFTER = ['ago', 'fa', 'geleden'];
const AGO_BEFORE = ['vor', 'il y a', 'hace', 'há'];
// Every match holds one of the words: a line with none never compiles the pattern (see LineHint).
const AGO = caseless(
  String.raw`(?<![\p{L}\p{N}])(?:${AMOUNT}\s+(?:${AGO_AFTER.join('|')})|(?:${AGO_BEFORE.join('|')})\s+${AMOUNT})(?![\p{L}\p{N}])`,
  'u',
  { holds: [...AGO_AFTER, ...AGO_BEFORE] },
);
/**
 * "Yesterday" and "today" in the same languages, before a clock time; "yesterday" also alone on
 * a short line ("Posted yesterday"). A bare "Today" is a menu's tab as often as a date.
 */
const YESTERDAYS = ['yesterday', 'gestern', 'ayer', 'ieri', 'ontem', 'gisteren'];
const TODAYS = ['today', 'heute', "aujourd'hui", 'hoy', 'oggi', 'hoje', 'vandaag'];
const DAY_WORD = caseless(String.raw`(?<![\p{L}\p{N}])(${[...YESTERDAYS, ...TODAYS].join('|')})(?![\p{L}\p{N}'’])`, 'u', { holds: [...YESTERDAYS, ...TODAYS] });
const YESTERDAY = new Set(YESTERDAYS);
const CLOCK_AFTER = caseless(String.raw`^\s*(?:,\s*)?(?:at|um|à|a las|alle|às|om)?\s*\d{1,2}[:.h]\d{2}`);
/** A day word without a clock counts only on a line this short ("Posted yesterday"). */
const SHORT_LINE = 32;

const UNIT_OF: [Unit, RegExp][] = UNITS.map(([unit, words]) => [unit, new RegExp(`^(?:${words})$`, 'iu')]);

function unitOf(word: string): Unit {
  return UNIT_OF.find(([, re]) => re.test(word))?.[0] ?? 'day';
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The first relative date in `line`, resolved against `now`; null when there is none. */
export function findRelativeDate(line: string, now: Date): RelativeDate | null {
  const ref = now.getTime();
  if (Number.isNaN(ref) || line.length > 400) return null;
  const ago = AGO.exec(line);
  if (ago) {
    const amount = ago[1] ?? ago[3];
    const unit = unitOf(ago[2] ?? ago[4]);
    const n = /^\d+$/.test(amount) ? Number(amount) : 1;
    // The groups may be in lower case (caseless.ts): the text is cut from the line as written.
    const end = ago.index + ago[0].length;
    return { iso: isoDay(ref - n * UNIT_MS[unit]), start: ago.index, end, text: line.slice(ago.index, end) };
  }
  const day = DAY_WORD.exec(line);
  if (!day) return null;
  const word = day[1].toLowerCase();
  const clocked = CLOCK_AFTER.test(line.slice(day.index + day[0].length));
  if (!clocked && (line.length > SHORT_LINE || !YESTERDAY.has(word))) return null;
  const iso = isoDay(YESTERDAY.has(word) ? ref - UNIT_MS.day : ref);
  return { iso, start: day.index, end: day.index + day[0].length, text: line.slice(day.index, day.index + day[0].length) };
}
