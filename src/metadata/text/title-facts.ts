/**
 * What a dump's line shows about being the page's title, as named numbers ("facts"): where it
 * stands against the first paragraph, what stands beside it (a byline or date below, an echo, a
 * breadcrumb that ends with it, prose right after it), its own shape, and whether the content
 * speaks of what it names. title.ts weighs them; title-weights.ts holds the weights that
 * scripts/train-title.mjs fits on the dev dumps.
 */
import type { Block } from '../../types.js';
import type { TextFeatures } from '../../rules/features.js';
import type { Quality } from '../../assemble/quality.js';
import { STOPWORDS } from '../../rules/stopwords.js';
import { letterRunCounts, letterRuns } from '../../rules/letter-runs.js';
import { endsWithOneOf } from '../../rules/line-ends.js';
import { PAGE_TYPES, type PageType } from '../../types.js';
import { caseless } from '../../rules/caseless.js';

/** The facts, in the order the weights list them. Each is 0 when it does not hold. */
export const TITLE_FACTS = [
  /** log2 of 1 + the blocks between the line and the first paragraph, above it. */
  'distanceAbove',
  /** The line stands inside the content (a subheading is likelier there than the headline). */
  'insideContent',
  /** log2 of 1 + how far into the content. */
  'distanceInside',
  /** One of the page's first three lines (a forum thread's subject under the site's name). */
  'pageTop',
  /** log2 of 1 + the line's position in the page. */
  'lineFromTop',
  /** log2 of 1 + the blocks down to the next paragraph of prose, capped at 4 (no prose within 15 blocks). */
  'proseDistance',
  /** A date or byline within a few blocks below: the headline's cluster. */
  'cueBelow',
  /** A date or byline just above (a kicker-and-date line over the headline). */
  'cueAbove',
  /** The line is itself a date or byline. */
  'stamp',
  /** A date fills half the line or more ("Published On 6 Mar 2026"). */
  'dateLine',
  /** The same line again close by (an image's alt text, a breadcrumb's last entry on its own line). */
  'echo',
  /** A breadcrumb or glued line nearby ends with it. */
  'crumbEnd',
  /** It ends with another line nearby: it is the breadcrumb ("HomeSPORTRovers win the replay"). */
  'crumb',
  /** The line is printed again far away: a menu entry, a footer link, a card's title. */
  'repeatedFar',
  /** Dropped for the company it keeps (a run of short lines read as a menu or headline list). */
  'listed',
  /** Dropped because the page prints it again elsewhere (a breadcrumb's end, a menu entry). */
  'repeatDropped',
  /** A headline-shaped line stands right above it: this one is the standfirst or a subheading. */
  'headlineAbove',
  /** The last headline-shaped line above the first paragraph, of those no rule dropped. */
  'lastHeadline',
  /** The first headline-shaped line of the zone, of those no rule dropped. */
  'firstHeadline',
  /** One word. */
  'oneWord',
  /** Two words. */
  'twoWords',
  /** Three or four words. */
  'fewWords',
  /** Five to twenty-five words: a headline's length. */
  'headlineLength',
  /** Over twenty words. */
  'long',
  /** Fifteen words or more, rich in function words, in lower case: a sentence. */
  'sentence',
  /** Under five words, all in capitals: a label. */
  'shouted',
  /** Ends in a full stop, comma, colon or semicolon. */
  'endsPunctuation',
  /** Ends in a question mark (a forum thread's subject, a question heading). */
  'question',
  /** Holds a sentence break inside: a paragraph, not a heading. */
  'innerBreak',
  /** Starts with a lower-case letter. */
  'startsLower',
  /** Share of its words that start with a capital. */
  'capitals',
  /** Share of its tokens that are numbers ("16 posts • Page 1 of 1"). */
  'numbers',
  /** Holds a separator (" | ", " • ", " · ", " / "): a menu, a stamp or a breadcrumb. */
  'separator',
  /** The next block is prose (a standfirst or the first paragraph). */
  'proseBelow',
  /** Set apart by a blank line above. */
  'gapAbove',
  /** Set apart by a blank line below. */
  'gapBelow',
  /** The block above was dropped: the headline comes right after the page's furniture. */
  'afterDropped',
  /** Share of its content words that the content uses again: a title names what the page is about. */
  'namedInContent',
  /** How often the content uses them: the mean of log2(1 + uses) over its content words. */
  'namedOften',
  /** Share of its content words that the two paragraphs below it use: a headline and its lead. */
  'namedInLead',
  /** The line stands right above the first paragraph. */
  'adjacent',
  /** Within three blocks above the first paragraph. */
  'nearAbove',
  /** The block right above is prose: a subheading between paragraphs, not the page's headline. */
  'proseAbove',
  /** How much of the content it names in all: log2(1 + the sum of log2(1 + uses) over its words). */
  'namedTotal',
  /** Within a few blocks above a thread's start stamp (its first post's header, "Asked ..."): the subject's place. */
  'aboveThreadStart',
  /** Below a thread's start stamp: the posts' own text, never the thread's subject. */
  'belowThreadStart',
  /** A few words ending in "Forum", "Community", "Blog", "Magazine", "'s Substack"...: the name of a forum or a publication, printed above its threads and posts. */
  'forumName',
] as const;

