/**
 * A value made on first use, then kept: for the costly regexes a module would otherwise build
 * as it loads. V8 parses a regex when it is built (each \p{...} class costs some 20 µs) and
 * compiles it on its first match, and a cold `pith page.txt` paid for every pattern of every
 * module; many serve only pages few runs see (an author box's heading, CJK bylines, dotted
 * dates).
 */
export function lazy<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
