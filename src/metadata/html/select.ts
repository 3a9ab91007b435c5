/**
 * HTML metadata: every source's candidates, then one ordered precedence list per field,
 * most reliable first (htmldate's order for dates: JSON-LD, meta tags, microdata, `<time>`,
 * visible text, URL). The first candidate that survives normalisation wins. Published and
 * modified dates are separate fields and never stand in for each other; a field no source
 * gives stays null. Pure and never throws.
 */
import type { Document } from 'domhandler';
import { documentCandidates, pageUrls } from './document.js';
import { jsonLdCandidates } from './json-ld.js';
import { metaTagCandidates } from './meta-tags.js';
import { normaliseAuthor, normaliseDate, normaliseLang, normaliseSection, normaliseText, normaliseUrl } from './normalise.js';
import { timeTagCandidates } from './time-tags.js';
import { pickTitle } from './title.js';
import { type Candidate, type HtmlField, type HtmlMetadata, candidate } from './types.js';
import { urlDateCandidates } from './url-date.js';
import { packedMap } from '../../packed.js';

/**
 * Sources per field, most reliable first. An entry matches a source exactly or as its
 * prefix before a `:` (`meta` matches every `meta:<key>` not listed earlier); candidates
 * of one entry keep page order. A source not listed for a field is never used for it.
 * `title` lists the metadata titles; title.ts weighs them against `<title>` and h1.
 */
export const PRECEDENCE: Readonly<Record<HtmlField, readonly string[]>> = {
  title: [
    // Dublin Core before Open Graph (Readability's order): dc.title is a deliberate, bibliographic
    // declaration, og:title a sharing headline that is sometimes rewritten for clicks.
    'json-ld:headline', 'meta:dc.title', 'meta:dcterms.title', 'meta:og:title', 'meta:parsely-title', 'meta:parsely-page',
    'meta:twitter:title', 'meta:citation_title', 'meta:sailthru.title', 'itemprop:headline', 'json-ld:name', 'meta',
    'json-ld-page:headline', 'json-ld-page:name',
  ],
  date: [
    'json-ld:datePublished', 'meta:article:published_time', 'meta:og:article:published_time', 'meta:parsely-pub-date',
    'meta:parsely-page', 'meta:sailthru.date', 'meta:dc.date.issued', 'meta:dcterms.issued', 'meta:citation_publication_date',
    'meta', 'json-ld:dateCreated', 'json-ld-page:datePublished', 'itemprop:datePublished', 'itemprop:dateCreated', 'time:pubdate', 'time', 'visible',
    'url',
  ],
  modified: ['json-ld:dateModified', 'meta:article:modified_time', 'meta', 'json-ld-page:dateModified', 'itemprop:dateModified', 'time'],
  author: [
    'json-ld:author', 'meta:author', 'meta:article:author', 'meta:parsely-author', 'meta:parsely-page', 'meta:sailthru.author',
    'meta:dc.creator', 'meta:dcterms.creator', 'meta:citation_author', 'meta', 'json-ld-page:author', 'itemprop:author',
    'byline', 'rel-author',
  ],
  description: [
    'json-ld:description', 'meta:og:description', 'meta:description', 'meta:twitter:description', 'meta',
    'json-ld-page:description', 'itemprop:description',
  ],
  section: ['json-ld:articleSection', 'meta:article:section', 'meta', 'json-ld-page:articleSection', 'itemprop:articleSection'],
  site: ['meta:og:site_name', 'json-ld:publisher', 'json-ld-site:name', 'json-ld-page:publisher', 'meta'],
  lang: ['document:lang', 'json-ld:inLanguage', 'meta', 'itemprop:inLanguage', 'json-ld-page:inLanguage'],
  url: ['document:canonical', 'meta:og:url', 'json-ld:url', 'meta', 'json-ld-page:url', 'input'],
};

function rankOf(source: string, entries: readonly string[]): number {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (source === e || source.startsWith(`${e}:`)) return i;
  }
  return -1;
}

