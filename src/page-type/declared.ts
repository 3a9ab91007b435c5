/**
 * What a page says it is: schema.org types in JSON-LD and microdata (`itemtype`), and
 * `og:type`. Publishers declare these for search engines, so they are strong and cheap
 * evidence when present. Nested nodes count too: a category page lists its products as
 * Product nodes inside an ItemList, a thread nests its replies as Comment nodes.
 */
import type { Document } from 'domhandler';
import { parsedJsonLd } from '../metadata/html/json-ld.js';
import { indexPage } from '../parse/html/page-index.js';
import { DECLARED_CONCEPTS, OG_GROUPS, SCHEMA_GROUPS, type DeclaredConcept } from './vocabulary/markup.js';
import { sat, type Features } from './feature-set.js';

const SCHEMA_INDEX: ReadonlyMap<string, DeclaredConcept> = new Map(
  DECLARED_CONCEPTS.flatMap((c) => SCHEMA_GROUPS[c].map((t) => [t, c] as const)),
);
const OG_INDEX: ReadonlyMap<string, DeclaredConcept> = new Map(
  DECLARED_CONCEPTS.flatMap((c) => (OG_GROUPS[c] ?? []).map((t) => [t, c] as const)),
);

/** Concepts whose number of nodes matters: one product is a product page, twenty are a grid. */
const COUNTED: readonly DeclaredConcept[] = ['product', 'offer', 'itemlist', 'forum', 'comment', 'article', 'rating'];

/** Bounds on the JSON walk: declarations sit near the top, and a huge graph says no more. */
const MAX_DEPTH = 8;
const MAX_NODES = 3000;

type Counts = Map<DeclaredConcept, number>;

function typeName(value: string): string {
  return value.replace(/^.*[/:#]/, '').toLowerCase();
}

function countType(raw: unknown, counts: Counts): void {
  const list = Array.isArray(raw) ? raw : [raw];
  for (const t of list) {
    if (typeof t !== 'string') continue;
    const concept = SCHEMA_INDEX.get(typeName(t));
    if (concept) counts.set(concept, (counts.get(concept) ?? 0) + 1);
  }
}

/** Every `@type` in a parsed JSON-LD value, depth-first, within the bounds. */
function walkJson(root: unknown, counts: Counts): void {
  const stack: [unknown, number][] = [[root, 0]];
  let seen = 0;
  while (stack.length && seen < MAX_NODES) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object') continue;
    seen++;
    if (Array.isArray(value)) {
      for (const v of value) stack.push([v, depth + 1]);
      continue;
    }
    const obj = value as Record<string, unknown>;
    if (obj['@type'] !== undefined) countType(obj['@type'], counts);
    for (const key in obj) if (key !== '@context') stack.push([obj[key], depth + 1]);
  }
}

export function declaredFeatures(doc: Document, out: Features): void {
  const index = indexPage(doc);
  const counts: Counts = new Map();
  for (const script of index.jsonLd) walkJson(parsedJsonLd(script), counts);
  for (const el of index.itemtypes) countType((el.attribs.itemtype ?? '').split(/\s+/), counts);
  for (const [concept, n] of counts) {
    out.set(`schema:${concept}`, 1);
    if (COUNTED.includes(concept) && n > 1) out.set(`schema:${concept}:many`, sat(n - 1, 4));
  }
  for (const meta of index.metas) {
    if ((meta.attribs.property ?? meta.attribs.name ?? '').toLowerCase() !== 'og:type') continue;
    const concept = OG_INDEX.get((meta.attribs.content ?? '').trim().toLowerCase());
    if (concept) out.set(`og:${concept}`, 1);
  }
}
