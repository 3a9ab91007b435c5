/**
 * When the date a page shows beats the one it declares. Templates fill `datePublished` with the
 * day a page was built or migrated: both declared dates then sit together, months after the
 * date printed under the headline, and the declared day appears nowhere in the text. Only
 * then does the printed header date win; a declared date the page also prints always stands.
 * And a declared day without a time, one day off the date under the headline, is a timestamp's
 * day in another time zone (UTC, cut to the date): the page's own calendar day is the printed one.
 * A declared day whose month and day swapped give the printed date, printed with the month's
 * name, was a numeric date read the wrong way round.
 */
import type { Block } from '../types.js';
import { findDates, type DateOptions } from './date/parse-date.js';
import type { HtmlMetadata } from './html/index.js';
import type { TextMetadata } from './text/text-metadata.js';

const DAY_MS = 86_400_000;
/** Declared published and modified dates this close are one build stamp, not two events. */
const STAMP_DAYS = 2;

/** How many blocks below the headline its dateline may stand (byline, kicker, share row between). */
const UNDER_HEADLINE = 5;

const day = (iso: string): string => iso.slice(0, 10);
const daysApart = (a: string, b: string): number => Math.abs(Date.parse(day(a)) - Date.parse(day(b))) / DAY_MS;

/** The same date with its month and day swapped ("2017-03-11" -> "2017-11-03"), or null when that is no date. */
function swapped(iso: string): string | null {
  const [y, m, d] = day(iso).split('-');
  return Number(d) <= 12 ? `${y}-${d}-${m}` : null;
}

export function preferShownDate(text: TextMetadata, page: HtmlMetadata | null, blocks: readonly Block[], dates: DateOptions = {}): boolean {
  const declared = page?.date;
  const shown = text.date;
  const modified = page?.modified;
  if (!declared || !shown || daysApart(declared, shown) === 0 || !isHeaderDate(text)) return false;
  if (daysApart(declared, shown) === 1) return isDayOnly(declared);
  // "03-09-2026" declared, read day-first, where the page meant March 9: it prints the month's name.
  if (swapped(declared) === day(shown) && namesItsMonth(blocks[text.at.date!], shown, dates)) return true;
  if (!modified) return false;
  // "11.03.17" read day-first, where the page meant month-first: the declared day, swapped.
  if (swapped(shown) === day(declared)) return false;
  if (daysApart(declared, modified) > STAMP_DAYS) return false;
  const wanted = day(declared);
  for (const b of blocks) if (findDates(b.text, dates).some((d) => day(d.iso) === wanted)) return false;
  return true;
}

/** The block prints the date with its month's name ("March 9, 2026"), which no order of numbers can misread. */
function namesItsMonth(block: Block | undefined, iso: string, dates: DateOptions): boolean {
  return block !== undefined && findDates(block.text, dates).some((d) => day(d.iso) === day(iso) && /\p{L}{3}/u.test(d.text));
}

/** A date without a time of day ("2025-11-13"). */
const isDayOnly = (iso: string): boolean => iso.length === 10;

/**
 * The text's date is the header's dateline or byline date, just under the headline. A date
 * merely found in the header's text can be a sentence's, one further down (a list of events, a
 * footer stamp) is weaker, and a relative one ("2 days ago") is only as good as the reference
 * time; a date above the headline is the masthead's "today". Without a known headline, only a
 * dateline of the header zone.
 */
function isHeaderDate(text: TextMetadata): boolean {
  const source = text.sources.date ?? '';
  if (/after the article|in the header|relative date/.test(source) || text.at.date === null) return false;
  const { title } = text.at;
  return title !== null ? text.at.date > title && text.at.date - title <= UNDER_HEADLINE : !/in the article/.test(source);
}
