/**
 * `items.map(make)`, always as a packed array.
 *
 * Why: V8's Array.prototype.map now and then hands back a holey array (when its fast path gives
 * up part way, which depends on when the garbage collector runs), and every optimised function
 * that had only seen the packed kind of a page's per-block arrays (features, qualities) is then
 * thrown away at once: in a batch run a burst of some fifty deoptimisations made one round of
 * the ScrapingHub dumps 1.6x as slow as the next. An array grown by push stays packed.
 */
export function packedMap<T, U>(items: readonly T[], make: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(make(items[i], i));
  return out;
}
