/**
 * Whether an element sits in a part of the page that speaks about other pages: related or
 * recommended cards, sidebars, widgets, comments, navigation, the site footer, or a link
 * to another page. Dates, authors and headlines found there belong to those other pages.
 */
import type { Element } from 'domhandler';
import { isElement } from '../../parse/html/page-index.js';

/** Layout modifiers that name a sidebar beside the element ("withSidebar", "has-sidebar", "no-sidebar"). */
const LAYOUT_MODIFIER = /(?:with|has|no|without)[-_]?sidebar/gi;

/** Class/id word prefixes of blocks about other pages ("related-posts", "relatedStories", "comment-list"). */
const TEASER_PREFIXES = ['related', 'teaser', 'recommend', 'sidebar', 'widget', 'comment'];
/** Whole words only: as prefixes they would catch "cardinal" or "moreover". */
const TEASER_WORDS = new Set(['card', 'cards', 'more']);
const TEASER_TAGS = new Set(['aside', 'nav', 'footer']);
const TEASER_ROLES = new Set(['complementary', 'navigation', 'contentinfo']);

/** Class and id split into lower-case words, camelCase split too: "relatedStories" -> related, stories. */
export function hintWords(el: Element): string[] {
  // "layout--withSidebar", "has-sidebar", "no-sidebar": a layout that has a sidebar beside
  // the content, not the sidebar itself.
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.replace(LAYOUT_MODIFIER, ' ');
  if (!raw.trim()) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function isTeaserWord(word: string): boolean {
  return TEASER_WORDS.has(word) || TEASER_PREFIXES.some((p) => word.startsWith(p));
}

/** Cheap pre-test: most class/id strings hold none of the teaser words, so they skip the split. */
const MAYBE_TEASER = new RegExp([...TEASER_PREFIXES, ...TEASER_WORDS].join('|'), 'i');

function hasTeaserHint(el: Element): boolean {
  const { class: cls, id } = el.attribs;
  if (!(cls && MAYBE_TEASER.test(cls)) && !(id && MAYBE_TEASER.test(id))) return false;
  return hintWords(el).some(isTeaserWord);
}

/**
 * Whether the element holds an h1. A "widget" or "sidebar"-named wrapper around the page's
 * headline is the page's layout, not a block about other pages. Memoised: every date, author
 * and h1 candidate asks about the same few ancestors.
 */
const HOLDS_H1 = new WeakMap<Element, boolean>();
function holdsHeadline(el: Element): boolean {
  let known = HOLDS_H1.get(el);
  if (known === undefined) {
    known = false;
    const stack = [...el.children];
    while (stack.length && !known) {
      const node = stack.pop();
      if (!isElement(node)) continue;
      if (node.name === 'h1') known = true;
      else stack.push(...node.children);
    }
    HOLDS_H1.set(el, known);
  }
  return known;
}

function hasArticleAncestor(el: Element): boolean {
  for (let p = el.parent; isElement(p); p = p.parent) if (p.name === 'article') return true;
  return false;
}

/** Compares two URLs without scheme, `www.`, query, fragment and trailing slash. */
function sameUrl(a: string, b: string): boolean {
  const key = (u: string) =>
    u.replace(/[?#].*$/, '').replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').replace(/\/+$/, '').toLowerCase();
  return key(a) === key(b);
}

/**
 * True when `href` points to another page than the one in `pageUrls`. In-page anchors and
 * empty links do not; with no known page URL any real link does.
 */
export function linksElsewhere(href: string | undefined, pageUrls: readonly string[]): boolean {
  const h = (href ?? '').trim();
  if (!h || h.startsWith('#') || /^javascript:/i.test(h)) return false;
  for (const page of pageUrls) {
    let resolved = h;
    try {
      resolved = new URL(h, page).href;
    } catch {
      // an unparseable href is compared as written
    }
    if (sameUrl(resolved, page)) return false;
  }
  return true;
}

/**
 * True when `el` lies inside a block about other pages. The walk stops at `<main>` and
 * `<body>`: layout wrappers above the main content ("content-sidebar-wrap", a body class
 * "has-sidebar") say nothing about the article inside them. A `<footer>` inside an
 * `<article>` is the article's own footer (where blogs print the post date), not the site's.
 * `links: false` skips the link test, for authors and headlines, which link to their own pages.
 */
export function inTeaserContext(el: Element, pageUrls: readonly string[] = [], opts: { links?: boolean } = {}): boolean {
  const checkLinks = opts.links ?? true;
  for (let node: Element | null = el; node; node = isElement(node.parent) ? node.parent : null) {
    const tag = node.name;
    if (tag === 'body' || tag === 'html') return false;
    if (TEASER_TAGS.has(tag) && !(tag === 'footer' && hasArticleAncestor(node))) return true;
    if (TEASER_ROLES.has((node.attribs.role ?? '').toLowerCase())) return true;
    if (checkLinks && tag === 'a' && linksElsewhere(node.attribs.href, pageUrls)) return true;
    if (hasTeaserHint(node) && !holdsHeadline(node)) return true;
    if (tag === 'main') return false;
  }
  return false;
}
