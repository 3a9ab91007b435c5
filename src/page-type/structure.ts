/**
 * The layout of an HTML page, read from its region tree: groups of repeated siblings (same
 * parent, same element hint) are cards, teasers or posts, and what their members hold says
 * which: a price in each is a shop's grid, a linked title and a date an index of articles,
 * prose with a date a thread of posts. Plus the shape of the whole: headings, tables, code,
 * links. Linear: every region is visited once, every member once, facts are prefix sums.
 */
import type { Block } from '../types.js';
import type { Region } from '../parse/html/html-blocks.js';
import { FACT } from './block-facts.js';
import type { Layout } from './layout.js';
import { sat, share, type Features } from './feature-set.js';
import { packedMap } from '../packed.js';

/** Characters a card must hold on average: more than a menu entry. */
const MIN_MEMBER_CHARS = 30;

interface Group {
  members: Region[];
  chars: number;
  /** Members holding a paragraph of prose. */
  prose: number;
}

/** Facts tallied per member: [feature suffix, fact bit]. */
const MEMBER_FACTS: readonly [string, number][] = [
  ['price', FACT.price],
  ['link', FACT.link],
  ['heading', FACT.heading],
  ['date', FACT.date],
  ['prose', FACT.prose],
  ['counter', FACT.counter],
  ['text', FACT.text],
  ['post-mark', FACT.postMark],
];

/** Prefix sums of characters and of each fact, so a member's contents cost O(1). */
class Tally {
  readonly chars: Float64Array;
  readonly facts: Int32Array[];
  constructor(blocks: readonly Block[], facts: Uint16Array) {
    this.chars = new Float64Array(blocks.length + 1);
    this.facts = packedMap(MEMBER_FACTS, () => new Int32Array(blocks.length + 1));
    for (let i = 0; i < blocks.length; i++) this.chars[i + 1] = this.chars[i] + blocks[i].text.length;
    for (let k = 0; k < MEMBER_FACTS.length; k++) {
      const bit = MEMBER_FACTS[k][1];
      const sums = this.facts[k];
      for (let i = 0; i < blocks.length; i++) sums[i + 1] = sums[i] + (facts[i] & bit ? 1 : 0);
    }
  }
  charsOf(r: Region): number {
    return this.chars[r.end + 1] - this.chars[r.start];
  }
  has(k: number, r: Region): boolean {
    return this.facts[k][r.end + 1] - this.facts[k][r.start] > 0;
  }
}

/**
 * What makes siblings the same kind of thing: the tag and the first class name up to numbers.
 * Later classes are modifiers (`odd`/`even`, `first`, `is-active`) that vary among equals.
 */
function kindKey(hint: string): string {
  const end = hint.search(/[#[]/);
  const head = end < 0 ? hint : hint.slice(0, end);
  const dot = head.indexOf('.', head.indexOf('.') + 1);
  return (dot < 0 ? head : head.slice(0, dot)).replace(/\d+/g, '#');
}

/** Sibling elements that are the same kind of thing (see kindKey). Menus are not cards. */
function siblingGroups(regions: readonly Region[], layout: Layout, tally: Tally): Group[] {
  /** parent region -> kind of element -> its children of that kind. */
  const groups = new Map<number, Map<string, Group>>();
  const kinds = new Map<string, string>();
  const all: Group[] = [];
  const prose = MEMBER_FACTS.findIndex(([name]) => name === 'prose');
  for (const r of regions) {
    if (r.parent < 0 || layout.chromeRegion[r.id]) continue;
    let kind = kinds.get(r.hint);
    if (kind === undefined) kinds.set(r.hint, (kind = kindKey(r.hint)));
    let siblings = groups.get(r.parent);
    if (!siblings) groups.set(r.parent, (siblings = new Map()));
    let g = siblings.get(kind);
    if (!g) siblings.set(kind, (g = { members: [], chars: 0, prose: 0 })), all.push(g);
    g.members.push(r);
    g.chars += tally.charsOf(r);
    if (tally.has(prose, r)) g.prose++;
  }
  return all;
}

function largest(groups: readonly Group[], minMembers: number, weigh: (g: Group) => number): Group | null {
  let best: Group | null = null;
  let bestWeight = 0;
  for (const g of groups) {
    if (g.members.length < minMembers) continue;
    const w = weigh(g);
    if (w > bestWeight) (best = g), (bestWeight = w);
  }
  return best;
}

function describeGroup(name: string, g: Group | null, tally: Tally, total: number, out: Features): void {
  if (!g) return;
  const n = g.members.length;
  out.set(`${name}:share`, share(g.chars, total));
  out.set(`${name}:count`, sat(n, 10));
  out.set(`${name}:words`, sat(g.chars / n / 6, 40));
  MEMBER_FACTS.forEach(([suffix], k) => {
    let with_ = 0;
    for (const m of g.members) if (tally.has(k, m)) with_++;
    out.set(`${name}:${suffix}`, with_ / n);
  });
}

export function structureFeatures(blocks: readonly Block[], regions: readonly Region[], layout: Layout, facts: Uint16Array, out: Features): void {
  const tally = new Tally(blocks, facts);
  const total = tally.chars[blocks.length];
  const groups = siblingGroups(regions, layout, tally);
  // The main repeated unit (cards, sections), the largest list of many, the longest run of posts.
  // Members of a menu hold a word or two; a card holds a title of several words at least.
  const substantial = (g: Group) => (g.chars / g.members.length >= MIN_MEMBER_CHARS ? g.chars : 0);
  describeGroup('repeat', largest(groups, 3, substantial), tally, total, out);
  describeGroup('cards', largest(groups, 8, substantial), tally, total, out);
  describeGroup('posts', largest(groups, 2, (g) => (g.prose >= 2 ? g.chars * g.prose : 0)), tally, total, out);

  let headings = 0, linkedHeadings = 0, cells = 0, items = 0, pre = 0, links = 0, linkLines = 0;
  let headlines = 0, contentChars = 0, contentLinks = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') {
      headings++;
      // A heading that links elsewhere is a teaser's title; an article's headings stay on the page.
      if (facts[i] & FACT.link && !layout.chrome[i]) linkedHeadings++;
    } else if (b.kind === 'cell') cells++;
    else if (b.kind === 'item') items++;
    else if (b.kind === 'pre') pre += b.text.length;
    links += b.linkChars;
    if (facts[i] & FACT.link) linkLines++;
    if (layout.chrome[i]) continue;
    contentChars += b.text.length;
    contentLinks += b.linkChars;
    // A link of a headline's length outside the menus: a teaser of another page.
    if (facts[i] & FACT.link && b.text.length <= 160) {
      const words = b.text.split(' ').length;
      if (words >= 4 && words <= 20) headlines++;
    }
  }
  const n = blocks.length;
  out.set('shape:headings', sat(headings, 8));
  out.set('shape:heading-share', Math.min(1, share(headings, n) * 5));
  out.set('shape:linked-headings', sat(linkedHeadings, 5));
  out.set('shape:linked-heading-share', share(linkedHeadings, headings));
  out.set('shape:cells', Math.min(1, share(cells, n) * 3));
  out.set('shape:items', share(items, n));
  out.set('shape:pre', Math.min(1, share(pre, total) * 5));
  out.set('shape:link-chars', share(links, total));
  out.set('shape:link-lines', share(linkLines, n));
  out.set('shape:blocks', sat(n, 150));
  out.set('shape:headline-links', sat(headlines, 10));
  out.set('shape:content-link-share', share(contentLinks, contentChars));
}
