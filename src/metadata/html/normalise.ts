/**
 * Turns a winning candidate's value into the output form, or null when it is not a
 * usable value of its field (a URL given as an author, a date parseDate rejects, ...).
 */
import { parseDate } from '../date/parse-date.js';
import { absoluteUrl } from './document.js';
import { collapse } from './types.js';

/** "By", "Written by", "Von", "Par", "Por", "Door" before a name; "Author:", "Text:", "Автор:" labels. */
const BY_PREFIX =
  /^(?:(?:(?:written|posted|reported|story|words|text|analysis|commentary|opinion|photos|interview)\s+)?(?:by|von|par|por|door)(?![\p{L}\p{N}])\s*:?|(?:author|autor|auteur|text|texto|texte|автор|текст)\s*:)\s*/iu;
const URL_LIKE = /^(?:https?:)?\/\/|^www\.|^[\w.-]+\.[a-z]{2,}\/\S*$/i;
/** Longer than this is a sentence or a list of credits, not an author. */
const MAX_AUTHOR = 120;

const QUOTED_NAME = /^["“”'‘’](.+)["“”'‘’]$/u;
/** A template's unfilled variable: "{{ author }}", "${author}", "%author%", "page.head.extra.author". */
const TEMPLATE_VARIABLE = /\{\{|\}\}|\$\{|^%\w+%$|^[\w-]+(?:\.[\w-]+)*\.(?:author|authors|byline|creator|name)$/i;
/** Who else worked on the piece, listed after its author: "Benjamin Preston, Updated by Jon Linkov", "..., Photos by ...". */
const OTHER_CREDIT = /^(?:(?:last\s+)?updated|edited|reviewed|medically\s+reviewed|fact[- ]checked|photos?|illustrations?)\s+by\b/i;

/** Authors as "Jane Doe, John Roe": "By" removed; URLs, template variables, other credits and duplicates dropped. */
export function normaliseAuthor(raw: string): string | null {
  const names: string[] = [];
  for (const part of collapse(raw).replace(BY_PREFIX, '').split(/\s*,\s*/)) {
    // A name in quotation marks ("\"David Kim\"", a template's escaped string) is the name.
    const name = part.replace(BY_PREFIX, '').trim().replace(QUOTED_NAME, '$1');
    if (!name || URL_LIKE.test(name) || !/\p{L}/u.test(name) || names.includes(name) || TEMPLATE_VARIABLE.test(name)) continue;
    if (names.length > 0 && OTHER_CREDIT.test(part.trim())) continue;
    names.push(name);
  }
  const joined = names.join(', ');
  return joined && joined.length <= MAX_AUTHOR ? joined : null;
}

/** ISO 8601 through parseDate; a compact `YYYYMMDD` (some meta tags) is spelled out first. */
export function normaliseDate(raw: string, now?: Date): string | null {
  const text = raw.trim();
  const compact = /^((?:19|20)\d\d)(\d\d)(\d\d)$/.exec(text);
  return parseDate(compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : text, now ? { now } : {});
}

/** A language tag as written ("en", "pt-BR"); `en_US` (og:locale) becomes `en-US`. */
export function normaliseLang(raw: string): string | null {
  const text = raw.trim().replace(/_/g, '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(text) ? text : null;
}

export function normaliseUrl(raw: string, base?: string | null): string | null {
  return absoluteUrl(raw, base);
}

/** Plain text fields: collapsed; a URL is not a section or a site name. */
export function normaliseText(raw: string): string | null {
  const text = collapse(raw);
  return text && !URL_LIKE.test(text) ? text : null;
}

/**
 * Section names that are the site's navigation, not a filing: "Home", "Front Page", "All",
 * and a domain ("gizmodo.com"). Whole values only.
 */
const NOT_A_SECTION = /^(?:home(?:page)?|front ?page|main|index|all|rss|start(?:seite)?|accueil|inicio|[\w-]+\.(?:com|org|net|co|io)(?:\.[a-z]{2})?)$/i;

/** A declared section, or null when it is a navigation word or a domain. */
export function normaliseSection(raw: string): string | null {
  const text = normaliseText(raw);
  return text && !NOT_A_SECTION.test(text) ? text : null;
}
