/**
 * Candidates from JSON-LD (`<script type="application/ld+json">`). Every block is read,
 * arrays and `@graph` are flattened, `@id` references (an author or publisher given
 * elsewhere in the graph) are resolved. Article-like nodes give `json-ld:<property>`;
 * a `WebPage` is only a fallback and gives `json-ld-page:<property>`; a `WebSite` gives
 * its name as `json-ld-site:name`. A block that is not valid JSON gives nothing.
 */
import type { Document, Element } from 'domhandler';
import { indexPage, jsonLdText } from '../../parse/html/page-index.js';
import { type Candidate, candidate, collapse, isBlank } from './types.js';

/** schema.org Article and its subtypes (lower-case, without the vocabulary prefix). */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'blogposting', 'report', 'reportagenewsarticle', 'analysisnewsarticle',
  'opinionnewsarticle', 'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle',
  'techarticle', 'scholarlyarticle', 'socialmediaposting', 'liveblogposting', 'satiricalarticle',
  'advertisercontentarticle',
  // A thread's opening post and a Q&A page's question: their author started the page.
  'discussionforumposting', 'question',
]);
const PAGE_TYPES = new Set(['webpage']);
const SITE_TYPES = new Set(['website']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses a JSON-LD block, forgiving the commonest faults: HTML comment or CDATA wrappers, raw newlines in strings, trailing commas. */
export function parseJsonLd(text: string): unknown {
  const body = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '')
    .trim();
  if (!body) return undefined;
  const attempts = [
    (s: string) => s,
    (s: string) => s.replace(/[\u0000-\u001f]+/g, ' '),
    (s: string) => s.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'),
  ];
  for (const fix of attempts) {
    try {
      return JSON.parse(fix(body));
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

/** Type names of a node, lower-case, vocabulary prefix dropped ("https://schema.org/NewsArticle" -> "newsarticle"). */
export function typesOf(node: Json): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, '').toLowerCase());
}

/** Nodes in document order: top-level values, arrays, `@graph` and a page's `mainEntity`. */
function flatten(value: unknown, out: Json[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  out.push(value);
  if (value['@graph'] !== undefined) flatten(value['@graph'], out, depth + 1);
  // An FAQ's questions are its items, not the page's subject (a Q&A page's one question is).
  const faq = typesOf(value).includes('faqpage');
  if (!faq && (isObject(value.mainEntity) || Array.isArray(value.mainEntity))) flatten(value.mainEntity, out, depth + 1);
}

/** A reference `{ "@id": ... }` replaced by the node it names, when the graph holds it. */
function resolve(value: unknown, ids: ReadonlyMap<string, Json>): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length <= 2) {
    return ids.get(value['@id']) ?? value;
  }
  return value;
}

/**
 * A plain string value: a string, the first string of an array, or a `{ "@value": ... }`.
 * Script text is not entity-decoded by the parser; the references some sites put in their
 * JSON-LD strings ("&#8216;The Medium&#8217;") are decoded by candidate(), like a meta tag's.
 */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return undefined;
  if (Array.isArray(value)) return value.map(text).find((v) => v !== undefined && !isBlank(v));
  if (isObject(value) && typeof value['@value'] === 'string') return value['@value'];
  return undefined;
}

const looksLikeUrl = (s: string) => /^(?:https?:)?\/\/|^www\.|^[\w.-]+\.[a-z]{2,}\/\S*$/i.test(s.trim());

/** Names of a person or organisation value: a string, an object with a name, or an array of them. URLs are not names. */
function names(value: unknown, ids: ReadonlyMap<string, Json>, depth = 0): string[] {
  if (depth > 3) return [];
  const v = resolve(value, ids);
  if (typeof v === 'string') return looksLikeUrl(v) || isBlank(v) ? [] : [collapse(v)];
  if (Array.isArray(v)) return v.flatMap((x) => names(x, ids, depth + 1));
  if (!isObject(v)) return [];
  const name = text(v.name);
  if (name !== undefined) return names(name, ids, depth + 1);
  const parts = [text(v.givenName), text(v.familyName)].filter((p): p is string => Boolean(p));
  return parts.length ? [collapse(parts.join(' '))] : [];
}

/** An absolute URL from a string, `{ "@id" }` or `{ "url" }`. */
function urlOf(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v === 'string') return /^https?:\/\//i.test(v.trim()) ? v.trim() : undefined;
  if (isObject(v)) return urlOf(v['@id']) ?? urlOf(v.url);
  return undefined;
}

function nodeCandidates(node: Json, prefix: string, ids: ReadonlyMap<string, Json>): Candidate[] {
  const out: Candidate[] = [
    ...candidate('title', text(node.headline), `${prefix}:headline`),
    ...candidate('title', text(node.name), `${prefix}:name`),
    ...candidate('date', text(node.datePublished), `${prefix}:datePublished`),
    ...candidate('date', text(node.dateCreated), `${prefix}:dateCreated`),
    ...candidate('modified', text(node.dateModified), `${prefix}:dateModified`),
    ...candidate('description', text(node.description), `${prefix}:description`),
    ...candidate('section', text(node.articleSection), `${prefix}:articleSection`),
    ...candidate('lang', text(node.inLanguage), `${prefix}:inLanguage`),
    ...candidate('url', urlOf(node.url) ?? urlOf(node.mainEntityOfPage), `${prefix}:url`),
  ];
  const authors = [...new Set(names(node.author, ids))];
  if (authors.length) out.push(...candidate('author', authors.join(', '), `${prefix}:author`));
  const publisher = names(node.publisher, ids)[0];
  out.push(...candidate('site', publisher, `${prefix}:publisher`));
  return out;
}

/** The parsed JSON-LD nodes of a page, flattened, in document order. Bad blocks are skipped. */
export function jsonLdNodes(doc: Document): Json[] {
  const nodes: Json[] = [];
  for (const script of indexPage(doc).jsonLd) flatten(parsedJsonLd(script), nodes);
  return nodes;
}

const parsed = new WeakMap<Element, { value: unknown }>();

/**
 * A JSON-LD element's value, parsed once however many readers ask (the page type, the
 * metadata, a product's description): a news page's JSON-LD runs to tens of kilobytes.
 * Readers never change it.
 */
export function parsedJsonLd(el: Element): unknown {
  let known = parsed.get(el);
  if (known === undefined) parsed.set(el, (known = { value: parseJsonLd(jsonLdText(el)) }));
  return known.value;
}

export function jsonLdCandidates(doc: Document): Candidate[] {
  try {
    const nodes = jsonLdNodes(doc);
    const ids = new Map<string, Json>();
    for (const n of nodes) if (typeof n['@id'] === 'string' && !ids.has(n['@id'])) ids.set(n['@id'], n);
    const out: Candidate[] = [];
    for (const node of nodes) {
      const types = typesOf(node);
      if (types.some((t) => ARTICLE_TYPES.has(t))) out.push(...nodeCandidates(node, 'json-ld', ids));
      else if (types.some((t) => PAGE_TYPES.has(t))) out.push(...nodeCandidates(node, 'json-ld-page', ids));
      else if (types.some((t) => SITE_TYPES.has(t))) out.push(...candidate('site', text(node.name), 'json-ld-site:name'));
    }
    return out;
  } catch {
    return [];
  }
}
