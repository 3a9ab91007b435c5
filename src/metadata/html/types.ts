/**
 * Shapes shared by the HTML metadata sources. Each source module turns a page into
 * candidates; `select.ts` ranks them by one precedence list per field and normalises the
 * winner. Candidates keep the value as the page gives it (whitespace collapsed), so
 * --explain can show what each source offered.
 */
import { decodeHTML } from 'entities';
import type { ArticleFields } from '../../assemble/article.js';

/** A metadata field a source can offer a value for. */
export type HtmlField =
  | 'title'
  | 'date'
  | 'modified'
  | 'author'
  | 'description'
  | 'section'
  | 'site'
  | 'lang'
  | 'url';

/**
 * One value offered by one source. `source` names where it came from, `<module>:<key>`:
 * `json-ld:headline`, `meta:og:title`, `itemprop:datePublished`, `time:pubdate`, `url`, ...
 * Precedence lists in select.ts match a source exactly or by its prefix before a `:`.
 */
export interface Candidate {
  readonly field: HtmlField;
  readonly value: string;
  readonly source: string;
}

/**
 * The HTML metadata of a page: the article fields a page can declare (all but `source`, which
 * only its text names). Every value is null when the page does not give it.
 */
export interface HtmlMetadata extends Omit<ArticleFields, 'source'> {
  /** Which source each non-null field came from, for --explain. */
  sources: Partial<Record<HtmlField, string>>;
  /** Every candidate every source offered, in source order, for --explain. */
  candidates: readonly Candidate[];
}

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim(); // \s covers no-break and other Unicode spaces
}

/** collapse(text) === '', asked without the copy: a page's meta tags can hold kilobytes each. */
export function isBlank(text: string): boolean {
  return !/[^\s\u200b]/.test(text);
}

/**
 * A character reference the parser did not decode: one escaped twice in a meta tag ("And
 * finally&amp;#8230;"), or one in JSON-LD, whose script text the parser leaves as it is.
 */
const LEFTOVER_ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

/** Up to two layers of leftover references: a JSON-LD string can itself be escaped twice ("&amp;nbsp;"). */
function decodeLeftovers(value: string): string {
  let text = value;
  for (let layer = 0; layer < 2 && LEFTOVER_ENTITY.test(text); layer++) text = decodeHTML(text);
  return text;
}

/**
 * A candidate, or nothing when the value is not a non-empty string. Leftover character
 * references are decoded here, for every source.
 */
/**
 * Longer than any title, byline, date or description a page declares: such a value is not
 * one (a <title> of 16 MB of separators cost 860 MB to split), so it is no candidate.
 */
export const MAX_FIELD_CHARS = 10_000;

export function candidate(field: HtmlField, value: unknown, source: string): Candidate[] {
  if (typeof value !== 'string' || value.length > MAX_FIELD_CHARS) return [];
  const text = collapse(decodeLeftovers(value));
  return text ? [{ field, value: text, source }] : [];
}