/**
 * Facts whose weight depends on the kind of page: a shop's category or a docs page is titled in
 * a word or two ("Hiking Boots", "Flexbox") where an article's headline runs to a dozen, and a
 * listing's items carry the dates and bylines that mark an article's headline.
 */
const TYPED_BASES = ['short', 'cueBelow', 'headlineLength', 'distanceAbove'] as const;
type TypedFact = `${(typeof TYPED_BASES)[number]}:${PageType}`;
const TYPED_FACTS: readonly TypedFact[] = TYPED_BASES.flatMap((base) => PAGE_TYPES.map((type): TypedFact => `${base}:${type}`));

/** The typed facts' names for each kind of page, made once. */
const TYPED_NAMES = Object.fromEntries(
  PAGE_TYPES.map((type) => [type, Object.fromEntries(TYPED_BASES.map((base) => [base, `${base}:${type}` as TypedFact]))]),
) as Record<PageType, Record<(typeof TYPED_BASES)[number], TypedFact>>;

/** Every fact, in the order the trainer lists the weights. */
export const ALL_TITLE_FACTS: readonly TitleFact[] = [...TITLE_FACTS, ...TYPED_FACTS];

export type TitleFact = (typeof TITLE_FACTS)[number] | TypedFact;
export type TitleFacts = Partial<Record<TitleFact, number>>;

/**
 * A line's facts, every one at 0, in one order (ALL_TITLE_FACTS): every line's facts have the
 * same shape and reading them stays fast (facts added one by one in each line's own order
 * gave V8 a shape per order). A fact at 0 does not hold. Made by an object literal generated
 * once from the fact names (this module's own constants): a copy of a template object
 * (`{ ...template }`) took four times as long, and cheapFacts makes one for every candidate line.
 */
const noFacts = new Function(`return () => ({ ${ALL_TITLE_FACTS.map((name) => `${JSON.stringify(name)}: 0`).join(', ')} });`)() as () => TitleFacts;

export interface TitleContext {
  blocks: readonly Block[];
  features: readonly TextFeatures[];
  quality: readonly Quality[];
  /** How often the page prints each block's text, in any case, by block index. */
  copies: readonly number[];
  /** Where the content starts: the first paragraph. */
  anchor: number;
  /** Blocks dropped for the company they keep. */
  listed: ReadonlySet<number>;
  /** Blocks dropped because the page prints them again elsewhere. */
  repeated: ReadonlySet<number>;
  /** Blocks dropped for what they say. */
  excluded: ReadonlySet<number>;
  /** Whether a block is a date or byline line. */
  isStamp: (i: number) => boolean;
  /** Whether a date fills half the block or more. */
  isDateLine: (i: number) => boolean;
  /** The content words of a block, in order (memoised). */
  wordListOf: (j: number) => readonly string[];
  /** The same as a set (memoised). */
  wordsOf: (j: number) => ReadonlySet<string>;
  /** Content words of the content, with their counts. */
  contentWords: ReadonlyMap<string, number>;
  /** The kind of page, when known. */
  pageType: PageType | null;
  /** A thread's start stamp (the first post's header, "Asked ..."), when the page has one. */
  threadStart: number | null;
}

