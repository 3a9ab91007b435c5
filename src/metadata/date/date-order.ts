/**
 * Which way round a page writes its numeric dates. `03/06/2025` is 6 March in the United
 * States and 3 June nearly everywhere else, so the page's language decides: English reads
 * month first unless its region writes the day first (en-GB, en-AU, en-IN...), every other
 * language reads day first. An unknown language keeps the month-first reading.
 */

/** English-speaking regions that write the month first. */
const MONTH_FIRST_REGIONS: ReadonlySet<string> = new Set(['us', 'ph', 'ca', 'um', 'as', 'gu', 'pr', 'vi', 'mp', 'fm', 'mh', 'pw']);

/** True when a page in this language (a BCP 47 tag such as `es`, `en-GB`) writes the day first. */
export function readsDayFirst(lang: string | null | undefined): boolean {
  if (!lang) return false;
  const [language, region] = lang.toLowerCase().split(/[-_]/);
  if (!/^[a-z]{2,3}$/.test(language)) return false;
  if (language !== 'en') return true;
  return region !== undefined && /^[a-z]{2}$/.test(region) && !MONTH_FIRST_REGIONS.has(region);
}

const SLASHED = /\b(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})\b/g;
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** "3 October 2023", "21st Mar 2024": the day before the month's name. */
const DAY_THEN_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\s+\\d{4}\\b`, 'gi');
/** "October 3, 2023", "Mar 21st 2024": the month's name before the day. */
const MONTH_THEN_DAY = new RegExp(`\\b${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'gi');

/**
 * Which way round an English page writes its dates, from the dates it writes: a slashed date
 * that can be read one way only (`25/10/2023`, `10/25/2023`) and the order of day and month's
 * name ("3 October 2023" against "October 3, 2023"). True for day first, false for month
 * first, null when the page shows neither. A British site declares plain `en` (or a
 * template's `en-US`) as often as `en-GB`; what it prints says which it is.
 */
export function writesDayFirst(texts: Iterable<string>): boolean | null {
  let day = 0;
  let month = 0;
  for (const text of texts) {
    if (!/\d\d/.test(text)) continue;
    for (const m of text.matchAll(SLASHED)) {
      const first = Number(m[1]);
      const second = Number(m[2]);
      if (first > 12 && second >= 1 && second <= 12) day++;
      else if (second > 12 && first >= 1 && first <= 12) month++;
    }
    for (const _ of text.matchAll(DAY_THEN_MONTH)) day++;
    for (const _ of text.matchAll(MONTH_THEN_DAY)) month++;
  }
  return day > month ? true : month > day ? false : null;
}

/**
 * Whether the page writes `03/06/2025` day first: a language other than English does; an
 * English page as its own dates show (`writesDayFirst`), else as its region does.
 */
export function pageReadsDayFirst(lang: string | null | undefined, texts: () => Iterable<string>): boolean {
  const language = lang?.toLowerCase().split(/[-_]/)[0];
  if (language !== undefined && /^[a-z]{2,3}$/.test(language) && language !== 'en') return true;
  return writesDayFirst(texts()) ?? readsDayFirst(lang);
}
