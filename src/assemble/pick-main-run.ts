/**
 * The article is the densest run of prose on the page. Each block gets a weight (prose
 * positive, everything else a cost), and the run with the largest sum wins: a maximum
 * subarray. Short labels inside an article cost little, so it bridges them; a menu or a list
 * of headlines costs more with every line, so the run stops there.
 */
import type { TextFeatures } from '../rules/features.js';
import { isProseLike, type Quality, type QualityContext } from './quality.js';

export interface Run {
  readonly start: number;
  readonly end: number;
}

export const RUN_WEIGHTS = {
  /** Cost of each block that is not prose, whatever its size. */
  perBlockCost: 3,
  /** Cost per word of a `near` block that reads like a headline or menu entry. */
  headlineWordCost: 0.35,
  /** Cost per word of a `near` block that reads like a sentence fragment. */
  fragmentWordCost: 0.1,
  /** Cost per word of a block a rule dropped. */
  badWordCost: 0.5,
  /** Each further non-prose block in a row costs this much more (a share of its own cost). */
  gapGrowth: 0.15,
} as const;

function baseCost(quality: Quality, f: TextFeatures, ctx: QualityContext): number {
  const w = RUN_WEIGHTS;
  switch (quality) {
    case 'near':
      return w.perBlockCost + (isProseLike(f, ctx) ? w.fragmentWordCost : w.headlineWordCost) * f.size;
    case 'short':
      return w.perBlockCost;
    default:
      return w.perBlockCost + w.badWordCost * f.size;
  }
}

/** Weights of all blocks: prose counts its words, each gap block a cost that grows along the gap. */
export function blockWeights(quality: readonly Quality[], features: readonly TextFeatures[], ctx: QualityContext): number[] {
  let gap = 0;
  return quality.map((q, i) => {
    if (q === 'good') {
      gap = 0;
      return features[i].size;
    }
    gap++;
    return -baseCost(q, features[i], ctx) * (1 + RUN_WEIGHTS.gapGrowth * (gap - 1));
  });
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
