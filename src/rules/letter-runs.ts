/**
 * The runs of letters and digits of a text: what /[\p{L}\p{N}]+/gu matches, found by walking
 * the characters instead (about twice as quick: ASCII is looked up, only other characters are
 * matched one at a time). Title facts read the first 1,500 words of every page's content.
 */

/** A letter or digit, asked only of characters beyond ASCII. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ASCII_LETTER_OR_DIGIT = Array.from({ length: 128 }, (_, c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));

/** How many code units the letter or digit at k takes (a surrogate pair is one character), or 0. */
function letterAt(s: string, k: number): number {
  const c = s.charCodeAt(k);
  if (c < 128) return ASCII_LETTER_OR_DIGIT[c] ? 1 : 0;
  const width = (c & 0xfc00) === 0xd800 && (s.charCodeAt(k + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  return LETTER_OR_DIGIT.test(s.slice(k, k + width)) ? width : 0;
}

export function letterRuns(s: string): string[] {
  const runs: string[] = [];
  for (let k = 0; k < s.length; ) {
    let width = letterAt(s, k);
    if (width === 0) {
      k++;
      continue;
    }
    const start = k;
    do k += width;
    while (k < s.length && (width = letterAt(s, k)) > 0);
    runs.push(s.slice(start, k));
  }
  return runs;
}
