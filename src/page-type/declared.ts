/**
 * What a page says it is: schema.org types in JSON-LD and microdata (`itemtype`), and
 * `og:type`. Publishers declare these for search engines, so they are the strongest and
 * cheapest evidence, when present.
 */
import type { Document } from 'domhandler';
import type { PageType } from '../types.js';
import { jsonLdNodes, typesOf } from '../metadata/html/json-ld.js';
import { indexPage } from '../metadata/html/page-index.js';
import type { PageTypeSignal } from './types.js';

/** schema.org types (lower-case) and the page type each speaks for, with its weight. */
const SCHEMA_TYPES: Readonly<Record<string, readonly [PageType, number]>> = {
  article: ['article', 2],
  newsarticle: ['article', 3],
  blogposting: ['article', 3],
  reportagenewsarticle: ['article', 3],
  opinionnewsarticle: ['article', 3],
  analysisnewsarticle: ['article', 3],
  reviewnewsarticle: ['article', 3],
  scholarlyarticle: ['article', 2],
  techarticle: ['documentation', 2],
  apireference: ['documentation', 3],
  product: ['product', 3],
  productgroup: ['product', 2],
  offer: ['product', 1],
  discussionforumposting: ['forum', 4],
  qapage: ['forum', 4],
  comment: ['forum', 1],
  collectionpage: ['collection', 2],
  itemlist: ['listing', 1],
  offercatalog: ['collection', 2],
  service: ['service', 2],
  professionalservice: ['service', 2],
  financialproduct: ['service', 1],
  course: ['service', 1],
};

/** og:type values and the page type each speaks for. */
const OG_TYPES: Readonly<Record<string, readonly [PageType, number]>> = {
  article: ['article', 1.5],
  'product.group': ['collection', 2],
  product: ['product', 2.5],
  'og:product': ['product', 2.5],
  'product.item': ['product', 2.5],
  book: ['documentation', 0.5],
};

function schemaSignal(source: string, type: string): PageTypeSignal[] {
  const hit = SCHEMA_TYPES[type];
  return hit ? [{ name: `${source}:${type}`, type: hit[0], weight: hit[1] }] : [];
}

/** Each declared type counts once, however often the page repeats it. */
export function declaredSignals(doc: Document): PageTypeSignal[] {
  const seen = new Set<string>();
  const out: PageTypeSignal[] = [];
  const add = (signals: PageTypeSignal[]) => {
    for (const s of signals) if (!seen.has(s.name)) (seen.add(s.name), out.push(s));
  };
  for (const node of jsonLdNodes(doc)) for (const t of typesOf(node)) add(schemaSignal('json-ld', t));
  const index = indexPage(doc);
  for (const el of index.itemtypes) {
    for (const t of (el.attribs.itemtype ?? '').split(/\s+/)) add(schemaSignal('itemtype', t.replace(/^.*[/:#]/, '').toLowerCase()));
  }
  for (const meta of index.metas) {
    if ((meta.attribs.property ?? meta.attribs.name ?? '').toLowerCase() !== 'og:type') continue;
    const value = (meta.attribs.content ?? '').trim().toLowerCase();
    const hit = OG_TYPES[value];
    if (hit) add([{ name: `og:type=${value}`, type: hit[0], weight: hit[1] }]);
  }
  return out;
}
