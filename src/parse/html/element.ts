/**
 * What an element says about its content beyond its text: a compact hint string
 * ("div.article-body#story[role=main][itemprop=articlebody]") kept on every block inside it,
 * and whether the page hides it.
 */
import type { Element } from 'domhandler';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/**
 * Classes that frameworks use to hide an element (Bootstrap's d-none, Amazon's a-hidden,
 * utility classes): a reader never sees the text, and a browser's innerText leaves it out.
 */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|hide|d-none|is-hidden|u-hidden|js-hidden|a-hidden|aok-hidden|invisible|display-none|visually-hidden|sr-only|screen-reader-text|screen-reader-only|element-invisible)(?=\s|$)/i;

/**
 * A hiding class paired with one that shows the element from some screen width on (`hidden
 * lg:block`, `d-none d-md-flex`, `hide@medium`): a desktop reader sees it.
 */
const SHOWN_AT_WIDTH = /(?:^|\s)(?:[a-z0-9]+:(?:block|flex|grid|inline|inline-block|inline-flex|table|contents|visible)|d-(?:sm|md|lg|xl|xxl)-(?:block|flex|grid|inline|inline-block|inline-flex|table)|\S+@\S+|(?:show|visible)-(?:sm|md|lg|xl|desktop|tablet)\S*)(?=\s|$)/i;

/** Hidden by the page itself: the `hidden` attribute, aria-hidden, an inline display:none, or a hiding class. */
export function isHidden(el: Element): boolean {
  return hiddenBy(readAttributes(el, scratch), el);
}

/**
 * The attributes an element's hint and visibility are read from. A page's elements carry
 * hundreds of sets of attributes (each set, in its order, its own object shape), so reading
 * one by its name is V8's slowest kind of property read; the walk reads them all in one pass
 * over the element's own (a few each), into one record of one shape that it reuses.
 */
export interface ElementAttributes {
  class: string | undefined;
  id: string | undefined;
  role: string | undefined;
  itemprop: string | undefined;
  hidden: string | undefined;
  ariaHidden: string | undefined;
  style: string | undefined;
}

/** A record for readAttributes to fill. */
export function attributeRecord(): ElementAttributes {
  return { class: undefined, id: undefined, role: undefined, itemprop: undefined, hidden: undefined, ariaHidden: undefined, style: undefined };
}

const scratch = attributeRecord();

/**
 * The element's attributes into `into` (overwritten), which is returned. Each value is read
 * before the switch and kept in a local, and the record's fields are all written after the
 * loop: V8 learns the types of a property access as it runs it, and a read or a write first
 * run on a rare attribute (`hidden`) threw away the optimised code of the walk it sits in.
 */
export function readAttributes(el: Element, into: ElementAttributes): ElementAttributes {
  let cls: string | undefined;
  let id: string | undefined;
  let role: string | undefined;
  let itemprop: string | undefined;
  let hidden: string | undefined;
  let ariaHidden: string | undefined;
  let style: string | undefined;
  const a = el.attribs;
  for (const name in a) {
    const value = a[name];
    switch (name) {
      case 'class':
        cls = value;
        break;
      case 'id':
        id = value;
        break;
      case 'role':
        role = value;
        break;
      case 'itemprop':
        itemprop = value;
        break;
      case 'hidden':
        hidden = value;
        break;
      case 'aria-hidden':
        ariaHidden = value;
        break;
      case 'style':
        style = value;
        break;
    }
  }
  into.class = cls;
  into.id = id;
  into.role = role;
  into.itemprop = itemprop;
  into.hidden = hidden;
  into.ariaHidden = ariaHidden;
  into.style = style;
  return into;
}

/** isHidden of an element whose attributes were read. */
export function hiddenBy(a: ElementAttributes, el: Element): boolean {
  if (a.hidden !== undefined) return true;
  if (a.ariaHidden === 'true') return true;
  if (a.class !== undefined && ((HIDDEN_CLASS.test(a.class) && !SHOWN_AT_WIDTH.test(a.class)) || isPriceStateHidden(el, a.class))) return true;
  return a.style !== undefined && HIDDEN_STYLE.test(a.style);
}

/**
 * A shop price block printed in every state, one state shown by the stylesheet: the regular
 * price, or the sale price when the block is marked on sale (`price price--on-sale` over
 * `price__regular` and `price__sale`, the markup of Shopify's themes). Without the stylesheet
 * both prices read, and every card of a grid says its price twice or three times.
 */
const PRICE_STATE = /(?:^|\s)price__(regular|sale|badge-sale|badge-sold-out)(?:\s|$)/;
const PRICE_BLOCK = /(?:^|\s)price(?:\s|$)/;
/** How far above its states the price block stands. */
const PRICE_STATE_DEPTH = 3;

