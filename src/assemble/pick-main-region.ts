/**
 * The main region of a page that is not one run of prose (a thread, a listing, a product):
 * the element whose blocks carry the most kept text against the boilerplate it also holds.
 * Each block weighs its size, positive when no rule dropped it and negative when one did, so
 * a whole page pays for its navigation and footer, and a single card for everything it leaves.
 */
import type { Block } from '../types.js';
import type { TextFeatures } from '../rules/features.js';
import type { Region } from '../parse/html/html-blocks.js';
import type { Marked } from '../rules/apply.js';
import { qualityOf, type Quality } from './quality.js';
import { pickMainRun, type Run } from './pick-main-run.js';
import { packedMap } from '../packed.js';

/** What a dropped word costs against a kept one: a little, so a region is not cut to dodge it. */
const DROPPED_WORD_COST = 0.25;
/** The tightest region scoring at least this share of the best one is the main region. */
const TIGHTEST_SHARE = 0.9;
/** Below this share of the whole page's score in every element, the page is its own main region. */
const UNWRAPPED_SHARE = 0.5;

export function pickMainRegion(
  blocks: readonly Block[],
  regions: readonly Region[],
  features: readonly TextFeatures[],
  marks: ReadonlyMap<number, Marked>,
): { quality: Quality[]; run: Run | null } {
  const dropped = (i: number) => marks.get(i)?.verdict === 'boilerplate';
  const quality = packedMap(blocks, (b) => qualityOf(features[b.index], dropped(b.index), { knownLanguage: true }));
  // Prefix sums of block weights: a region's score is a difference of two sums.
  // Typed arrays: a plain one holds whole numbers on one page and fractions on the next (two
  // kinds of array to V8), and optimised code that had seen one kind was thrown away for the other.
  const prefix = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) prefix[i + 1] = prefix[i] + (dropped(i) ? -DROPPED_WORD_COST : 1) * features[i].size;
  // The page as a whole is a region too when no element holds even half of what it keeps: a
  // page saved without its <html> and <body> has no element around all of its paragraphs,
  // and the best one was a boxed sidebar beside them.
  const whole = prefix[blocks.length];
  const scores = new Float64Array(regions.length + 1);
  let wrapped = false;
  for (let k = 0; k < regions.length; k++) {
    scores[k] = prefix[regions[k].end + 1] - prefix[regions[k].start];
    if (scores[k] >= UNWRAPPED_SHARE * whole) wrapped = true;
  }
  const candidates = blocks.length > 0 && !wrapped ? [...regions, { start: 0, end: blocks.length - 1 }] : regions;
  if (candidates.length > regions.length) scores[regions.length] = whole;
  let bestScore = 0;
  for (let k = 0; k < candidates.length; k++) bestScore = Math.max(bestScore, scores[k]);
  // The tightest region that keeps nearly all of the best score: a page's wrapper holds the
  // main column plus a few stray kept lines, and those are not worth its extent.
  let best: Run | null = null;
  const enough = bestScore * TIGHTEST_SHARE;
  candidates.forEach((r, i) => {
    if (scores[i] >= enough && scores[i] > 0 && (best === null || r.end - r.start < best.end - best.start)) best = { start: r.start, end: r.end };
  });
  if (!best && blocks.length > 0) best = { start: 0, end: blocks.length - 1 };
  return { quality, run: best ? withHeadline(best, blocks) : null };
}

/** How far before the main region the page's headline may sit and still head it, in blocks. */
const HEADLINE_REACH = 6;

/**
 * The page's headline (its last h1 above the region) heads the region when it sits just before
 * it: a product's name and price live in a box beside its description, a service page's title
 * in a hero above its sections.
 */
function withHeadline(run: Run, blocks: readonly Block[]): Run {
  for (let i = run.start - 1; i >= 0 && run.start - i <= HEADLINE_REACH; i--) {
    if (blocks[i].kind === 'heading' && blocks[i].level === 1) return { start: i, end: run.end };
  }
  return run;
}

/** Text dumps: what a dropped line costs, per word... */
const DROPPED_LINE_WORD_COST = 0.5;
/**
 * ...and a line of the site's navigation at least one word: a menu of one-word entries between
 * the site's header and the page's content must part them (at half a word a line it did not;
 * wcxb-dev txt 0.816 -> 0.817, service and forum +0.001; at two words, txt listings lost 0.008).
 * A badge or a review count between a card's name and its price parts nothing.
 */
const MENU_LINE_MIN_COST = 1;
const MENU_RULES: ReadonlySet<string> = new Set(['drop-menu-runs', 'drop-nav-labels', 'drop-account-prompts']);

const NO_RULES: ReadonlySet<string> = new Set();

function droppedLineCost(size: number, rule: string): number {
  const cost = DROPPED_LINE_WORD_COST * Math.max(1, size);
  return MENU_RULES.has(rule) ? Math.max(MENU_LINE_MIN_COST, cost) : cost;
}

/**
 * A text dump has no elements, so its main region is the run of lines with the most kept text
 * (a maximum subarray): kept lines count their words less a toll per line, which menus of
 * one-word lines do not cover, and dropped lines cost half their words (menu lines a word at least),
 * but those dropped by `freeDrops` nothing (the comments under a Q&A thread's answers).
 */
export function pickMainRange(
  blocks: readonly Block[],
  features: readonly TextFeatures[],
  marks: ReadonlyMap<number, Marked>,
  lineToll: number,
  freeDrops: ReadonlySet<string> = NO_RULES,
): { quality: Quality[]; run: Run | null } {
  const dropped = (i: number) => marks.get(i)?.verdict === 'boilerplate';
  const quality = packedMap(blocks, (b) => qualityOf(features[b.index], dropped(b.index), { knownLanguage: true }));
  const cost = (i: number) => {
    const rule = marks.get(i)!.rule;
    return freeDrops.has(rule) ? 0 : droppedLineCost(features[i].size, rule);
  };
  const weights = blocks.map((_, i) => (dropped(i) ? -cost(i) : features[i].size - lineToll));
  // The same maximum subarray as the article's main run, over other weights.
  return { quality, run: pickMainRun(weights) };
}
