/**
 * The evidence the page-type model reads: named features with values from 0 to 1, so one
 * weight per feature and type says how much a full-strength observation counts.
 */

/** Feature name (`says:cart`, `url:forum`, `cards:price`) -> value in [0, 1]. */
export type Features = Map<string, number>;

/** A count squashed into [0, 1): `half` gives 0.5, more approaches 1 ever more slowly. */
export function sat(count: number, half: number): number {
  return count <= 0 ? 0 : count / (count + half);
}

/** A share in [0, 1] (0 when there is nothing to share). */
export function share(part: number, whole: number): number {
  return whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 0;
}
