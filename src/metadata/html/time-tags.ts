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
import { type Candidate, candidate } from './types.js';

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

/**
 * The properties that hang a reply or a review on another item (a question's answers, a post's
 * comments, a product's reviews): the dates inside such an item are the reply's.
 */
const REPLY_PROPS = new Set(['comment', 'comments', 'answer', 'suggestedanswer', 'acceptedanswer', 'review', 'reviews']);

/**
 * Item types that are always a reply: a question's answers, a product's reviews. (A comment
 * may be a thread's opening post: Discourse types every post so.)
 */
const REPLY_TYPE = /schema\.org\/(?:Answer|Review)$/i;

/**
 * Whether `el` is a property of a reply: some item around it hangs on its parent by a
 * REPLY_PROPS property, or is typed as an answer or a review.
 */
export function inReplyItem(el: Element): boolean {
  for (let node = el.parent; node && node.type === 'tag'; node = node.parent) {
    const tag = node as Element;
    if (tag.attribs.itemscope === undefined) continue;
    const type = tag.attribs.itemtype;
    if (type !== undefined && REPLY_TYPE.test(type.trim())) return true;
    if (tag.attribs.itemprop !== undefined && tag.attribs.itemprop.toLowerCase().split(/\s+/).some((p) => REPLY_PROPS.has(p))) return true;
  }
  return false;
}

/** The microdata date property `el` carries, as its source name; null when none. */
function dateProp(el: Element): 'itemprop:datePublished' | 'itemprop:dateCreated' | 'itemprop:dateModified' | null {
  const props = (el.attribs.itemprop ?? '').toLowerCase().split(/\s+/);
  if (props.includes('datepublished')) return 'itemprop:datePublished';
  if (props.includes('datecreated')) return 'itemprop:dateCreated';
  return props.includes('datemodified') ? 'itemprop:dateModified' : null;
}

function itempropCandidate(el: Element): Candidate[] {
  const source = dateProp(el);
  if (source === null || inReplyItem(el)) return [];
  return candidate(source === 'itemprop:dateModified' ? 'modified' : 'date', rawDate(el), source);
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
      if (dateProp(el) !== null) continue; // read as itemprop (or left out with its reply)
      if (!inTeaserContext(el, urls)) out.push(...timeCandidate(el));
    }
    return out;
  } catch {
    return [];
  }
}
