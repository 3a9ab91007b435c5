/**
 * `items.map(make)`, always as a packed array.
 *
 * Why: V8's Array.prototype.map hands back a packed array while the function calling it runs
 * unoptimised and a holey one once that function is optimised (Node 20's optimising compiler
 * builds map's result holey; so does the builtin when its fast path gives up part way). Every
 * optimised function that had only seen the packed kind of such an array is then thrown away
 * and compiled again: in a batch run a burst of some fifty deoptimisations made one round of
 * the ScrapingHub dumps 1.6x as slow as the next, and the dumps' title facts were compiled three
 * times over. An array grown by push stays packed.
 */
export function packedMap<T, U>(items: readonly T[], make: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(make(items[i], i));
  return out;
}
