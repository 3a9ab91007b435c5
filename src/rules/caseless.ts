/**
 * Vocabulary patterns matched in any case, compiled cheaply.
 *
 * Why: V8 compiles a regex with the i flag several times slower than without it, and with the u
 * flag too five to ten times slower (every letter and every \p{...} class gets its case
 * closure). A cold `pith page.txt` compiles each regex it uses, and the multilingual
 * vocabularies are the largest of them: with the i flag they were a fifth of a short page's run.
 * A caseless pattern is written in lower case and run without the i flag on the lower-cased
 * text, which matches what the i flag would, bar a few exotic case pairs (the long s, the Kelvin
 * sign).
 */

/** A pattern that matches regardless of case; `test` and `exec` as on a RegExp without the g flag. */
export interface CaselessPattern {
  /** Whether the pattern matches `text`, in any case. */
  test(text: string): boolean;
  /**
   * The match in the lower-cased text: its groups are lower case, and its index and lengths
   * map back to `text` with `originalIndex`.
   */
  exec(text: string): RegExpExecArray | null;
}

/** Every caseless pattern's source, so a test can check that none has an upper-case letter. */
export const CASELESS_SOURCES: string[] = [];

// Rules test one line against several patterns in a row: it is lower-cased once.
let lastText = '';
let lastLower = '';

/** `text` lower-cased (the last one is remembered). */
export function lowered(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

/**
 * The index in `text` of index `at` in its lower-cased form: the same unless a letter before
 * it lower-cases to two (the Turkish İ).
 */
export function originalIndex(text: string, at: number): number {
  if (lowered(text).length === text.length) return at;
  let k = 0;
  for (let lower = 0; k < text.length && lower < at; k++) lower += text[k].toLowerCase().length;
  return k;
}

/**
 * A case-insensitive pattern from a lower-case `source` (flags without i, g or y). The regex is
 * built on first use: a run that never asks never compiles it.
 */
export function caseless(source: string, flags = 'u'): CaselessPattern {
  if (/[igy]/.test(flags)) throw new Error(`caseless patterns take no i, g or y flag: /${source}/${flags}`);
  CASELESS_SOURCES.push(source);
  let re: RegExp | undefined;
  const regex = () => (re ??= new RegExp(source, flags));
  return {
    test: (text) => regex().test(lowered(text)),
    exec: (text) => regex().exec(lowered(text)),
  };
}

/**
 * A plain alternation of words ("st|nd|rd|th") spelt to match in any case without the i flag
 * ("[sS][tT]|..."), for the few words inside a pattern that must stay case-sensitive elsewhere
 * or keeps its own state (the g and y flags).
 */
export function anyCase(words: string): string {
  return words.replace(/\p{L}/gu, (c) => {
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    return lower === upper || lower.length > 1 || upper.length > 1 ? c : `[${lower}${upper}]`;
  });
}
