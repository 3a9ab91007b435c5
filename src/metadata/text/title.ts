/**
 * The title of a text dump: of the lines around the start of the content, the one whose facts
 * (title-facts.ts: position against the first paragraph, a byline or date below, an echo or a
 * breadcrumb ending with it, its shape, whether the content speaks of what it names) weigh the
 * most. The weights (title-weights.ts) are fitted by scripts/train-title.mjs; --explain shows
 * each candidate's score and the facts that made it.
 */
import type { Block, PageType } from '../../types.js';
import type { TextFeatures } from '../../rules/features.js';
import type { Quality } from '../../assemble/quality.js';
import { findDates, type DateOptions } from '../date/parse-date.js';
import { letterRuns } from '../../rules/letter-runs.js';
import { CALL_TO_ACTION_PHRASES, NAV_LABELS, PROMPT_LABELS, SHARE_LABELS, SHOP_CONTROL_LABELS } from '../../rules/vocab.js';
import { caseless } from '../../rules/caseless.js';
import { escapeRegExp } from '../../rules/label.js';
import { ALL_TITLE_FACTS, COSTLY_FACTS, type TitleFact, type TitleFacts, addCostlyFacts, cheapFacts, countContentWords, isHeadlineShaped, wordMemo } from './title-facts.js';
import { TITLE_WEIGHTS } from './title-weights.js';
import { packedMap } from '../../packed.js';
import { lazy } from '../../lazy.js';

export interface TitleInput {
  blocks: readonly Block[];
  features: readonly TextFeatures[];
  quality: readonly Quality[];
  /** How often the page prints each block's text, in any case, by block index. */
  copies: readonly number[];
  /** Each block's text in lower case, by block index. */
  lowerTexts: readonly string[];
  /** Blocks a rule dropped for what they say: never the title. */
  excluded: ReadonlySet<number>;
  /** Blocks dropped for the company they keep (menu runs, headline lists). */
  listed: ReadonlySet<number>;
  /** Blocks dropped because the page prints them again elsewhere. */
  repeated: ReadonlySet<number>;
  /** Blocks a metadata field already took. */
  taken: ReadonlySet<number>;
  /** Where candidates are looked for: the zone around the first paragraph, and the page's first `top` lines. */
  zone: { start: number; end: number };
  top?: number;
  /** Where the content starts: its first paragraph. */
  anchor: number;
  /** Where the content ends (exclusive). */
  contentEnd: number;
  /** Blocks that carry the date or the byline: a headline stands just above them. */
  cues?: ReadonlySet<number>;
  /** The kind of page being read. */
  pageType?: PageType | null;
  /** A thread's start stamp, when the page has one. */
  threadStart?: number | null;
  /** Score every line in full (--explain, training), not only those that can still win. */
  complete?: boolean;
  /** How the page's dates are read (and the page's memo of them, which its rules share). */
  dates?: DateOptions;
}

/** A byline or reading-time stamp: "By Emily Norwood", "3 min read", "Reviewed by:", "Posted under". */
const STAMP = /\b(?:\d+\s*min(?:ute)?s?\s*read|(?:written|posted|published|reviewed|edited|updated|reported|fact[- ]checked)\s+(?:by|on|under)\b)/i;
/** "By Emily", "BY EMILY", "ByEmily": case-sensitive, so "Byzantine" and "by the way" are not bylines. */
const BY_NAME = lazy(() => /^(?:[Bb]y|BY)\s+\p{Lu}|^By\p{Lu}/u);

/** BY_NAME, asked only of a line that opens with "by" in some case (most do not, and it is never compiled). */
function isByName(text: string): boolean {
  const b = text.charCodeAt(0);
  const y = text.charCodeAt(1);
  return (b === 66 || b === 98) && (y === 89 || y === 121) && BY_NAME().test(text);
}