/** How far above a thread's start stamp its subject may stand, in blocks. */
const THREAD_SUBJECT_REACH = 4;

/** How far below the headline its date or byline may stand, in blocks. */
const CUE_REACH = 5;
const CUE_ABOVE = 2;
/** How close an echo must be: the alt text under the headline, not the footer's menu. */
const ECHO_REACH = 6;
/** How far below a line the next paragraph is looked for. */
const PROSE_REACH = 15;
/** How far a breadcrumb may stand from the headline. */
const CRUMB_REACH = 12;
/** The content words counted: the start of the content says what the page is about. */
const CONTENT_WORDS_CAP = 1_500;

/** The last word of a forum's or a publication's name ("Home Assistant Community", "Obsidian Forum", "Orchard Notes Blog", "Foro de Ciclismo" aside). */
const FORUM_NAME_END =
  caseless(String.raw`(?:^|\s)(?:forum|forums|fora|foro|foros|fórum|fóruns|community|communities|comunidad|comunidade|comunità|communauté|gemeinschaft|gemeenschap|społeczność|сообщество|форум|support|discussions?|board|boards|bbs|论坛|掲示板|フォーラム|커뮤니티|blog|blogs|blogue|weblog|блог|ブログ|博客|블로그|magazine|magazin|revista|rivista|tijdschrift|журнал|newsletter|wiki|substack)$`);
/** A forum's name is a few words. */
const FORUM_NAME_WORDS = 6;
const SEPARATOR = /\s[|•·/»›>]\s|\s[-–—]\s.*\s[-–—]\s/u;

const CJK = /[\u3040-\u9FFF\uAC00-\uD7A3]/u;
/** Kana and Han: Japanese and Chinese, written without spaces (Korean spaces its words). */
const HAN_KANA = /[\u3040-\u9FFF]/u;


/**
 * Written in capitals: a capital letter, and nothing that upper-casing would change. An ASCII
 * line is read by its codes (no small letter a-z); any other is upper-cased and compared.
 */
export function isShouted(text: string): boolean {
  let ascii = true;
  let capital = false;
  for (let k = 0; k < text.length && ascii; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) ascii = false;
    else if (c >= 97 && c <= 122) return false;
    else if (c >= 65 && c <= 90) capital = true;
  }
  return ascii ? capital : /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

