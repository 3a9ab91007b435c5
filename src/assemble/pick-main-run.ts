/**
 * The article is the densest run of prose on the page. Each block gets a weight (prose
 * positive, everything else a cost), and the run with the largest sum wins: a maximum
 * subarray. Short labels inside an article cost little, so it bridges them; a menu or a list
 * of headlines costs a lot, so the run stops there.
 */
import type { TextFeatures } from '../rules/features.js';
import type { Quality } from './quality.js';

export interface Run {
  readonly start: number;
  readonly end: number;
}

export const RUN_WEIGHTS = {
  /** Cost of each block that is not prose, whatever its size. */
  perBlockCost: 3,
  /** Cost per word of a `near` block (a headline, a list item). */
  nearWordCost: 0.35,
  /** Cost per word of a block a rule dropped. */
  badWordCost: 0.5,
} as const;

export function blockWeight(quality: Quality, f: TextFeatures): number {
  const w = RUN_WEIGHTS;
  switch (quality) {
    case 'good':
      return f.size;
    case 'near':
      return -w.perBlockCost - w.nearWordCost * f.size;
    case 'short':
      return -w.perBlockCost;
    case 'bad':
      return -w.perBlockCost - w.badWordCost * f.size;
  }
}

/** The run of blocks with the largest total weight, or null when no block is prose. */
export function pickMainRun(weights: readonly number[]): Run | null {
  let best: Run | null = null;
  let bestSum = 0;
  let start = 0;
  let sum = 0;
  weights.forEach((weight, i) => {
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += weight;
    if (sum > bestSum) {
      bestSum = sum;
      best = { start, end: i };
    }
  });
  return best;
}
