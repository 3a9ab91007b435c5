/**
 * Where a page's links go and what it asks the reader to fill in: a grid links to many
 * product addresses, an index to many article slugs, a thread's index to threads, a manual
 * to sections of itself (`#fragment`); a business links its phone (`tel:`) and offers a
 * contact form, a shop a quantity field and variant pickers, a category filter checkboxes.
 */
import type { Document } from 'domhandler';
import { indexPage } from '../parse/html/page-index.js';
import { PATH_CONCEPTS, PATH_WORDS, type PathConcept } from './vocabulary/markup.js';
import { sat, type Features } from './feature-set.js';

const PATH_INDEX: ReadonlyMap<string, readonly PathConcept[]> = (() => {
  const index = new Map<string, PathConcept[]>();
  for (const c of PATH_CONCEPTS) for (const w of PATH_WORDS[c]) index.set(w, [...(index.get(w) ?? []), c]);
  return index;
})();

/** Enough links to see what a page lists; huge pages say no more with the rest. */
const MAX_LINKS = 250;
/** A slug of this many words names one piece of content. */
const SLUG_WORDS = 4;

export type LinkKind = PathConcept | 'slug' | 'fragment' | 'tel' | 'mailto';
const HALF: Readonly<Record<LinkKind, number>> = {
  product: 8, collection: 8, forum: 8, docs: 8, service: 5, post: 8, index: 5, slug: 12, fragment: 8, tel: 1, mailto: 1,
};

/** The path of an address, lower case, without scheme, host, query and fragment. */
function pathOf(href: string): string {
  let start = 0;
  const scheme = href.indexOf('//');
  if (scheme >= 0 && scheme <= 6) {
    const slash = href.indexOf('/', scheme + 2);
    if (slash < 0) return '';
    start = slash;
  }
  let end = href.length;
  for (const mark of ['?', '#']) {
    const at = href.indexOf(mark, start);
    if (at >= 0 && at < end) end = at;
  }
  return href.slice(start, end).toLowerCase();
}

export function kindsOf(href: string, out: Set<LinkKind>): void {
  const first = href.charCodeAt(0);
  if (first === 35 /* # */) {
    if (href.length > 2) out.add('fragment');
    return;
  }
  if (first === 116 || first === 84 ? /^tel:/i.test(href) : false) return void out.add('tel');
  if (first === 109 || first === 77 ? /^mailto:/i.test(href) : false) return void out.add('mailto');
  const path = pathOf(href);
  // The path's segments walked by their bounds, not split into a list: a page's links run to
  // hundreds, and only the short segments are looked up (and the last one or two kept).
  let lastStart = 0;
  let lastEnd = 0;
  let beforeStart = 0;
  let beforeEnd = 0;
  let count = 0;
  for (let from = 0; ; ) {
    const slash = path.indexOf('/', from);
    const end = slash < 0 ? path.length : slash;
    if (end > from && end - from <= 20) {
      const segment = path.slice(from, end);
      // Only a segment with a dot can lose a file extension ("products.html").
      const concepts = PATH_INDEX.get(segment) ?? (segment.includes('.') ? PATH_INDEX.get(segment.replace(/\.(?:html?|php|aspx?)$/, '')) : undefined);
      if (concepts) for (const c of concepts) out.add(c);
    }
    beforeStart = lastStart;
    beforeEnd = lastEnd;
    lastStart = from;
    lastEnd = end;
    count++;
    if (slash < 0) break;
    from = slash + 1;
  }
  // The last segment, or the one before a final slash.
  const last = lastEnd > lastStart ? path.slice(lastStart, lastEnd) : count >= 2 && beforeEnd > beforeStart ? path.slice(beforeStart, beforeEnd) : '';
  if (last.length >= 15 && slugWords(last) >= SLUG_WORDS) out.add('slug');
  else if (/\/(?:19|20)\d{2}\/\d{1,2}\//.test(path)) out.add('slug');
}

/** How many pieces of a path segment between dashes, underscores and pluses hold a letter a-z: last.split(/[-_+]+/).filter((w) => /[a-z]/.test(w)).length, without the pieces. */
export function slugWords(segment: string): number {
  let words = 0;
  let letter = false;
  for (let k = 0; k <= segment.length; k++) {
    const c = k < segment.length ? segment.charCodeAt(k) : 45;
    if (c === 45 || c === 95 || c === 43) {
      if (letter) words++;
      letter = false;
    } else if (c >= 97 && c <= 122) letter = true;
  }
  return words;
}

export function linkFeatures(doc: Document, out: Features): void {
  const index = indexPage(doc);
  const seen = new Set<string>();
  const counts = new Map<LinkKind, number>();
  const kinds = new Set<LinkKind>();
  for (let i = 0; i < index.anchors.length && i < MAX_LINKS; i++) {
    const href = (index.anchors[i].attribs.href ?? '').trim();
    if (href === '' || seen.has(href)) continue;
    seen.add(href);
    kinds.clear();
    kindsOf(href, kinds);
    for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const [kind, n] of counts) out.set(`links:${kind}`, sat(n, HALF[kind]));
  out.set('links:distinct', sat(seen.size, 100));

  let checkboxes = 0, selects = 0, contact = 0, quantity = 0;
  for (const field of index.fields) {
    const type = (field.attribs.type ?? '').toLowerCase();
    const name = `${field.attribs.name ?? ''} ${field.attribs.id ?? ''}`.toLowerCase();
    if (type === 'hidden') continue;
    if (type === 'checkbox' || type === 'radio') checkboxes++;
    else if (field.name === 'select') selects++;
    else if (field.name === 'textarea' || type === 'email' || type === 'tel') contact++;
    if (type === 'number' || /\b(?:qty|quantity|menge|quantit)/.test(name)) quantity++;
  }
  out.set('form:choices', sat(checkboxes, 6));
  out.set('form:selects', sat(selects, 2));
  out.set('form:contact', sat(contact, 1));
  out.set('form:quantity', sat(quantity, 1));
  out.set('html:images', sat(index.images.length, 20));
}