/** /^\d+$/.test(word), without a regex: it is asked of every word of the content. */
function isNumber(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

/** Words that say what a line is about (given in lower case): not function words, not numbers, at least three letters (a Korean word of any length; Chinese and Japanese by pairs of characters). */
function contentWordsOf(lower: string): string[] {
  const out: string[] = [];
  // Most lines hold no CJK character: their words need not be asked one by one.
  const cjk = CJK.test(lower);
  for (const w of letterRuns(lower)) {
    if (cjk && HAN_KANA.test(w)) pushBigrams(w, out);
    else if ((w.length >= 3 || (cjk && CJK.test(w))) && !STOPWORDS.has(w) && !isNumber(w)) out.push(w);
  }
  return out;
}

/**
 * Chinese and Japanese write a sentence as one run of letters: its words are counted as the
 * pairs of characters it holds (the usual way to index such text), so a headline and its
 * article share them as an English headline and its article share words.
 */
function pushBigrams(run: string, out: string[]): void {
  const chars = Array.from(run);
  if (chars.length < 2) {
    out.push(run);
    return;
  }
  for (let k = 0; k + 1 < chars.length; k++) out.push(chars[k] + chars[k + 1]);
}

/**
 * How often the content (the blocks from the first paragraph to its end) uses each of the
 * `wanted` words: a title's facts ask only for its own lines' words. Every content word counts
 * towards the cap.
 */
export function countContentWords(
  blocks: readonly Block[],
  quality: readonly Quality[],
  start: number,
  end: number,
  wanted: ReadonlySet<string>,
  wordListOf: (j: number) => readonly string[] = (j) => contentWordsOf(blocks[j].text.toLowerCase()),
): Map<string, number> {
  const counts = new Map<string, number>();
  let seen = 0;
  for (let i = start; i < end && seen < CONTENT_WORDS_CAP; i++) {
    if (quality[i] === 'bad') continue;
    for (const w of wordListOf(i)) {
      if (wanted.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
      seen++;
    }
  }
  return counts;
}

function echoedNear(blocks: readonly Block[], i: number): boolean {
  const text = blocks[i].text;
  for (let j = Math.max(0, i - ECHO_REACH); j <= Math.min(blocks.length - 1, i + ECHO_REACH); j++) {
    if (j !== i && blocks[j].text === text) return true;
  }
  return false;
}

/** `crumb` ends with `end`, glued or after a separator, never inside a word ("Training" at the end of "Personal Training"). */
function endsWithLine(crumb: string, end: string): boolean {
  if (end.length < 4 || crumb.length <= end.length || !crumb.endsWith(end)) return false;
  const before = crumb[crumb.length - end.length - 1];
  // A paragraph whose last sentence the line repeats ("... is now called X. Bring the best of ...") is no breadcrumb.
  if (/\s/u.test(before) && /\p{L}[.!?]$/u.test(crumb.slice(0, crumb.length - end.length - 1))) return false;
  return end.length >= 20 || /[\s|/>»›:]/u.test(before) || (/\p{Ll}/u.test(before) && /^\p{Lu}/u.test(end));
}

/** Whether a block near i ends with i's text (i is the title a breadcrumb ends with), or i ends with a block near it (i is the breadcrumb). */
function crumbOf(blocks: readonly Block[], i: number): { crumbEnd: boolean; crumb: boolean } {
  const found = { crumbEnd: false, crumb: false };
  for (let j = Math.max(0, i - CRUMB_REACH); j <= Math.min(blocks.length - 1, i + CRUMB_REACH); j++) {
    if (j === i) continue;
    if (endsWithLine(blocks[j].text, blocks[i].text)) found.crumbEnd = true;
    if (endsWithLine(blocks[i].text, blocks[j].text)) found.crumb = true;
  }
  return found;
}

/** How many paragraphs below a line its lead is read from. */
const LEAD_PARAGRAPHS = 2;

/** The first paragraphs of prose below line i. */
function leadBlocks(ctx: TitleContext, i: number): number[] {
  const lead: number[] = [];
  for (let j = i + 1; j <= Math.min(ctx.blocks.length - 1, i + PROSE_REACH) && lead.length < LEAD_PARAGRAPHS; j++) {
    if (ctx.quality[j] === 'good') lead.push(j);
  }
  return lead;
}

/** The content words of each block, as a list and as a set, worked out once however many lines look at it. */
export function wordMemo(lowerTexts: readonly string[]): Pick<TitleContext, 'wordListOf' | 'wordsOf'> {
  const lists = new Map<number, string[]>();
  const sets = new Map<number, Set<string>>();
  const wordListOf = (j: number): readonly string[] => {
    let words = lists.get(j);
    if (!words) lists.set(j, (words = contentWordsOf(lowerTexts[j])));
    return words;
  };
  const wordsOf = (j: number): ReadonlySet<string> => {
    let words = sets.get(j);
    if (!words) sets.set(j, (words = new Set(wordListOf(j))));
    return words;
  };
  return { wordListOf, wordsOf };
}

/**
 * A line with a headline's shape that no rule dropped for what it says: 4 to 25 words, a capital
 * first, no final full stop. It may have been dropped for the company it keeps (a headline
 * that a list of headlines repeats).
 */
export function isHeadlineShaped(ctx: Pick<TitleContext, 'blocks' | 'features' | 'excluded'>, i: number): boolean {
  const f = ctx.features[i];
  const text = ctx.blocks[i].text;
  if (f.size < 4 || f.size > 25 || ctx.excluded.has(i)) return false;
  return !endsWithOneOf(text, '.,;:') && !(f.endsSentence && f.hasInnerSentenceBreak) && /^[\p{Lu}\p{N}"'“‘«¿¡\p{Lo}]/u.test(text);
}

/** A paragraph: good prose by the page's measure, or twenty words or more ending a sentence. */
function isProseLine(ctx: Pick<TitleContext, 'features' | 'quality'>, i: number): boolean {
  return ctx.quality[i] === 'good' || (ctx.features[i].size >= 20 && ctx.features[i].endsSentence);
}

/**
 * The facts of line i that are quick to read: all but those of COSTLY_FACTS. A line whose
 * score on these, plus the most the costly facts could add, cannot beat the best line so far
 * is never read further (title.ts).
 */
export function cheapFacts(ctx: TitleContext, i: number): TitleFacts {
  const { blocks, features, anchor } = ctx;
  const block = blocks[i];
  const f = features[i];
  const facts = noFacts();
  if (i < anchor) {
    facts.distanceAbove = Math.log2(1 + anchor - i);
    if (i === anchor - 1) facts.adjacent = 1;
    if (anchor - i <= 3) facts.nearAbove = 1;
  } else {
    facts.insideContent = 1;
    if (i > anchor) facts.distanceInside = Math.log2(1 + i - anchor);
  }
  if (i < 3) facts.pageTop = 1;
  if (ctx.threadStart !== null) {
    if (i > ctx.threadStart) facts.belowThreadStart = 1;
    else if (ctx.threadStart - i <= THREAD_SUBJECT_REACH) facts.aboveThreadStart = 1;
  }
  if (i > 0) facts.lineFromTop = Math.log2(1 + i);
  // No fact is ever deleted: an object that loses a property turns slow to read (V8).
  let proseDistance = 4;
  for (let j = i + 1; j <= Math.min(blocks.length - 1, i + PROSE_REACH); j++) {
    if (ctx.quality[j] === 'good') {
      proseDistance = Math.log2(j - i);
      break;
    }
  }
  if (proseDistance !== 0) facts.proseDistance = proseDistance;
  if (ctx.isStamp(i)) facts.stamp = 1;
  if (ctx.isDateLine(i)) facts.dateLine = 1;
  for (let j = i + 1; j <= Math.min(blocks.length - 1, i + CUE_REACH); j++) {
    if (ctx.isStamp(j)) {
      facts.cueBelow = 1;
      break;
    }
  }
  for (let j = Math.max(0, i - CUE_ABOVE); j < i; j++) if (ctx.isStamp(j)) facts.cueAbove = 1;
  const echo = echoedNear(blocks, i);
  if (echo) facts.echo = 1;
  const copies = ctx.copies[i];
  if (copies >= (echo ? 3 : 2)) facts.repeatedFar = 1;
  if (ctx.listed.has(i)) facts.listed = 1;
  if (ctx.repeated.has(i)) facts.repeatDropped = 1;
  if (i > 0 && isHeadlineShaped(ctx, i - 1)) facts.headlineAbove = 1;
  if (i > 0 && isProseLine(ctx, i - 1)) facts.proseAbove = 1;

  const size = f.size;
  if (size < 1.5) facts.oneWord = 1;
  else if (size < 2.5) facts.twoWords = 1;
  else if (size < 5) facts.fewWords = 1;
  if (size >= 5 && size <= 25) facts.headlineLength = 1;
  if (size > 20) facts.long = 1;
  if (size >= 15 && f.stopwordRatio >= 0.3 && f.capitalRatio < 0.3) facts.sentence = 1;
  if (size < 5 && isShouted(block.text)) facts.shouted = 1;
  if (endsWithOneOf(block.text, '.,;:') && !block.text.endsWith('...') && !block.text.endsWith('…')) facts.endsPunctuation = 1;
  if (endsWithOneOf(block.text, '?？')) facts.question = 1;
  if (f.hasInnerSentenceBreak) facts.innerBreak = 1;
  if (/^\p{Ll}/u.test(block.text)) facts.startsLower = 1;
  if (f.capitalRatio > 0) facts.capitals = f.capitalRatio;
  if (/\d/u.test(block.text)) {
    const { runs, digitRuns } = letterRunCounts(block.text);
    if (digitRuns > 0) facts.numbers = digitRuns / runs;
  }
  if (SEPARATOR.test(block.text)) facts.separator = 1;
  if (size <= FORUM_NAME_WORDS && FORUM_NAME_END.test(block.text)) facts.forumName = 1;

  // Not read past the last line: an out-of-bounds read threw away this function's optimised code.
  const next = i + 1 < blocks.length ? blocks[i + 1] : undefined;
  if (next && isProseLine(ctx, i + 1)) facts.proseBelow = 1;
  if (block.gapBefore) facts.gapAbove = 1;
  if (next?.gapBefore) facts.gapBelow = 1;
  if (i > 0 && (ctx.excluded.has(i - 1) || ctx.listed.has(i - 1) || ctx.repeated.has(i - 1))) facts.afterDropped = 1;

  if (ctx.pageType) {
    const typed = TYPED_NAMES[ctx.pageType];
    if (size < 5) facts[typed.short] = 1;
    if (facts.cueBelow) facts[typed.cueBelow] = 1;
    if (facts.headlineLength) facts[typed.headlineLength] = 1;
    if (facts.distanceAbove) facts[typed.distanceAbove] = facts.distanceAbove;
  }
  const words = ctx.wordListOf(i);
  if (words.length > 0) {
    // The line's own words do not count when the line is itself part of the content.
    const own = i >= anchor ? new Map<string, number>() : null;
    if (own) for (const w of words) own.set(w, (own.get(w) ?? 0) + 1);
    // Counted in one loop, no arrays between: Array.prototype.map hands back a packed array from
    // a function that runs unoptimised and a holey one once it is optimised, and each change of
    // kind threw away this function's optimised code (it was compiled three times over).
    let used = 0;
    let named = 0;
    for (const w of words) {
      const uses = Math.max(0, (ctx.contentWords.get(w) ?? 0) - (own?.get(w) ?? 0));
      if (uses > 0) used++;
      named += Math.log2(1 + uses);
    }
    if (used > 0) {
      facts.namedInContent = used / words.length;
      facts.namedOften = named / words.length;
      facts.namedTotal = Math.log2(1 + named);
    }
  }
  return facts;
}

/** The facts that take the longest to read, none of them worth more than 1: breadcrumbs near the line and its lead's words. */
export const COSTLY_FACTS = ['crumbEnd', 'crumb', 'namedInLead'] as const satisfies readonly TitleFact[];

/** Adds the costly facts of line i to its cheap ones. */
export function addCostlyFacts(ctx: TitleContext, i: number, facts: TitleFacts): TitleFacts {
  const crumb = crumbOf(ctx.blocks, i);
  if (crumb.crumbEnd) facts.crumbEnd = 1;
  if (crumb.crumb) facts.crumb = 1;
  const words = ctx.wordListOf(i);
  if (words.length > 0) {
    const lead = leadBlocks(ctx, i);
    let inLead = 0;
    for (const w of words) if (lead.some((j) => ctx.wordsOf(j).has(w))) inLead++;
    if (inLead > 0) facts.namedInLead = inLead / words.length;
  }
  return facts;
}

/** Every fact of line i. */
export function titleFacts(ctx: TitleContext, i: number): TitleFacts {
  return addCostlyFacts(ctx, i, cheapFacts(ctx, i));
}
