/**
 * Candidates from dates marked up in the page body: `<time>` elements and elements with
 * `itemprop=datePublished|dateModified`. Those inside blocks about other pages (related and
 * teaser cards, sidebars, comments, nav, the site footer, links to other pages) are
 * skipped: their dates are the other pages' dates.
 *
 * Sources: `itemprop:datePublished` / `itemprop:dateModified`; `time:pubdate` for a `<time>`
 * that says it is the publication date (the `pubdate` attribute or a "published" class);
 * `time` for any other. A `<time>` whose class says "updated"/"modified" offers `modified`.
 */
import type { Document, Element } from 'domhandler';
import { pageUrls } from './document.js';
import { indexPage, textOf } from '../../parse/html/page-index.js';
import { hintWords, inTeaserContext } from './teaser-context.js';
import { type Candidate, type HtmlField, candidate } from './types.js';

const PUBLISHED_WORDS = new Set(['published', 'publish', 'pubdate', 'publication', 'posted', 'created', 'entry']);
const MODIFIED_WORDS = new Set(['updated', 'update', 'modified', 'lastmod', 'revised']);

/** The date a dated element states: its machine-readable attribute first, else its text. */
function rawDate(el: Element): string {
  return el.attribs.datetime ?? el.attribs.content ?? textOf(el);
}

function timeCandidate(el: Element): Candidate[] {
  const words = hintWords(el);
  if (words.some((w) => MODIFIED_WORDS.has(w))) return candidate('modified', rawDate(el), 'time');
  const marked = el.attribs.pubdate !== undefined || words.some((w) => PUBLISHED_WORDS.has(w));
  return candidate('date', rawDate(el), marked ? 'time:pubdate' : 'time');
}

function itempropCandidate(el: Element): Candidate[] {
  const props = (el.attribs.itemprop ?? '').toLowerCase().split(/\s+/);
  const field: HtmlField | null = props.includes('datepublished') ? 'date' : props.includes('datemodified') ? 'modified' : null;
  if (!field) return [];
  return candidate(field, rawDate(el), field === 'date' ? 'itemprop:datePublished' : 'itemprop:dateModified');
}

export interface TimeTagOptions {
  /** The page's own URL, if known: a `<time>` inside a link to it is still this page's. */
  url?: string | null;
}

export function timeTagCandidates(doc: Document, opts: TimeTagOptions = {}): Candidate[] {
  try {
    const index = indexPage(doc);
    const urls = pageUrls(doc, opts.url);
    const out: Candidate[] = [];
    // itemprop dates first: they are the page's microdata; plain <time>s follow in page order.
    for (const el of index.itemprops) if (!inTeaserContext(el, urls)) out.push(...itempropCandidate(el));
    for (const el of index.times) {
      if (el.attribs.itemprop !== undefined && itempropCandidate(el).length) continue; // already read as itemprop
      if (!inTeaserContext(el, urls)) out.push(...timeCandidate(el));
    }
    return out;
  } catch {
    return [];
  }
}