function isPriceStateHidden(el: Element, cls: string): boolean {
  if (cls.indexOf('price__') < 0) return false;
  const state = PRICE_STATE.exec(cls)?.[1];
  if (!state) return false;
  let up = el.parent;
  for (let k = 0; k < PRICE_STATE_DEPTH && up && up.type === 'tag'; k++, up = up.parent) {
    const block = (up as Element).attribs.class;
    if (block === undefined || !PRICE_BLOCK.test(block)) continue;
    const onSale = block.includes('price--on-sale');
    if (state === 'regular') return onSale;
    if (state === 'sale' || state === 'badge-sale') return !onSale;
    return !block.includes('price--sold-out');
  }
  return false;
}

/** "tag.class.words#id[role=x][itemprop=y]", lower-case; the rules split it into words. */
export function elementHint(el: Element): string {
  return hintFrom(el.name, readAttributes(el, scratch));
}

/** elementHint of an element whose attributes were read. */
export function hintFrom(name: string, a: ElementAttributes): string {
  let hint = name;
  if (a.class) hint += '.' + a.class.trim().replace(/\s+/g, '.');
  if (a.id) hint += '#' + a.id.trim();
  if (a.role) hint += `[role=${a.role}]`;
  if (a.itemprop) hint += `[itemprop=${a.itemprop}]`;
  return hint;
}

/**
 * The words of a hint: class and id tokens (and role, itemprop values) split at punctuation and
 * camel case. Tokens that name nothing are left out, because their pieces read as words they
 * are not: generated hashes (`table_root__adKqa`, `sc-fNyKt`: "ad"), an id that is the slug of
 * a heading (`#sharing-data-between-components`: "share"), a typography size (`caption-s`).
 */
export const hintWords: (hint: string) => readonly string[] = hintMemo(readHintWords);

/** Hints remembered by a hintMemo; past this it starts afresh, so a long batch run stays flat. */
const HINT_MEMO_LIMIT = 50_000;

/**
 * `read`, remembered per hint: pages (and the pages of a batch) repeat the same few hundred
 * hints on every block, and what a hint says depends on the hint alone.
 */
export function hintMemo<T>(read: (hint: string) => T): (hint: string) => T {
  const known = new Map<string, T>();
  return (hint) => {
    let value = known.get(hint);
    if (value === undefined) {
      if (known.size >= HINT_MEMO_LIMIT) known.clear();
      value = read(hint);
      known.set(hint, value);
    }
    return value;
  };
}

