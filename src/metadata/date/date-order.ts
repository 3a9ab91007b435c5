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
