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

import { OpeningGate, opensWithAnyOf, type ColdCheck } from './openings.js';

/** A pattern that matches regardless of case; `test` and `exec` as on a RegExp without the g flag. */
export interface CaselessPattern {
  /** Whether the pattern matches `text`, in any case. */
  test(text: string): boolean;
  /**
   * The match, with its index (and indices, with the d flag) in `text` itself; its groups may be
   * in lower case, so take what it matched from `text` by position.
   */
  exec(text: string): RegExpExecArray | null;
}

/**
 * Whether a block's lower-case text holds any of `words` (lower case): a string search, asked
 * before a caseless pattern every alternative of which holds one of them, which V8 would try
 * at every position of the text.
 */
export function holdsAnyOf(lower: string, words: readonly string[]): boolean {
  for (const word of words) if (lower.includes(word)) return true;
  return false;
}

/**
 * What every line a caseless pattern matches opens with (`opens`, for a source built as
 * `^(?:${opens.join('|')})...`) or holds (`holds`, for `...(?:${holds.join('|')})...`), in lower
 * case. Checked on the lower-cased line only while the pattern's gate is cold (its first
 * hundred askings): a single page's lines that fail it never compile the pattern, and a long
 * run leaves the work to the gate and the i-flag twin, which need no lower-cased line.
 */
export type LineHint = { readonly opens: readonly string[] } | { readonly holds: readonly string[] };

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
 * Uses after which a pattern is worth its i-flag twin. A single page uses most patterns fewer
 * times than this and never compiles the twin; a batch run compiles it once and stops
 * lower-casing lines for it (text dumps took about 5% longer without the twin, 2% with it).
 */
const TWIN_AFTER = 100;

/**
 * A case-insensitive pattern from a lower-case `source` (flags without i, g or y). The regex is
 * built on first use: a run that never asks never compiles it. After TWIN_AFTER uses, and for a
 * line that lower-cases to another length (the Turkish İ), the same source with the i flag runs
 * on the line as written, which matches the same lines (a letter of the lower-case source
 * matches either case, and \p{Ll} every cased letter). `lines`: what every line the pattern
 * matches opens with or holds, when the caller built it from a word list (see LineHint).
 */
export function caseless(source: string, flags = 'u', lines?: LineHint): CaselessPattern {
  if (/[igy]/.test(flags)) throw new Error(`caseless patterns take no i, g or y flag: /${source}/${flags}`);
  CASELESS_SOURCES.push(source);
  return new Caseless(source, NEEDS_UNICODE.test(source) ? flags : flags.replace('u', ''), lines);
}

/**
 * What only the u flag reads: a property class (\p{L}), a code point escape (\u{1F600}), a
 * character beyond the BMP. A pattern without any runs without the u flag, which matches the
 * same lines (bar a character beyond the BMP counting as two in a bounded repeat such as
 * `[^,]{1,40}`, and the long s and Kelvin sign in the i-flag twin) nearly twice as fast: V8
 * runs a pattern with both the u and the i flag (the twin) far slower than with the i flag alone.
 */
const NEEDS_UNICODE = /\\[pPu]\{|[\u{10000}-\u{10FFFF}]/u;

/**
 * Whether any of several caseless patterns matches, as one pattern: a rule that asks "is it
 * any of these?" of every line scans each line once, not once per pattern (a line of prose
 * was scanned a dozen times by the small-print patterns alone). Only for `test`: the
 * sources' groups are numbered anew, so a back-reference is refused.
 */
export function caselessAny(sources: readonly string[], flags = 'u'): CaselessPattern {
  for (const source of sources) if (/\\[1-9]|\\k</.test(source)) throw new Error(`caselessAny takes no back-references: /${source}/`);
  return caseless(sources.map((source) => `(?:${source})`).join('|'), flags);
}

/** A LineHint as the gate's cold check, on the lower-cased line. */
function coldCheck(lines: LineHint): ColdCheck {
  if ('opens' in lines) return (text) => opensWithAnyOf(lowered(text), lines.opens);
  return (text) => holdsAnyOf(lowered(text), lines.holds);
}

class Caseless implements CaselessPattern {
  private lower: RegExp | undefined;
  private twin: RegExp | undefined;
  private uses = 0;
  /** What a line must open with to match, when the pattern is anchored (openings.ts). */
  private readonly gate: OpeningGate;

  constructor(
    private readonly source: string,
    private readonly flags: string,
    lines?: LineHint,
  ) {
    this.gate = new OpeningGate(source, flags, lines === undefined ? undefined : coldCheck(lines));
  }

  test(text: string): boolean {
    if (!this.gate.mayMatch(text)) return false;
    const line = this.cheapLine(text);
    return line === null ? this.written().test(text) : this.lowerCase().test(line);
  }

  exec(text: string): RegExpExecArray | null {
    if (!this.gate.mayMatch(text)) return null;
    const line = this.cheapLine(text);
    return line === null ? this.written().exec(text) : this.lowerCase().exec(line);
  }

  /** The line lower-cased, while that is the cheaper way and keeps its length; else null (the twin's turn). */
  private cheapLine(text: string): string | null {
    if (this.twin !== undefined || ++this.uses > TWIN_AFTER) return null;
    const line = lowered(text);
    return line.length === text.length ? line : null;
  }

  /** The source as written, for lower-cased lines. */
  private lowerCase(): RegExp {
    return (this.lower ??= new RegExp(this.source, this.flags));
  }

  /** The i-flag twin, for lines as written. */
  private written(): RegExp {
    return (this.twin ??= new RegExp(this.source, `${this.flags}i`));
  }
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