function readHintWords(hint: string): string[] {
  const words: string[] = [];
  for (const token of hint.split(/(?=[.#[])/)) {
    const name = token.replace(/^[.#[]|]$/g, '').replace(/^(?:role|itemprop)=/, '');
    if (isUtilityPiece(token)) {
      // A column that styles the paragraphs, headings and lists it holds is a rich-text body.
      if (STYLES_PROSE.test(token) && !words.includes('prose')) words.push('prose');
      continue;
    }
    if (name === '' || isSlugId(token) || isTypeSize(name) || TAXONOMY_CLASS.test(name)) continue;
    for (const part of name.replace(HASH_SUFFIX, '').replace(BEM_MODIFIER, '').split(/[^A-Za-z0-9]+/)) {
      if (part === '' || isHash(part)) continue;
      for (const w of part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(' ')) words.push(w);
    }
  }
  return words;
}

/** An arbitrary variant aimed at the text elements a container holds: `[&>p]:my-6`, `[&_h3]:mb-2`, `[&_ul]:list-disc`. */
const STYLES_PROSE = /^\.?\[&(?:>|_)(?:p|h[1-6]|ul|ol|li|blockquote)\]:/;

/**
 * A piece of a utility class with an arbitrary variant or value (Tailwind's
 * `[&_figcaption]:mt-0`, `w-[200px]`; the hint splits `[&_img.alignleft]:ml-0` at its dot):
 * styling, never a name, and its pieces read as words it does not mean (a content column
 * that styles its figures' captions is no caption; see STYLES_PROSE). A breakpoint's variant
 * (`lg:hidden`, shown on small screens only) still speaks; role and itemprop tokens are the
 * hint's own.
 */
function isUtilityPiece(token: string): boolean {
  return /[&>]|\]:|\[(?!(?:role|itemprop)=)/.test(token);
}

/** A BEM modifier (`pageTitle--rating`, `card--wide`): a variant of the element, not what it is. */
const BEM_MODIFIER = /(?<=[A-Za-z0-9])--[A-Za-z0-9-]+$/;

/** A CSS-module suffix: `__adKqa` (a BEM element, `card__content`, is lower-case). */
const HASH_SUFFIX = /__(?=[A-Za-z0-9]*[A-Z0-9])[A-Za-z0-9]{4,}$/;

/**
 * A generated token: letters mixed with digits (`a8f3c2`, not `grid12`), or cases mixed in a
 * way camel case never does (`bXbgjU`, `fNyKt`: capitals side by side, at the end, or humps of
 * one or two letters).
 */
function isHash(part: string): boolean {
  if (part.length < 5 || part.length > 12) return false;
  if (/\d/.test(part)) return /[A-Za-z]/.test(part) && !/^[A-Za-z]+\d+$/.test(part);
  if (!/[a-z]/.test(part) || !/[A-Z]/.test(part.slice(1))) return false;
  const humps = part.slice(1).split(/(?=[A-Z])/).slice(1);
  return /[A-Z]{2}|[A-Z]$/.test(part) || humps.some((h) => h.length < 3);
}

/**
 * Classes a CMS adds to name a post's topics and ids (WordPress's `tag-ads`, `category-news`,
 * `product_tag-sale`, `postid-12`): they say what the text is about, not what part it is.
 */
const TAXONOMY_CLASS = /^(?:tag|category|product_cat|product_tag|product_type|term|tax|postid|pa|format|status|type)-/i;

/** An id made of four or more words is an anchor named after its heading, not a role. */
function isSlugId(token: string): boolean {
  return token.startsWith('#') && token.slice(1).split(/[-_]+/).filter((w) => /[a-z]/i.test(w)).length >= 4;
}

/** Typography classes that borrow a content word: `caption-s`, `text-caption`, `footer-lg`. */
function isTypeSize(name: string): boolean {
  return /^(?:caption|credit|footer|byline)[-_](?:xxs|xs|s|sm|m|md|l|lg|xl|xxl|\d)$/i.test(name) || /^(?:text|font|type|typo|fs)[-_](?:caption|footer)$/i.test(name);
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
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'dropdown', 'submenu', 'megamenu', 'modal', 'popup', 'dialog', 'drawer', 'flyout', 'overlay',
  'search', 'cart', 'minicart', 'bag', 'basket', 'checkout', 'login', 'account', 'cookie', 'consent',
]);

/**
 * React's streamed rendering sends parts of the page as `<div hidden id="S:3">` and a script
 * moves each into place (react-stream.ts, at its placeholder `<template id="B:3">`): they are
 * the page's content, shown as soon as it loads.
 */
export const STREAMED_PART = /^S:\d+$/;
export const STREAM_PLACEHOLDER = /^B:\d+$/;

/** A hidden element that is a folded content panel (its own or its parent's words say so), or a streamed part. */
export function isFoldedPanel(el: Element): boolean {
  if (el.attribs.role === 'tabpanel' || STREAMED_PART.test(el.attribs.id ?? '')) return true;
  // An accordion panel names the button that opens it, or follows a button that says it is shut.
  const labelled = el.attribs['aria-labelledby'] !== undefined && !/dialog/i.test(el.attribs.role ?? '') && el.attribs['aria-modal'] === undefined;
  const toggled = labelled || previousElement(el)?.attribs['aria-expanded'] === 'false';
  const parent = el.parent && el.parent.type === 'tag' ? (el.parent as Element) : null;
  const words = [...hintWords(elementHint(el)), ...(parent ? hintWords(elementHint(parent)) : [])];
  return (toggled || words.some((w) => FOLD_WORDS.has(w)) || isHiddenTwin(el)) && !words.some((w) => CHROME_WORDS.has(w));
}

/** How many siblings are looked at for a hidden panel's shown twin. */
const TWIN_REACH = 12;

/**
 * A panel of a set that a script switches between ("templates-list" shown, "templates-list
 * hidden" beside it, one per tab): a sibling of the same tag whose classes are this one's
 * without the hiding class, and which shows.
 */
function isHiddenTwin(el: Element): boolean {
  const cls = el.attribs.class;
  if (cls === undefined || !HIDDEN_CLASS.test(cls)) return false;
  const own = cls.trim().split(/\s+/).filter((c) => !HIDDEN_CLASS.test(` ${c} `));
  if (own.length === 0) return false;
  const key = [...own].sort().join(' ');
  let seen = 0;
  for (const dir of ['prev', 'next'] as const) {
    for (let sib = el[dir]; sib && seen < TWIN_REACH; sib = sib[dir]) {
      if (sib.type !== 'tag') continue;
      seen++;
      const twin = sib as Element;
      if (twin.name !== el.name || twin.attribs.class === undefined || isHidden(twin)) continue;
      if (twin.attribs.class.trim().split(/\s+/).sort().join(' ') === key) return true;
    }
  }
  return false;
}

function previousElement(el: Element): Element | null {
  let prev = el.prev;
  while (prev && prev.type !== 'tag') prev = prev.prev;
  return prev as Element | null;
}
