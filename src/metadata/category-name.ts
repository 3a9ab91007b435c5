/**
 * A collection's or a listing's title is the name its heading gives it. A shop or a section
 * titles a category page for search engines ("Camping Tents: Large Tents for Family & Car
 * Camping", "Thomann Buy Microphones at Thomann", "Latest Cloud Computing News"); the heading
 * on the page names the category ("Camping Tents", "Microphones", "Cloud"). An article's h1
 * and its title tell one headline, so this is asked only once the page is known to list items.
 *
 * The heading must be the page's first h1, shorter than the title, and stand in the title or
 * another declared title (og:title, JSON-LD) as whole words: an h1 the declarations never
 * mention is a banner or a slogan, and one that names the site is its logo.
 */
import type { PageType } from '../types.js';
import type { HtmlMetadata } from './html/index.js';
import { collapse } from './html/types.js';

const LISTS_ITEMS: ReadonlySet<PageType> = new Set(['collection', 'listing']);

/** The source --explain gives a title taken this way. */
export const CATEGORY_SOURCE = 'document:h1 (a list page names its category)';

/** A heading shorter than this names nothing ("All", "Shop"). */
const MIN_NAME_LENGTH = 3;

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** `needle` stands in `text` as whole words, without regard to case. */
function standsIn(text: string, needle: string): boolean {
  const hay = text.toLowerCase();
  const word = needle.toLowerCase();
  for (let at = hay.indexOf(word); at !== -1; at = hay.indexOf(word, at + 1)) {
    if (!isWordChar(hay[at - 1]) && !isWordChar(hay[at + word.length])) return true;
  }
  return false;
}

/** The page's fields with its heading as the title, or the fields as they were. */
export function withCategoryName(page: HtmlMetadata | null, type: PageType | null): HtmlMetadata | null {
  if (!page?.title || type === null || !LISTS_ITEMS.has(type)) return page;
  const first = page.candidates.find((c) => c.source === 'document:h1');
  const heading = first ? collapse(first.value) : '';
  if (heading.length < MIN_NAME_LENGTH || heading.length >= page.title.length) return page;
  const siteNames = page.candidates.filter((c) => c.field === 'site').map((c) => collapse(c.value).toLowerCase());
  if (siteNames.includes(heading.toLowerCase())) return page;
  const declared = [page.title, ...page.candidates.filter((c) => c.field === 'title' && c.source !== 'document:h1').map((c) => c.value)];
  if (!declared.some((t) => standsIn(t, heading))) return page;
  return { ...page, title: heading, sources: { ...page.sources, title: CATEGORY_SOURCE } };
}
