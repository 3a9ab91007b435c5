/**
 * What an element says about its content beyond its text: a compact hint string
 * ("div.article-body#story[role=main][itemprop=articlebody]") kept on every block inside it,
 * and whether the page hides it.
 */
import type { Element } from 'domhandler';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** Hidden by the page itself: the `hidden` attribute, aria-hidden, or an inline display:none. */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true') return true;
  return a.style !== undefined && HIDDEN_STYLE.test(a.style);
}

/** "tag.class.words#id[role=x][itemprop=y]", lower-case; the rules split it into words. */
export function elementHint(el: Element): string {
  const a = el.attribs;
  let hint = el.name;
  if (a.class) hint += '.' + a.class.trim().split(/\s+/).join('.');
  if (a.id) hint += '#' + a.id.trim();
  if (a.role) hint += `[role=${a.role}]`;
  if (a.itemprop) hint += `[itemprop=${a.itemprop}]`;
  return hint;
}

/** The words of a hint: tag, class and id parts split at punctuation and camel case. */
export function hintWords(hint: string): string[] {
  return hint
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}
