/**
 * The section a page files the story under, from a kicker line: a short ALL-CAPS label in the
 * header zone, alone or beside the date ("date 2025-10-22 ASIA PACIFIC", "POLITICS").
 */
import { findDates, type DateOptions } from '../date/parse-date.js';
import { DATE_LABELS } from '../../rules/vocab.js';
import { alternation } from '../../rules/label.js';

const LABELS = new RegExp(String.raw`(?:^|\s)(?:${alternation(DATE_LABELS)})(?=\s|:|$)`, 'gi');

function titleCase(text: string): string {
  return text.toLowerCase().replace(/i\u0307/g, 'i').replace(/(^|[\s\-/&])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The section named by a kicker line, or null. */
export function parseSection(text: string, opts: DateOptions = {}): string | null {
  if (text.length > 80) return null;
  // A kicker holds two capitals in a row, and taking out its dates and labels (each replaced
  // by a space) never brings two together: most lines are no kicker by this alone.
  if (!/\p{Lu}{2}/u.test(text)) return null;
  let rest = text;
  for (const d of findDates(text, opts).reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  rest = rest.replace(LABELS, ' ').replace(/[|·•,:–—]/gu, ' ').replace(/\s+/g, ' ').trim();
  const words = rest.split(' ');
  if (rest === '' || words.length > 4 || !/\p{Lu}{2}/u.test(rest) || rest !== rest.toUpperCase()) return null;
  if (/\d/.test(rest) || /[©@#]/u.test(rest)) return null; // a credit ("© REUTERS / POOL"), a handle
  return titleCase(rest);
}
