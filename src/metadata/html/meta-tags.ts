/**
 * Candidates from `<meta>` tags (`name`, `property`, `itemprop`, `http-equiv`), from
 * microdata on elements (`itemprop=headline|author`), and from `<a rel=author>`.
 * Sources are `meta:<key>` (key lower-cased, `dc:` written `dc.`), `itemprop:<name>` and
 * `rel-author`. Which key beats which is decided in select.ts; this table only says which
 * field a key speaks for. Dates on elements are time-tags.ts's.
 */
import type { Document, Element } from 'domhandler';
import { indexPage, textOf } from '../../parse/html/page-index.js';
import { inTeaserContext } from './teaser-context.js';
import { inReplyItem } from './time-tags.js';
import { type Candidate, type HtmlField, candidate, collapse, isBlank } from './types.js';

const KEYS: Readonly<Record<HtmlField, readonly string[]>> = {
  title: ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'citation_title', 'title'],
  date: [
    'article:published_time', 'article:published', 'og:article:published_time', 'og:published_time', 'published_time',
    'parsely-pub-date', 'sailthru.date', 'dc.date', 'dc.date.issued', 'dc.date.created', 'dcterms.issued', 'dcterms.date',
    'dcterms.created', 'citation_publication_date', 'citation_date', 'citation_online_date', 'date', 'pubdate',
    'publishdate', 'publish-date', 'publish_date', 'publication_date', 'datepublished', 'article.published',
  ],
  modified: [
    'article:modified_time', 'og:article:modified_time', 'article:updated_time', 'og:updated_time', 'dcterms.modified',
    'dc.date.modified', 'last-modified', 'datemodified', 'article.updated',
  ],
  author: [
    'author', 'article:author', 'og:article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author',
    'citation_author', 'byl',
  ],
  description: ['description', 'og:description', 'twitter:description', 'dc.description', 'dcterms.description', 'sailthru.description'],
  section: ['article:section', 'og:article:section', 'parsely-section', 'sailthru.section'],
  site: ['og:site_name', 'application-name', 'dc.publisher', 'dcterms.publisher'],
  lang: ['content-language', 'dc.language', 'dcterms.language', 'og:locale'],
  url: ['og:url', 'parsely-link', 'twitter:url'],
};

/** `itemprop` names and the field they speak for (on `<meta>` and, for these two, on elements). */
const ITEMPROPS: Readonly<Record<string, HtmlField>> = {
  headline: 'title',
  author: 'author',
  datepublished: 'date',
  datemodified: 'modified',
  description: 'description',
  inlanguage: 'lang',
  articlesection: 'section',
};
/** itemprop names in their usual spelling, for source names. */
const ITEMPROP_NAMES: Readonly<Record<string, string>> = {
  headline: 'headline', author: 'author', datepublished: 'datePublished', datemodified: 'dateModified',
  description: 'description', inlanguage: 'inLanguage', articlesection: 'articleSection',
};

/** Authors and headlines link to their own pages, so a link around them says nothing. */
const NO_LINKS = { links: false } as const;

const FIELD_OF = new Map<string, HtmlField>();
for (const [field, keys] of Object.entries(KEYS) as [HtmlField, readonly string[]][]) for (const k of keys) FIELD_OF.set(k, field);

/** "DC:Title" -> "dc.title", "dcterms:created" -> "dcterms.created"; `og:` and `article:` keep their colon. */
function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/^(dc|dcterms):/, '$1.');
}

/** Reads parsely-page, a JSON object in a meta tag: {"title", "pub_date", "author", "section", "link"}. */
function parselyPage(content: string): Candidate[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return [];
  }
  if (typeof data !== 'object' || data === null) return [];
  const d = data as Record<string, unknown>;
  const src = 'meta:parsely-page';
  const author = Array.isArray(d.authors) ? d.authors.filter((a) => typeof a === 'string').join(', ') : d.author;
  return [
    ...candidate('title', d.title, src),
    ...candidate('date', d.pub_date, src),
    ...candidate('author', author, src),
    ...candidate('section', d.section, src),
    ...candidate('url', d.link, src),
  ];
}

/**
 * A date key no table lists: one that says "published" ("published-date", "w-published-date")
 * and not "publisher", "modified" or "updated", or a vendor's "<prefix>.date" ("ms.date"). It
 * ranks with the unlisted keys (`meta`), after every named one.
 */
function unlistedDateField(key: string): HtmlField | undefined {
  if (/publish(?!er)/.test(key) && !/modif|updat/.test(key)) return 'date';
  return /^[a-z]+\.date$/.test(key) ? 'date' : undefined;
}