/** Lines of this many words or fewer are checked for a call to action among their words. */
const CONTROL_LINE_WORDS = 6;
const CONTROL_LABELS = new Set<string>([...NAV_LABELS, ...PROMPT_LABELS, ...SHARE_LABELS, ...SHOP_CONTROL_LABELS]);
const CALL_TO_ACTION = caseless(`(?:^|[^\\p{L}])(?:${CALL_TO_ACTION_PHRASES.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u', { holds: CALL_TO_ACTION_PHRASES });

/** The longest label: a line with more letters and digits than this is none of them. */
const LONGEST_LABEL = Math.max(...[...CONTROL_LABELS].map((label) => label.length));

/**
 * Whether the line may be one of the labels, told from its ASCII letters and digits alone
 * (most lines have more than any label): other characters may be punctuation, so they do not count.
 */
function mayBeLabel(text: string): boolean {
  let letters = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (++letters > LONGEST_LABEL) return false;
    }
  }
  return true;
}

/** The first word of every label (its first run of letters and digits). */
const LABEL_FIRST_WORDS = new Set([...CONTROL_LABELS].map((label) => letterRuns(label.toLowerCase())[0] ?? ''));

/**
 * The line's first run of letters and digits in lower case, when it is ASCII and nothing
 * beyond ASCII comes before or in it; null when only the full split can tell.
 */
function firstAsciiRun(text: string): string | null {
  let start = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return null;
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (alnum && start < 0) start = k;
    else if (!alnum && start >= 0) return text.slice(start, k).toLowerCase();
  }
  return start >= 0 ? text.slice(start).toLowerCase() : null;
}

/** A button, menu, share or account label, or a short line holding a call to action: never a title. */
export function isControlLine(text: string, words: number): boolean {
  // Most lines are no label by their first word: the line is split and joined only when it may be one.
  const first = mayBeLabel(text) ? firstAsciiRun(text) : undefined;
  if (first !== undefined && (first === null || LABEL_FIRST_WORDS.has(first)) && CONTROL_LABELS.has(letterRuns(text.toLowerCase()).join(' '))) return true;
  return words <= CONTROL_LINE_WORDS && CALL_TO_ACTION.test(text);
}

/** The longest title a line may be, in words and in characters. */
const MAX_WORDS = 40;
const MAX_CHARS = 250;

/**
 * A breadcrumb trail: two spaced separators ("Sprout Blog / Topics / Social Media"), a trail
 * that opens at the home page ("Home > Blog"), or one left open at its end ("Guides ›").
 * Spaced, because a guillemet glued to a word closes a quotation («Посмотри»); and in a line
 * that opens a quotation with « or ‹ the closing » and › are its quotes (French spaces them:
 * « Nous restons »), not separators.
 */
const HOME = 'home|startseite|accueil|inicio|início|inizio|start|strona główna|главная';
// No u flag: nothing in them needs it, and V8 compiles a pattern with both the u and the i flag (caseless's twin) several times slower.
const TRAIL = caseless(String.raw`^(?:${HOME})\s*[/>»›|]|\s[»›>/|]\s*$|\s[/>»›]\s.*\s[/>»›]\s`, '');
const QUOTED_TRAIL = caseless(String.raw`^(?:${HOME})\s*[/>|]|\s[>/|]\s*$|\s[/>]\s.*\s[/>]\s`, '');

function isTrail(text: string): boolean {
  return /[«‹]/u.test(text) ? QUOTED_TRAIL.test(text) : TRAIL.test(text);
}

/** Two colons or more, counted without a list of them. */
function hasTwoColons(text: string): boolean {
  const first = text.indexOf(':');
  return first >= 0 && text.indexOf(':', first + 1) >= 0;
}

/** A line that may be a title at all: words, not a control, not an address, a spec line or a breadcrumb trail. */
function isEligible(block: Block, f: TextFeatures): boolean {
  if (f.size < 1 || f.size > MAX_WORDS || block.text.length > MAX_CHARS) return false;
  if (!/\p{L}/u.test(block.text) || isControlLine(block.text, f.size)) return false;
  // Spec lines ("Tested by: X RRP: £24 More info: www.x.com") are not headlines.
  return !/\bwww\.|https?:\/\//i.test(block.text) && !hasTwoColons(block.text) && !isTrail(block.text);
}

/** A candidate line, its score and the facts that made it. */
export interface TitleCandidate {
  index: number;
  score: number;
  facts: TitleFacts;
}

/** The weighed facts of a score, largest first, without those that weigh nothing: what --explain prints. */
export function titleTerms(facts: TitleFacts): [TitleFact, number][] {
  return (Object.entries(facts) as [TitleFact, number][])
    .map(([name, value]): [TitleFact, number] => [name, (TITLE_WEIGHTS[name] ?? 0) * value])
    .filter(([, w]) => w !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
}

/** The weights in the order every line's facts hold them (ALL_TITLE_FACTS, see noFacts in title-facts.ts). */
const WEIGHT_VECTOR = ALL_TITLE_FACTS.map((name) => TITLE_WEIGHTS[name] ?? 0);

/** The score of a line's facts under the weights. */
export function scoreFacts(facts: TitleFacts, weights: Readonly<Partial<Record<TitleFact, number>>> = TITLE_WEIGHTS): number {
  let score = 0;
  if (weights === TITLE_WEIGHTS) {
    // A line's own facts hold every fact in one order: a walk down two arrays, no lookups by name.
    const values = Object.values(facts) as number[];
    if (values.length === WEIGHT_VECTOR.length) {
      for (let k = 0; k < values.length; k++) score += WEIGHT_VECTOR[k] * values[k];
      return score;
    }
  }
  for (const name in facts) {
    const value = facts[name as TitleFact]!;
    if (value !== 0) score += (weights[name as TitleFact] ?? 0) * value;
  }
  return score;
}

/**
 * scoreFacts of a line's own facts (made by cheapFacts, every fact in ALL_TITLE_FACTS order),
 * as one sum written out fact by fact in that order: the same additions in the same order as
 * scoreFacts, without the array of 75 values it made for every line (Object.values: a fifth
 * of the title facts' own time). Generated once from the fact names, which are this module's
 * own constants: V8 reads 75 named properties of one shape faster than anything else here.
 */
export const scoreLineFacts = new Function(
  'weights',
  `return (facts) => {\nlet score = 0;\n${ALL_TITLE_FACTS.map((name, k) => `score += weights[${k}] * facts[${JSON.stringify(name)}];`).join('\n')}\nreturn score;\n};`,
)(WEIGHT_VECTOR) as (facts: TitleFacts) => number;

/** The most the costly facts can add to a line's score: each is worth at most 1. */
const COSTLY_GAIN = COSTLY_FACTS.reduce((sum, name) => sum + Math.max(0, TITLE_WEIGHTS[name] ?? 0), 0);
/** Scores summed in another order may differ in their last bits: a line within this of the best is read in full. */
const BOUND_SLACK = 1e-9;

/** The lines looked at: the page's first `top` lines, then the zone. */
function* lineIndexes(top: number, zone: { start: number; end: number }): Generator<number> {
  for (let i = 0; i < top; i++) yield i;
  for (let i = Math.max(top, zone.start); i < zone.end; i++) yield i;
}

/**
 * The candidate lines of the zone, best first; empty when no line qualifies. Only the lines
 * that could win are returned, unless `complete` asks for every one.
 */
export function titleCandidates(input: TitleInput): TitleCandidate[] {
  const { blocks, features, zone } = input;
  // Whether a block is a date or byline line, asked of each block at most once.
  const stamps = new Map<number, 'stamp' | 'dateLine' | null>();
  const stampOf = (j: number): 'stamp' | 'dateLine' | null => {
    let known = stamps.get(j);
    if (known === undefined) {
      const text = blocks[j].text;
      const date = text.length <= 120 ? findDates(text, input.dates)[0] : undefined;
      // A line the date fills ("Published On 6 Mar 2026") is a stamp, never a headline with a year in it.
      if (date && (date.end - date.start) * 2 >= text.replace(/\s+/g, '').length) known = 'dateLine';
      else known = input.cues?.has(j) === true || (text.length <= 120 && (STAMP.test(text) || isByName(text) || date !== undefined)) ? 'stamp' : null;
      stamps.set(j, known);
    }
    return known;
  };
  const isStamp = (j: number) => stampOf(j) !== null;
  const words = wordMemo(input.lowerTexts);
  const eligible: number[] = [];
  for (const i of lineIndexes(Math.min(input.top ?? 0, blocks.length), zone)) {
    if (!input.taken.has(i) && !input.excluded.has(i) && isEligible(blocks[i], features[i])) eligible.push(i);
  }
  // The content's words are counted only where a candidate line uses them: no fact asks for others.
  const wanted = new Set<string>();
  for (const i of eligible) for (const w of words.wordListOf(i)) wanted.add(w);
  const ctx = {
    blocks,
    features,
    quality: input.quality,
    copies: input.copies,
    anchor: input.anchor,
    listed: input.listed,
    repeated: input.repeated,
    excluded: input.excluded,
    isStamp,
    isDateLine: (j: number) => stampOf(j) === 'dateLine',
    ...words,
    contentWords: countContentWords(blocks, input.quality, input.anchor, input.contentEnd, wanted, words.wordListOf),
    pageType: input.pageType ?? null,
    threadStart: input.threadStart ?? null,
  };
  // packedMap, not map: see packed.ts (map's holey arrays threw away this function's optimised code).
  const found = packedMap(eligible, (i) => ({ index: i, facts: cheapFacts(ctx, i) }));
  // Where the headline-shaped lines of the zone begin and end, above the first paragraph.
  const kept = (i: number) => !input.listed.has(i) && !input.repeated.has(i);
  const shaped = found.filter((c) => c.index >= zone.start && c.index < input.anchor && kept(c.index) && isHeadlineShaped(ctx, c.index));
  if (shaped.length > 0) {
    shaped[0].facts.firstHeadline = 1;
    shaped[shaped.length - 1].facts.lastHeadline = 1;
  }
  // The lines in order of what they may still score; the costly facts are read only while a
  // line could still beat the best one read in full.
  const bounded = packedMap(found, ({ index, facts }) => ({ index, facts, bound: scoreLineFacts(facts) + COSTLY_GAIN }));
  if (!input.complete) bounded.sort((a, b) => b.bound - a.bound);
  const scored: TitleCandidate[] = [];
  let best: TitleCandidate | null = null;
  for (const { index, facts, bound } of bounded) {
    if (!input.complete && best && bound < best.score - BOUND_SLACK) break;
    const candidate = { index, score: scoreLineFacts(addCostlyFacts(ctx, index, facts)), facts };
    scored.push(candidate);
    if (!best || candidate.score > best.score || (candidate.score === best.score && index < best.index)) best = candidate;
  }
  // Stable: among equal scores the earlier line wins, as a headline comes first.
  return scored.sort((a, b) => b.score - a.score || a.index - b.index);
}
