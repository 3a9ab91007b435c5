/**
 * The runs of letters and digits of a text: what /[\p{L}\p{N}]+/gu matches, found by walking
 * the characters instead (about twice as quick: ASCII is looked up, only other characters are
 * matched one at a time). Title facts read the first 1,500 words of every page's content, and
 * the language guess every word of the body.
 */

/** A letter or digit, asked only of characters beyond ASCII. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const ASCII_LETTER_OR_DIGIT = Array.from({ length: 128 }, (_, c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
const ASCII_LETTER = Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122));

/** How many code units the character at k takes (a surrogate pair is one character) when it is of the class, or 0. */
function widthAt(s: string, k: number, ascii: readonly boolean[], other: RegExp): number {
  const c = s.charCodeAt(k);
  if (c < 128) return ascii[c] ? 1 : 0;
  const width = (c & 0xfc00) === 0xd800 && (s.charCodeAt(k + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  return other.test(s.slice(k, k + width)) ? width : 0;
}

/** The runs of the class, in order; runs longer than `maxLength` code units are skipped (never sliced). */
function runsOf(s: string, ascii: readonly boolean[], other: RegExp, maxLength: number): string[] {
  const runs: string[] = [];
  for (let k = 0; k < s.length; ) {
    let width = widthAt(s, k, ascii, other);
    if (width === 0) {
      k++;
      continue;
    }
    const start = k;
    do k += width;
    while (k < s.length && (width = widthAt(s, k, ascii, other)) > 0);
    if (k - start <= maxLength) runs.push(s.slice(start, k));
  }
  return runs;
}

/** What /[\p{L}\p{N}]+/gu matches. */
export function letterRuns(s: string): string[] {
  return runsOf(s, ASCII_LETTER_OR_DIGIT, LETTER_OR_DIGIT, Infinity);
}

/** What /\p{L}+/gu matches, without the runs longer than `maxLength` code units. */
export function lettersOnlyRuns(s: string, maxLength = Infinity): string[] {
  return runsOf(s, ASCII_LETTER, LETTER, maxLength);
}