/** `<meta>` candidates; repeated author tags with the same key ("citation_author" per author) become one. */
function metaCandidates(metas: readonly Element[], pageUrls: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  const authors = new Map<string, string[]>();
  const authorSlot = new Map<string, number>();
  for (const meta of metas) {
    const content = meta.attribs.content;
    if (content === undefined || isBlank(content)) continue;
    const { name, property, itemprop } = meta.attribs;
    const httpEquiv = meta.attribs['http-equiv'];
    const keys: [string, HtmlField | undefined][] = [];
    for (const raw of `${name ?? ''} ${property ?? ''}`.split(/\s+/)) {
      if (!raw) continue;
      const key = normaliseKey(raw);
      if (key === 'parsely-page') out.push(...parselyPage(content));
      else keys.push([`meta:${key}`, FIELD_OF.get(key) ?? unlistedDateField(key)]);
    }
    if (httpEquiv && httpEquiv.toLowerCase() === 'content-language') keys.push(['meta:content-language', 'lang']);
    for (const raw of (itemprop ?? '').split(/\s+/)) {
      const key = raw.toLowerCase();
      if (!Object.hasOwn(ITEMPROPS, key)) continue; // not "constructor" and friends
      const field = ITEMPROPS[key];
      // A date in a teaser card (or a link to another page) is that page's date.
      const isDate = field === 'date' || field === 'modified';
      if (!inTeaserContext(meta, pageUrls, isDate ? {} : NO_LINKS)) keys.push([`itemprop:${ITEMPROP_NAMES[key]}`, field]);
    }
    for (const [source, field] of keys) {
      if (!field) continue;
      if (field !== 'author') {
        out.push(...candidate(field, content, source));
        continue;
      }
      const list = authors.get(source);
      if (list) {
        list.push(collapse(content));
        continue;
      }
      authors.set(source, [collapse(content)]);
      authorSlot.set(source, out.length);
      out.push({ field, value: '', source }); // filled in below, in the first tag's place
    }
  }
  for (const [source, list] of authors) {
    const i = authorSlot.get(source) as number;
    out[i] = { field: 'author', value: [...new Set(list)].join(', '), source };
  }
  return out;
}

/** A microdata person's name: its `itemprop=name` (content or text), else its own text. */
function personName(el: Element): string {
  if (el.attribs.itemscope !== undefined) {
    const stack = [...el.children];
    while (stack.length) {
      const node = stack.shift();
      if (!node || node.type !== 'tag') continue;
      if ((node.attribs.itemprop ?? '').toLowerCase().split(/\s+/).includes('name')) {
        return collapse(node.attribs.content ?? textOf(node));
      }
      stack.push(...node.children);
    }
  }
  return collapse(el.attribs.content ?? textOf(el));
}

/** The microdata item a property belongs to: the nearest ancestor with `itemscope` (null: the page). */
function itemOf(el: Element): Element | null {
  for (let node = el.parent; node && node.type === 'tag'; node = node.parent) {
    if ((node as Element).attribs.itemscope !== undefined) return node as Element;
  }
  return null;
}

/**
 * Microdata headline and authors on elements, and rel=author links, outside teaser blocks.
 * Authors come from the first item that names one (an article's co-authors share it; each
 * post of a thread is an item of its own).
 */
function elementCandidates(doc: Document): Candidate[] {
  const index = indexPage(doc);
  const out: Candidate[] = [];
  const authors: string[] = [];
  let authorsItem: Element | null = null;
  for (const el of index.itemprops) {
    const props = (el.attribs.itemprop ?? '').toLowerCase().split(/\s+/);
    const isHeadline = props.includes('headline');
    const isAuthor = props.includes('author');
    if ((!isHeadline && !isAuthor) || inTeaserContext(el, [], NO_LINKS)) continue;
    if (isHeadline && !out.some((c) => c.source === 'itemprop:headline')) {
      out.push(...candidate('title', el.attribs.content ?? textOf(el), 'itemprop:headline'));
    }
    // A reply's author (an answer's, a review's, one hung on a post as its comment) is not the page's.
    if (isAuthor && !inReplyItem(el)) {
      // One item's authors: a thread's posts are items of their own, each with its poster.
      const item = itemOf(el);
      if (authors.length && item !== authorsItem) continue;
      authorsItem = item;
      const name = personName(el);
      if (name && !authors.includes(name)) authors.push(name);
    }
  }
  if (authors.length) out.push(...candidate('author', authors.join(', '), 'itemprop:author'));
  const relAuthors: string[] = [];
  for (const a of index.relAuthors) {
    const name = collapse(textOf(a));
    if (name && !relAuthors.includes(name) && !inTeaserContext(a, [], NO_LINKS)) relAuthors.push(name);
  }
  if (relAuthors.length) out.push(...candidate('author', relAuthors.join(', '), 'rel-author'));
  return out;
}

export interface MetaTagOptions {
  /** URLs of the page itself (input URL, canonical): links to them are not "elsewhere". */
  pageUrls?: readonly string[];
}

export function metaTagCandidates(doc: Document, opts: MetaTagOptions = {}): Candidate[] {
  try {
    return [...metaCandidates(indexPage(doc).metas, opts.pageUrls ?? []), ...elementCandidates(doc)];
  } catch {
    return [];
  }
}
