/**
 * Text-shape features of a block: what rules measure when a dump gives no markup. Computed
 * once per block and shared by every rule.
 */
import type { Block } from '../types.js';
import { STOPWORDS, isStopwordAt } from './stopwords.js';
import { labelKey } from './label.js';
import { charClass, eachWordRun, widthAt } from './letter-runs.js';
import { endsWithMark } from './line-ends.js';
import { packedMap } from '../packed.js';
import { allMatches } from '../matches.js';
import { lazy } from '../lazy.js';

export interface TextFeatures {
  /** Word tokens (letters/digits runs). */
  words: number;
  /** Characters of CJK scripts, which carry about a word each per 1.5 characters. */
  cjkChars: number;
  /** Size of the text in word units, comparable across scripts. */
  size: number;
  /** Ends like a sentence (., !, ?, …, 。 and closing quotes after them). */
  endsSentence: boolean;
  /** Share of words that are function words: high in prose, low in menus and headlines. */
  stopwordRatio: number;
  /** Share of words that start with a capital: high in headlines and names. */
  capitalRatio: number;
  /** Contains sentence punctuation somewhere inside. */
  hasInnerSentenceBreak: boolean;
  /** Starts with a title-case headline glued to a sentence ("On The Rise?Violence is part of..."): a teaser card. */
  gluedHeadline: boolean;
  /** The text reduced for vocabulary lookups (see labelKey); empty for long blocks. */
  label: string;
  /** Ends in a cut-off marker ("that I […]", "read more..."): an excerpt of a text elsewhere. */
  truncated: boolean;
}

const WORD = /[\p{L}\p{N}_]+/gu;
const CJK_CLASS = '[\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7A3]';
const CJK_ALL = new RegExp(CJK_CLASS, 'gu');
const CJK_ONE = new RegExp(CJK_CLASS, 'u');
const TRUNCATED = lazy(() => /(?:\[(?:…|\.\.\.)\]|\((?:…|\.\.\.)\)|\p{L}\s+(?:…|\.\.\.)|\p{Ll}(?:…|\.\.\.)|(?:…|\.\.\.)\s*(?:more|read more|continue reading|mehr|weiterlesen|plus|lire la suite|más|leer más|altro|leia mais|lees meer|devamı))$/iu);
/** Longer than any truncation mark with the word before it ("... continue reading"). */
const TRUNCATION_TAIL = 64;
/** A sentence's last mark, and the quotes and brackets that may close it. */
const SENTENCE_ENDERS = '.!?…。！？:;';
const CLOSING_MARKS = `"'”’»)]`;

