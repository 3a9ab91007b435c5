/**
 * How a line ends, read from its end. V8 tries a pattern anchored with `$` (/[.,;:]$/) at every
 * position of the text, so asked of every block such a pattern scans the whole page; these
 * read the last characters. Every mark and closer is one UTF-16 unit.
 */

/** The text's last character is one of `marks`: /[marks]$/. */
export function endsWithOneOf(text: string, marks: string): boolean {
  return text.length > 0 && marks.includes(text[text.length - 1]);
}

/** Past any of `closers` at its end, the text's last character is one of `marks`: /[marks][closers]*$/. */
export function endsWithMark(text: string, marks: string, closers: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && closers.includes(text[k])) k--;
  return k >= 0 && marks.includes(text[k]);
}

const SPACE = /\s/;

/** Past any white space at its end, the text's last character is one of `marks`: /[marks]\s*$/. */
export function endsWithMarkBeforeSpace(text: string, marks: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && SPACE.test(text[k])) k--;
  return k >= 0 && marks.includes(text[k]);
}