/** The field's candidates that its precedence list admits, best first (page order within an entry). */
export function ranked(candidates: readonly Candidate[], field: HtmlField): Candidate[] {
  const entries = PRECEDENCE[field];
  // A loop, not a chain of filter and map, whose arrays changed kind once it was optimised (see packed.ts).
  const admitted: { c: Candidate; i: number; rank: number }[] = [];
  let i = 0;
  for (const c of candidates) {
    if (c.field !== field) continue;
    const rank = rankOf(c.source, entries);
    if (rank >= 0) admitted.push({ c, i, rank });
    i++;
  }
  return packedMap(
    admitted.sort((a, b) => a.rank - b.rank || a.i - b.i),
    (x) => x.c,
  );
}

export interface HtmlMetadataOptions {
  /** Reference time for date plausibility (dates after it are rejected). The library never reads the clock. */
  now?: Date;
  /** The page's URL, when the input names it (a WARC record, a crawl). */
  url?: string | null;
  /** A date the rules found printed near the title, as written. */
  visibleDate?: string | null;
  /** A byline the rules found ("By Jane Doe"), as written. */
  byline?: string | null;
}

const EMPTY_FIELDS = {
  title: null, date: null, modified: null, author: null, description: null, section: null, site: null, lang: null, url: null,
} as const;

/** Every candidate of every source, in source order. */
export function htmlCandidates(doc: Document, opts: HtmlMetadataOptions = {}): Candidate[] {
  const urls = pageUrls(doc, opts.url);
  return [
    ...jsonLdCandidates(doc),
    ...metaTagCandidates(doc, { pageUrls: urls }),
    ...documentCandidates(doc),
    ...timeTagCandidates(doc, { url: opts.url }),
    ...candidate('date', opts.visibleDate, 'visible'),
    ...candidate('author', opts.byline, 'byline'),
    ...urlDateCandidates([opts.url, ...urls], { now: opts.now }),
    ...candidate('url', opts.url, 'input'),
  ];
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

export function htmlMetadata(doc: Document, opts: HtmlMetadataOptions = {}): HtmlMetadata {
  let candidates: Candidate[] = [];
  try {
    candidates = htmlCandidates(doc, opts);
    const sources: Partial<Record<HtmlField, string>> = {};
    const pick = (field: HtmlField, normalise: (raw: string) => string | null): string | null => {
      for (const c of ranked(candidates, field)) {
        const value = normalise(c.value);
        if (value) {
          sources[field] = c.source;
          return value;
        }
      }
      return null;
    };

    const url = pick('url', (raw) => normaliseUrl(raw, opts.url));
    const site = pick('site', normaliseText);
    const siteNames = candidates.filter((c) => c.field === 'site').map((c) => c.value);
    // The site's own name as the author (JSON-LD's author an Organization, a CMS default) is the
    // publisher: a person another source names comes first, and the site only when none does.
    const sites = new Set(siteNames.map((name) => name.trim().toLowerCase()));
    const isSite = (name: string) => sites.has(name.toLowerCase());
    // "Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal": the site's name after the
    // names is the outlet, not a second author.
    const withoutSite = (value: string) => value.split(', ').filter((name, i) => i === 0 || !isSite(name)).join(', ');
    const author = pick('author', (raw) => {
      const value = normaliseAuthor(raw);
      return value && isSite(value) ? null : value && withoutSite(value);
    }) ?? pick('author', normaliseAuthor);
    const title = pickTitle({
      documentTitle: candidates.find((c) => c.source === 'document:title')?.value ?? null,
      metaTitles: ranked(candidates, 'title'),
      h1s: candidates.filter((c) => c.source === 'document:h1').map((c) => c.value),
      siteNames,
      host: hostOf(url) ?? hostOf(opts.url),
      authors: author ? author.split(', ') : [],
    });
    if (title) sources.title = title.source;

    return {
      title: title?.value ?? null,
      date: pick('date', (raw) => normaliseDate(raw, opts.now)),
      modified: pick('modified', (raw) => normaliseDate(raw, opts.now)),
      author,
      description: pick('description', normaliseText),
      section: pick('section', normaliseSection),
      site,
      lang: pick('lang', normaliseLang),
      url,
      sources,
      candidates,
    };
  } catch {
    return { ...EMPTY_FIELDS, sources: {}, candidates };
  }
}