/** Where innerText glued a card's headline to its excerpt: a lower-case letter or closing mark, then a capital. */
const GLUE = /(?<=[\p{Ll}\d?!'’"”)])(?=\p{Lu}\p{Ll}*\s)/gu;
/** The headline before the glue is title case: this share of its words capitalised. */
const GLUED_HEADLINE_CAPITALS = 0.75;

/** Every form of truncation is short, ends the text and holds an ellipsis: the tail is tested only when it has one. */
function isTruncated(text: string): boolean {
  const tail = text.length > TRUNCATION_TAIL ? text.slice(-TRUNCATION_TAIL) : text;
  return (tail.includes('…') || tail.includes('...')) && TRUNCATED().test(tail);
}

/** Whether an ASCII character may stand before a glue: a small letter, a digit, or ? ! ' " ). */
function gluesBefore(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 63 || c === 33 || c === 39 || c === 34 || c === 41;
}

/** What may stand before a glue, and the capital after it: GLUE's two sides, one character each. */
const GLUE_BEFORE = charClass(/^[\p{Ll}\d?!'’"”)]$/u, gluesBefore);
const CAPITAL = charClass(/^\p{Lu}$/u, (c) => c >= 65 && c <= 90);

/**
 * Whether GLUE could match at all: a character that may stand before a glue, then a capital
 * (what /[\p{Ll}\d?!'’"”)]\p{Lu}/u finds). Most lines have none. Walked a character at a time,
 * ASCII by its codes and the rest by table (letter-runs.ts): a regex asked from the first
 * character beyond ASCII on, as before, scanned the rest of every line with a curly quote or
 * a dash, at up to five times the cost of the walk.
 */
function mayHoldGlue(text: string): boolean {
  let afterBefore = false;
  for (let k = 0; k < text.length; ) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if (afterBefore && c >= 65 && c <= 90) return true;
      afterBefore = gluesBefore(c);
      k++;
      continue;
    }
    if (afterBefore && widthAt(text, k, CAPITAL) > 0) return true;
    const width = widthAt(text, k, GLUE_BEFORE);
    afterBefore = width > 0;
    // A character of neither class is one code unit, or a surrogate pair stepped over one unit at a time (neither half is of either class).
    k += width > 0 ? width : 1;
  }
  return false;
}

function hasGluedHeadline(text: string): boolean {
  if (!mayHoldGlue(text)) return false;
  for (const match of allMatches(GLUE, text)) {
    const head = text.slice(0, match.index);
    const words = head.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    // A later glue's head holds every word of this one's: past fifteen, none can qualify.
    if (words.length > 15) break;
    if (words.length < 3) continue;
    const capitals = words.filter((w) => /^[\p{Lu}\d"'‘“]/u.test(w)).length;
    const rest = text.slice(match.index).split(/\s+/);
    if (capitals / words.length < GLUED_HEADLINE_CAPITALS || rest.length < 8) continue;
    // "MacBook Pro" is a brand, not a glue: after a real glue a sentence goes on in lower case.
    const sentenceGoesOn = /^[\p{Ll}\d]/u.test(rest[1] ?? '') || /[?!'’"”)]$/u.test(head);
    if (sentenceGoesOn) return true;
  }
  return false;
}

/** Word units comparable across scripts: about 1.5 Chinese or Japanese characters carry a word. */
function sizeFrom(tokens: readonly string[], cjkChars: number): number {
  return cjkChars > 0 ? tokens.filter((t) => !CJK_ONE.test(t)).length + cjkChars / 1.5 : tokens.length;
}

/** The size of any text (a whole body, say) in the blocks' word units; without CJK, its words counted without a list of them. */
export function sizeOf(text: string): number {
  const cjkChars = (text.match(CJK_ALL) ?? []).length;
  if (cjkChars > 0) return sizeFrom(text.match(WORD) ?? [], cjkChars);
  let words = 0;
  eachWordRun(text, () => void words++);
  return words;
}

/** Whether the text holds Chinese, Japanese or Korean characters (its words then are not runs between spaces). */
export function hasCjk(text: string): boolean {
  return CJK_ONE.test(text);
}

const LONGEST_STOPWORD = Math.max(...[...STOPWORDS].map((w) => w.length));

/** A token's first letter, asked only of tokens that do not start in ASCII (most do). */
const LETTER_START = /^\p{L}/u;
const UPPER_START = /^\p{Lu}/u;

interface WordStats {
  words: number;
  stop: number;
  alphaTokens: number;
  capitals: number;
}

/** Counts the word text[start, end): a function word, and whether it starts with a letter or a capital. */
function tally(stats: WordStats, text: string, start: number, end: number): void {
  stats.words++;
  // Lower-casing never shortens a word: one longer than any function word is none.
  if (end - start <= LONGEST_STOPWORD && isStopwordAt(text, start, end)) stats.stop++;
  const c = text.charCodeAt(start);
  const first = c < 128 ? '' : text.slice(start, Math.min(end, start + 2));
  const upper = c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(first);
  if (upper || (c < 128 ? c >= 97 && c <= 122 : LETTER_START.test(first))) {
    stats.alphaTokens++;
    if (upper) stats.capitals++;
  }
}

/**
 * The words' counts: walked without slicing a word that cannot be a function word, or, for
 * text with CJK (whose size counts characters, see sizeFrom), over the words themselves.
 */
function wordStats(text: string, tokens: readonly string[] | null): WordStats {
  const stats: WordStats = { words: 0, stop: 0, alphaTokens: 0, capitals: 0 };
  if (tokens) for (const token of tokens) tally(stats, token, 0, token.length);
  else eachWordRun(text, (start, end) => tally(stats, text, start, end));
  return stats;
}

/** A block's features; `lower`: its text in lower case, when the caller has it already. */
export function textFeatures(text: string, lower?: string): TextFeatures {
  const cjkChars = (text.match(CJK_ALL) ?? []).length;
  // CJK text sizes its words by characters (sizeFrom), which needs the words themselves.
  const tokens = cjkChars > 0 ? (text.match(WORD) ?? []) : null;
  const { words, stop, alphaTokens, capitals } = wordStats(text, tokens);
  return {
    words,
    cjkChars,
    size: tokens ? sizeFrom(tokens, cjkChars) : words,
    endsSentence: endsWithMark(text, SENTENCE_ENDERS, CLOSING_MARKS),
    stopwordRatio: words ? stop / words : 0,
    capitalRatio: alphaTokens ? capitals / alphaTokens : 0,
    hasInnerSentenceBreak: /[.!?。！？]\s+\S/u.test(text),
    truncated: isTruncated(text),
    label: text.length <= 120 ? labelKey(text, lower) : '',
    gluedHeadline: hasGluedHeadline(text),
  };
}

/** Features for every block, indexed like the blocks; `lowerTexts`: their texts in lower case, by index. */
export function featuresOf(blocks: readonly Block[], lowerTexts?: readonly string[]): TextFeatures[] {
  return packedMap(blocks, (b, i) => textFeatures(b.text, lowerTexts?.[i]));
}
