/**
 * The page's parts as its markup names them: for every region the concepts its own hint
 * names (memoised per distinct hint) and those of it and its ancestors, and for every block
 * its innermost region and whether it sits in site furniture (header, footer, menus) whose
 * words say nothing about this page. Computed once, read by markup, structure and text cues.
 */
import type { Block } from '../types.js';
import type { Region } from '../parse/html/html-blocks.js';
import { hintMemo } from '../parse/html/element.js';
import { escapeRegExp } from '../rules/label.js';
import { CHROME_CLASS_PREFIXES, CHROME_CLASS_STARTS, CHROME_ROLES, CHROME_TAGS, MARKUP_CONCEPTS, MARKUP_WORDS, type MarkupConcept } from './vocabulary/markup.js';

export interface Layout {
  /** Concept bits each region's own hint names. */
  readonly own: Int32Array;
  /** Concept bits of the region and all its ancestors. */
  readonly within: Int32Array;
  /** Each block's innermost region (-1 when none). */
  readonly inner: Int32Array;
  /** 1 for a region that is site furniture or inside it. */
  readonly chromeRegion: Uint8Array;
  /** 1 for a block inside site furniture. */
  readonly chrome: Uint8Array;
}

export const bit = (concept: MarkupConcept): number => 1 << MARKUP_CONCEPTS.indexOf(concept);

/** class word (or hyphen-joined run of words) -> bit mask of concepts. */
const WORD_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  MARKUP_CONCEPTS.forEach((concept, i) => {
    for (const word of MARKUP_WORDS[concept]) bits.set(word, (bits.get(word) ?? 0) | (1 << i));
  });
  return bits;
})();

/** First words of the hyphenated entries: only these start a run worth looking up. */
const RUN_STARTS: ReadonlySet<string> = new Set([...WORD_BITS.keys()].filter((w) => w.includes('-')).map((w) => w.split('-')[0]));

const CHROME_NAME = new RegExp(
  `^(?:(?:${CHROME_CLASS_PREFIXES.map(escapeRegExp).join('|')})[-_]+)?(?:${CHROME_CLASS_STARTS.map(escapeRegExp).join('|')})(?:$|[-_])`,
  'i',
);
const ROLE = /\[role=([^\]]+)\]/;

/** The class, id, role and itemprop words of a hint, camel case split (`addToCart`: add, to, cart). */
function classWords(hint: string): string[] {
  const at = hint.search(/[.#[]/);
  if (at < 0) return [];
  const rest = hint.slice(at);
  const split = /[A-Z]/.test(rest) ? rest.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : rest;
  return split.split(/[^a-z0-9]+/).filter((w) => w !== '');
}

/** Concepts an element's hint names: its words, and runs of two and three (`add-to-cart`). */
function hintBits(hint: string): number {
  const words = classWords(hint);
  let bits = 0;
  for (let i = 0; i < words.length; i++) {
    bits |= WORD_BITS.get(words[i]) ?? 0;
    if (!RUN_STARTS.has(words[i])) continue;
    if (i + 1 < words.length) bits |= WORD_BITS.get(`${words[i]}-${words[i + 1]}`) ?? 0;
    if (i + 2 < words.length) bits |= WORD_BITS.get(`${words[i]}-${words[i + 1]}-${words[i + 2]}`) ?? 0;
  }
  return bits;
}

/** Any furniture word anywhere in a hint: most hints have none and need no closer look. */
const CHROME_ANYWHERE = new RegExp(
  `role=|${CHROME_CLASS_STARTS.map((w) => (w.length <= 3 ? `(?<![a-z])${escapeRegExp(w)}(?![a-z])` : escapeRegExp(w))).join('|')}`,
  'i',
);

/** A class or id name, or the ARIA role, says furniture. */
function namesChrome(hint: string): boolean {
  if (!CHROME_ANYWHERE.test(hint)) return false;
  const role = ROLE.exec(hint)?.[1];
  if (role && CHROME_ROLES.has(role.toLowerCase())) return true;
  const names = hint.replace(/\[.*$/, '').split(/[.#]/).slice(1);
  return names.some((name) => CHROME_NAME.test(name));
}

/** Innermost region of every block, by one sweep (regions are in document order, outer first). */
function innermostRegions(blockCount: number, regions: readonly Region[]): Int32Array {
  const inner = new Int32Array(blockCount).fill(-1);
  const open: Region[] = [];
  let next = 0;
  for (let i = 0; i < blockCount; i++) {
    while (next < regions.length && regions[next].start <= i) {
      while (open.length && open[open.length - 1].end < regions[next].start) open.pop();
      open.push(regions[next++]);
    }
    while (open.length && open[open.length - 1].end < i) open.pop();
    if (open.length) inner[i] = open[open.length - 1].id;
  }
  return inner;
}

/**
 * Furniture never holds most of a page: an element that does is the page itself, whatever
 * its classes say.
 */
const CHROME_MAX_SHARE = 0.4;
const CONTENT_TAGS = new Set(['article', 'main']);
/** A bit above every concept's, marking a memoised hint as furniture. */
const NAMED_CHROME = 1 << 30;

/** hint -> concept bits, with NAMED_CHROME set when the hint names furniture. */
const hintMeaning = hintMemo((hint) => hintBits(hint) | (namesChrome(hint) ? NAMED_CHROME : 0));

export function pageLayout(blocks: readonly Block[], regions: readonly Region[]): Layout {
  const own = new Int32Array(regions.length);
  const within = new Int32Array(regions.length);
  const chromeRegion = new Uint8Array(regions.length);
  const inContent = new Uint8Array(regions.length);
  const chars = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) chars[i + 1] = chars[i] + blocks[i].text.length;
  const limit = chars[blocks.length] * CHROME_MAX_SHARE;
  for (const r of regions) {
    const known = hintMeaning(r.hint);
    const bits = known & ~NAMED_CHROME;
    own[r.id] = bits;
    const parent = r.parent >= 0 ? r.parent : -1;
    within[r.id] = bits | (parent >= 0 ? within[parent] : 0);
    inContent[r.id] = CONTENT_TAGS.has(r.tag) || (parent >= 0 && inContent[parent] === 1) ? 1 : 0;
    if (parent >= 0 && chromeRegion[parent]) {
      chromeRegion[r.id] = 1;
      continue;
    }
    const named = (known & NAMED_CHROME) !== 0;
    const byTag = CHROME_TAGS.has(r.tag) && !(parent >= 0 && inContent[parent]);
    if ((named || byTag) && chars[r.end + 1] - chars[r.start] <= limit) chromeRegion[r.id] = 1;
  }
  const inner = innermostRegions(blocks.length, regions);
  const chrome = new Uint8Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) if (inner[i] >= 0 && chromeRegion[inner[i]]) chrome[i] = 1;
  return { own, within, inner, chromeRegion, chrome };
}
