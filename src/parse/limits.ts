/**
 * Size caps of the parse, so that no page costs more than its size allows. They sit far above
 * any real page (the largest of the 3,300 dev pages makes 3,335 blocks) and warn when they cut.
 */

/** Blocks (paragraphs, lines) read from one page; the rest of the page is not read. */
export const MAX_BLOCKS = 30_000;

/**
 * Elements nested deeper than this are read as plain text of the block around them: no real
 * page comes near it, and every block carries its chain of enclosing elements, so a deeper
 * chain would make a hostile page's cost grow with the square of its size.
 */
export const MAX_NESTING = 256;

/** Open elements the parser may hold (see html/nesting.ts); the walk flattens past MAX_NESTING anyway. */
export const MAX_PARSE_DEPTH = 1024;

/** Elements the parser may build from one page: a DOM node costs some hundred bytes, and the largest dev page has 8,426. */
export const MAX_PARSE_ELEMENTS = 300_000;

/** Lines of a text dump read before they become blocks (blank lines and wrapped lines included). */
export const MAX_LINES = MAX_BLOCKS * 4;

/** The text before its `max`-th line break, or the whole text when it has fewer lines. */
export function firstLines(text: string, max: number): { text: string; cut: boolean } {
  let at = -1;
  for (let n = 0; n < max; n++) {
    at = text.indexOf('\n', at + 1);
    if (at === -1) return { text, cut: false };
  }
  return { text: text.slice(0, at), cut: true };
}

export function truncationWarning(): string {
  const n = (x: number) => x.toLocaleString('en');
  return `the page is longer than any real page (over ${n(MAX_BLOCKS)} blocks or ${n(MAX_PARSE_ELEMENTS)} elements): the rest of it was not read`;
}

/**
 * The longest block: a longer one is split into blocks of at most this many characters, at a
 * space where there is one. The longest paragraph of the dev pages is under 100,000; a page
 * of one 16 MB token or line made the rules' regexes overflow V8's stack.
 */
export const MAX_BLOCK_CHARS = 200_000;

/** How far back from the cut a space is looked for, so words stay whole. */
const SPACE_LOOKBACK = 2_000;

/** The text in pieces of at most `max` characters, cut after a space when one is near (the text itself when short enough). */
export function splitLong(text: string, max = MAX_BLOCK_CHARS): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    let cut = start + max;
    const space = text.lastIndexOf(' ', cut);
    if (space > cut - SPACE_LOOKBACK && space > start) cut = space + 1;
    // Never between the halves of a surrogate pair.
    else if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
    pieces.push(text.slice(start, cut).trimEnd());
    start = cut;
  }
  pieces.push(text.slice(start));
  return pieces.filter((p) => p !== '');
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
