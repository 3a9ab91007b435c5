/**
 * Recognising bylines: "By Jane Doe", "By Jane Doe and John Roe | Reuters", "Von Anna Schmidt",
 * and a name beside a date ("Chris Davies - Nov 19, 2019, 10:31 pm CST").
 */
import { BYLINE_WORDS } from '../vocab.js';
import { alternation } from '../label.js';
import { findDates } from '../../metadata/date/parse-date.js';
import { MONTHS, WEEKDAYS } from '../../metadata/date/months.js';

const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|(?:de|da|van|von|der|den|del|la|le|di|du|bin|al|el)(?=\s))`;
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,4}`;
const JOIN = String.raw`(?:\s*,\s*|\s+(?:and|&|und|et|y|e|en|ve|og|och)\s+)`;
const NAMES = String.raw`${NAME}(?:${JOIN}${NAME}){0,3}`;
/** The byline words as written: "by", "By", "BY". */
const BY_WORDS = BYLINE_WORDS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);
const BY = new RegExp(String.raw`^(?:${alternation(BY_WORDS)})\s*:?\s+(${NAMES})(?=$|\s*[|,·•–—\-/]|\s+(?:for|in|on|at|für|pour|para|per)\b)`, 'u');
const NAME_ONLY = new RegExp(String.raw`^(${NAME})$`, 'u');

export interface Byline {
  author: string;
}

/** "Friday" and "October" start sentences ("By Friday, every seat..."), not names. */
function isName(name: string): boolean {
  const first = name.split(/\s+/)[0].toLowerCase();
  return !WEEKDAYS.has(first) && !MONTHS.has(first);
}

/** A byline is a name and maybe an outlet or a date, not a sentence. */
function isBylineShaped(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words <= 6 || (words <= 16 && !/[.!?]$/.test(text));
}

/** The author named by a byline line, or null when the line is not a byline. */
export function parseByline(text: string, opts: { now?: Date } = {}): Byline | null {
  if (text.length > 160) return null;
  const by = BY.exec(text);
  if (by && isName(by[1]) && isBylineShaped(text)) return { author: by[1].trim() };
  const dates = findDates(text, opts);
  if (dates.length === 0) return null;
  // A name and a date, nothing else: "Chris Davies - Nov 19, 2019, 10:31 pm CST".
  const rest = text.slice(0, dates[0].start).replace(/[\s|,·•–—\-/]+$/u, '').trim();
  const after = text.slice(dates[dates.length - 1].end).replace(/^[\s|,·•–—\-/\d]+/u, '').trim();
  const name = NAME_ONLY.exec(rest);
  if (name && after.length <= 2 && rest.split(/\s+/).length >= 2) return { author: name[1] };
  return null;
}
