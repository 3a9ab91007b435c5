/**
 * What a line must open with to match an anchored vocabulary pattern, read off the pattern's
 * source.
 *
 * Why: most rules ask every line whether it opens with one of their words
 * (`^(?:related|more from|tags?|...)`), and a dump's line is asked dozens of such questions.
 * Each asking costs a call into V8's regex engine, whatever the line; a line that opens with
 * none of a pattern's openings cannot match it, and its first characters say so.
 * The openings are the plain characters each alternative starts with (never past a quantifier,
 * a class or an escape of more than one character); a pattern any of whose alternatives may
 * open otherwise has none, and is always run.
 */

/** Characters that end a run of plain characters in a source. */
const SPECIAL = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
/** Escapes of one plain character (`\.`, `\/`, `\(`). */
const ESCAPED_PLAIN = /^[\\^$.|?*+()[\]{}/\-'"#:,;!@%&=<>~`]$/;
/** Quantifiers that let what they follow be left out. */
const MAY_SKIP = /^(?:\?|\*|\{0[,}])/;
/** Any quantifier. */
const QUANTIFIER = /^[?*+{]/;

/** The index just past the character class that opens at `start` (a '['). */
function classEnd(source: string, start: number): number {
  for (let k = start + 1; k < source.length; k++) {
    if (source[k] === '\\') k++;
    else if (source[k] === ']') return k + 1;
  }
  return source.length;
}

/** The index just past the group that opens at `start` (a '('), or -1 when the source is unbalanced. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let k = start; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (c === '[') k = classEnd(source, k) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  return -1;
}

/** The alternatives of a source at its own top level. */
function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let k = 0; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (c === '[') k = classEnd(source, k) - 1;
    else if (c === '(') {
      const end = groupEnd(source, k);
      if (end < 0) return [source];
      k = end - 1;
    } else if (c === '|') {
      out.push(source.slice(from, k));
      from = k + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** The openings of a sequence (no alternation at its top level), or null when it may open with anything. */
function sequenceOpenings(seq: string): string[] | null {
  if (seq.startsWith('(')) {
    // A plain or capturing group opens the sequence; a look-around gives up.
    const open = /^\((?:\?:|\?<[A-Za-z_]\w*>)?/.exec(seq)![0];
    if (open === '(' && seq.startsWith('(?')) return null;
    const end = groupEnd(seq, 0);
    if (end < 0) return null;
    const inner = openingsOf(seq.slice(open.length, end - 1));
    if (inner === null) return null;
    const after = seq.slice(end);
    if (!MAY_SKIP.test(after)) return inner;
    // An optional group: the line opens with it or with what follows it (a lazy ? after the quantifier changes nothing).
    const rest = sequenceOpenings(after.slice(after.startsWith('{') ? after.indexOf('}') + 1 : 1).replace(/^\?/, ''));
    return rest === null ? null : [...inner, ...rest];
  }
  // A digit opens the line: any of ten.
  if (seq.startsWith('\\d')) return /^[?*{]/.test(seq.slice(2)) ? null : [...'0123456789'];
  let prefix = '';
  for (let k = 0; k < seq.length; k++) {
    let c = seq[k];
    let next = k + 1;
    if (c === '\\') {
      const escaped = seq[k + 1] ?? '';
      if (!ESCAPED_PLAIN.test(escaped)) break;
      c = escaped;
      next = k + 2;
    } else if (SPECIAL.has(c)) break;
    // A quantified character may be left out or repeated: the opening ends before it.
    if (QUANTIFIER.test(seq.slice(next))) break;
    prefix += c;
    k = next - 1;
  }
  return prefix === '' ? null : [prefix];
}

/** The openings of a source (its alternatives' together), or null when one of them may open with anything. */
function openingsOf(source: string): string[] | null {
  const out: string[] = [];
  for (const alternative of alternativesOf(source)) {
    const openings = sequenceOpenings(alternative);
    if (openings === null) return null;
    out.push(...openings);
  }
  return out;
}

/**
 * The openings of every top-level alternative, each anchored by ^ or a group of anchored
 * alternatives (as caselessAny joins its sources: `(?:^a...)|(?:^b...)`); null when one is not.
 */
function anchoredRaw(source: string): string[] | null {
  const out: string[] = [];
  for (const alternative of alternativesOf(source)) {
    let openings: string[] | null = null;
    if (alternative.startsWith('^')) openings = sequenceOpenings(alternative.slice(1));
    else if (alternative.startsWith('(?:')) {
      const end = groupEnd(alternative, 0);
      // A group that may be left out or repeated is not the line's start.
      if (end > 0 && !QUANTIFIER.test(alternative.slice(end))) openings = anchoredRaw(alternative.slice(3, end - 1));
    }
    if (openings === null) return null;
    out.push(...openings);
  }
  return out;
}

/**
 * The characters beyond ASCII that match an ASCII letter in some case: the long s matches s,
 * the Kelvin sign k (with the i and u flags). A line that opens in ASCII may match an opening
 * that starts with one.
 */
const MATCH_ASCII = new Set(['\u017f', '\u212a']);

/**
 * The openings of a pattern anchored at the start (every top-level alternative opens with ^),
 * in lower case, each cut at its first character beyond ASCII; null when the pattern is not
 * anchored, or one of its alternatives may open otherwise. A line that opens with none of
 * them, read in any case, cannot match.
 */
export function anchoredOpenings(source: string, flags = ''): string[] | null {
  if (flags.includes('m')) return null;
  const raw = anchoredRaw(source);
  if (raw === null) return null;
  const out = new Set<string>();
  for (const opening of raw) {
    if (MATCH_ASCII.has(opening[0])) return null;
    // Cut at its first character beyond ASCII, where OpeningTest's reading of a line stops.
    const cut = opening.search(/[^\x00-\x7f]/);
    const ascii = (cut < 0 ? opening : opening.slice(0, cut)).toLowerCase();
    // An opening that starts beyond ASCII matches only a line that does, and such a line is always run.
    if (ascii !== '') out.add(ascii);
  }
  return out.size > 0 ? [...out] : null;
}

/**
 * A quick test of a line's opening against a pattern's openings (anchoredOpenings): false only
 * when the line cannot match, true when the pattern must be run. It reads the line's first two
 * characters, as ASCII with capitals folded, in a table: a character beyond ASCII leaves the
 * answer to the pattern. Two characters rule out most lines at the cost of two lookups; a
 * walk over every opening that shares them cost more than the regex engine's own dispatch.
 */
export class OpeningTest {
  /** 1 where an opening starts with these two characters (first * 128 + second), or is the first alone. */
  private readonly pairs = new Uint8Array(128 * 128);
  /** 1 where an opening starts with this character; 2 where one is this character alone. */
  private readonly firsts = new Uint8Array(128);

  constructor(openings: readonly string[]) {
    for (const opening of openings) {
      const first = opening.charCodeAt(0);
      if (opening.length === 1) {
        this.firsts[first] = 2;
        this.pairs.fill(1, first * 128, first * 128 + 128);
      } else {
        this.firsts[first] ||= 1;
        this.pairs[first * 128 + opening.charCodeAt(1)] = 1;
      }
    }
  }

  /** Whether `text` may open with one of the openings, in any case. */
  mayOpen(text: string): boolean {
    if (text.length === 0) return false;
    const first = folded(text.charCodeAt(0));
    if (first >= 128) return true;
    if (text.length === 1) return this.firsts[first] === 2;
    const second = folded(text.charCodeAt(1));
    if (second >= 128) return this.firsts[first] !== 0;
    return this.pairs[first * 128 + second] === 1;
  }
}

/** A character code with an ASCII capital folded to its small letter. */
function folded(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * Askings after which a pattern's openings are read. Reading them is a walk over its source,
 * cold code on a single page's run (about 6 ms over all of pith's patterns, a twentieth of a
 * cold start), for a gain that shows only over many lines: a run of one page never pays for
 * it, a batch reads each pattern's openings once.
 */
const GATE_AFTER = 100;

/**
 * What its caller knows every line a pattern matches to hold (false: the pattern cannot match
 * the line), asked while the pattern's gate is not yet read: a single page's lines that fail it
 * never compile the pattern, which for the multilingual vocabularies costs more than the page.
 */
export type ColdCheck = (text: string) => boolean;

/** The gate of one pattern: its openings, read once it has been asked often enough. */
export class OpeningGate {
  private test: OpeningTest | null | undefined;
  private asked = 0;

  constructor(
    private readonly source: string,
    private readonly flags: string,
    private readonly cold?: ColdCheck,
  ) {}

  /** False only when the line opens with none of an anchored pattern's openings (or fails the cold check): the pattern cannot match it. */
  mayMatch(text: string): boolean {
    if (this.test === undefined) {
      if (++this.asked <= GATE_AFTER) return this.cold === undefined || this.cold(text);
      const openings = anchoredOpenings(this.source, this.flags);
      this.test = openings === null ? null : new OpeningTest(openings);
    }
    return this.test === null || this.test.mayOpen(text);
  }
}

/** Whether `text` opens with any of `openings`. */
export function opensWithAnyOf(text: string, openings: readonly string[]): boolean {
  for (const opening of openings) if (text.startsWith(opening)) return true;
  return false;
}

/** Every gated regex made, so a test can check each against its openings. */
export const GATED_REGEXES: GatedRegex[] = [];

/**
 * A plain regex anchored at the line's start (a rule's own, with or without the i flag),
 * asked only of the lines that open with one of its openings; any other regex is asked of
 * every line. Capitals are folded, so a case-sensitive pattern is asked of more lines than
 * could match, never of fewer.
 */
export class GatedRegex {
  private readonly gate: OpeningGate;

  /** `opens`: what every line the regex matches opens with, as written (a regex without the i flag), checked while the gate is cold. */
  constructor(
    readonly regex: RegExp,
    opens?: readonly string[],
  ) {
    if (regex.global || regex.sticky) throw new Error(`a gated regex keeps no state: /${regex.source}/${regex.flags}`);
    if (opens !== undefined && regex.ignoreCase) throw new Error(`openings are compared as written: /${regex.source}/${regex.flags}`);
    this.gate = new OpeningGate(regex.source, regex.flags, opens === undefined ? undefined : (text) => opensWithAnyOf(text, opens));
    GATED_REGEXES.push(this);
  }

  test(text: string): boolean {
    return this.gate.mayMatch(text) && this.regex.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.gate.mayMatch(text) ? this.regex.exec(text) : null;
  }
}
