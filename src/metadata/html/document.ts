/**
 * Candidates from the document itself: `<html lang>` (`document:lang`), `<link
 * rel=canonical>` (`document:canonical`), the `<title>` text (`document:title`) and the
 * page's `<h1>` headings outside teaser blocks (`document:h1`, used by title.ts to confirm
 * which part of the `<title>` is the headline).
 */
import type { Document, Element } from 'domhandler';
import { hasWord, indexPage, isElement, textOf } from '../../parse/html/page-index.js';
import { inTeaserContext } from './teaser-context.js';
import { type Candidate, candidate } from './types.js';

/** More h1s than this is a listing page's card titles, not one headline. */
const MAX_H1 = 3;

export function documentCandidates(doc: Document): Candidate[] {
  try {
    const index = indexPage(doc);
    const out: Candidate[] = [];
    const html = index.html;
    if (html) out.push(...candidate('lang', html.attribs.lang ?? html.attribs['xml:lang'], 'document:lang'));
    const canonical = index.links.find((l) => hasWord(l.attribs.rel, 'canonical') && l.attribs.href);
    if (canonical) out.push(...candidate('url', canonical.attribs.href, 'document:canonical'));
    const title = index.titles[0];
    if (title) out.push(...candidate('title', textOf(title), 'document:title'));
    const h1s = index.h1s.filter((h) => !inTeaserContext(h, [], { links: false }) && !isHomeLink(h));
    if (h1s.length <= MAX_H1) for (const h of h1s) out.push(...candidate('title', textOf(h), 'document:h1'));
    return out;
  } catch {
    return [];
  }
}

/** The path of a link to a site's front page: "/", "./", "../index.html", "index.php". */
const HOME_PATH = /^(?:\.{0,2}\/)*(?:index\.\w+)?$/i;

/**
 * An h1 that is wholly a link to the site's front page is the site's name set as a logo
 * ("<h1><a href="../index.html">Project Documentation</a></h1>"), not the page's headline.
 */
function isHomeLink(h1: Element): boolean {
  const links = h1.children.filter((c): c is Element => isElement(c) && c.name === 'a');
  if (links.length !== 1 || textOf(links[0]) !== textOf(h1)) return false;
  const href = (links[0].attribs.href ?? '').trim().replace(/[?#].*$/, '');
  if (HOME_PATH.test(href) && href !== '') return true;
  try {
    return /^\/?(?:index\.\w+)?$/i.test(new URL(href).pathname);
  } catch {
    return false;
  }
}

/**
 * The URLs that name this page: the input URL, the canonical link and og:url, absolute
 * (relative ones resolved against the input URL), without duplicates.
 */
export function pageUrls(doc: Document, inputUrl?: string | null): string[] {
  const raw: string[] = [];
  if (inputUrl) raw.push(inputUrl);
  try {
    const index = indexPage(doc);
    const canonical = index.links.find((l) => hasWord(l.attribs.rel, 'canonical'))?.attribs.href;
    if (canonical) raw.push(canonical);
    const ogUrl = index.metas.find((m) => (m.attribs.property ?? m.attribs.name ?? '').toLowerCase() === 'og:url')?.attribs.content;
    if (ogUrl) raw.push(ogUrl);
  } catch {
    // no index, no URLs from the page
  }
  const out: string[] = [];
  for (const r of raw) {
    const abs = absoluteUrl(r, inputUrl);
    if (abs && !out.includes(abs)) out.push(abs);
  }
  return out;
}

/**
 * An absolute http(s) URL, resolving a relative one against `base`; null when neither works.
 * An address escaped whole (`https://host%2Fposts%2F2025-12-15%2Bslug`, a template's
 * double escaping) is read unescaped when it is no URL as it stands.
 */
export function absoluteUrl(raw: string, base?: string | null): string | null {
  const text = raw.trim();
  if (!text) return null;
  const unescaped = () => new URL(/^https?:\/\/[^/]*%2f/i.test(text) ? decodeURIComponent(text) : text);
  for (const make of [() => new URL(text), unescaped, () => new URL(text, base ?? undefined)]) {
    try {
      const url = make();
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      // relative, or a bad base: try the next way
    }
  }
  return null;
}
