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

/**
 * Class/id words of a panel a reader opens in place: accordions, collapsibles, tabs, FAQ
 * answers, "read more" folds. Their text is part of the page's content, only folded away.
 */
const FOLD_WORDS = new Set([
  'accordion', 'accordions', 'collapse', 'collapsible', 'collapsed', 'expandable', 'expander', 'tabpanel', 'tab', 'tabs',
  'panel', 'faq', 'faqs', 'answer', 'spoiler', 'readmore', 'fold', 'toggle', 'disclosure',
]);
/** Words that make a folded element a menu or dialog instead (its text stays out). */
const CHROME_WORDS = new Set(['nav', 'navbar', 'navigation', 'menu', 'dropdown', 'submenu', 'megamenu', 'modal', 'popup', 'dialog', 'drawer', 'search', 'cart', 'login', 'account', 'cookie', 'consent']);

/** A hidden element that is a folded content panel (its own or its parent's words say so). */
export function isFoldedPanel(el: Element): boolean {
  if (el.attribs.role === 'tabpanel') return true;
  const parent = el.parent && el.parent.type === 'tag' ? (el.parent as Element) : null;
  const words = [...hintWords(elementHint(el)), ...(parent ? hintWords(elementHint(parent)) : [])];
  return words.some((w) => FOLD_WORDS.has(w)) && !words.some((w) => CHROME_WORDS.has(w));
}
