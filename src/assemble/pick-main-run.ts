/**
 * The article is the densest run of prose on the page. Each block gets a weight (prose
 * positive, everything else a cost), and the run with the largest sum wins: a maximum
 * subarray. Short labels inside an article cost little, so it bridges them; a menu or a list
 * of headlines costs more with every line, so the run stops there.
 */
import type { TextFeatures } from '../rules/features.js';
import { isProseLike, type Quality, type QualityContext } from './quality.js';
import { packedMap } from '../packed.js';

export interface Run {
  readonly start: number;
  readonly end: number;
}

export const RUN_WEIGHTS = {
  /** Cost of each block that is not prose, whatever its size. */
  perBlockCost: 3,
  /** Cost per word of a `near` block that reads like a headline or menu entry. */
  headlineWordCost: 0.2,
  /** Cost per word of a `near` block that reads like a sentence fragment. */
  fragmentWordCost: 0.1,
  /** Cost per word of a block a rule dropped. */
  badWordCost: 0.5,
  /** Each further non-prose block in a row costs this much more (a share of its own cost). */
  gapGrowth: 0.15,
  /** Cost of a caption, credit or gallery line an article embeds (HTML). */
  mediaBlockCost: 2,
  /** Cost of a table row or a code line in a text dump: articles carry tables and code. */
  tableRowCost: 0.5,
  /** Prose that does not stand as its own paragraph (no blank line around it) counts this share. */
  unparagraphedShare: 0.2,
  /** A sentence standing as its own paragraph, too short to be prose, counts this share of its words. */
  shortParagraphShare: 0.3,
  /** How steeply the cost grows along a gap: 1 linear, 2 quadratic. */
  gapPower: 1,
  /**
   * The growth stops at this multiple of a block's own cost. A roundup's every item carries a
   * block of labels (specs, pros and cons, prices) that unbounded growth prices above the
   * item's prose; a menu still costs its full length, line by line.
   */
  gapCap: 2,
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

/**
 * Layout of a block in a dump that separates paragraphs with blank lines: `paragraph` when a
 * blank line stands before and after it (a <p>), `line` when it is glued to a neighbour (menus,
 * lists, teaser cards). `unknown` when the dump does not use blank lines this way.
 */
export type Layout = 'paragraph' | 'line' | 'unknown';

/** How much more the n-th block of a gap costs than its own base cost. */
function gapFactor(n: number): number {
  return Math.min(RUN_WEIGHTS.gapCap, 1 + RUN_WEIGHTS.gapGrowth * (n - 1) ** RUN_WEIGHTS.gapPower);
}

/**
 * Weights of all blocks: prose counts its words, each gap block a cost that grows along the gap.
 * `echoes`: blocks dropped as later copies of a line shown earlier on the page.
 */
export function blockWeights(
  quality: readonly Quality[],
  features: readonly TextFeatures[],
  layout: readonly Layout[],
  ctx: QualityContext,
  media: readonly boolean[] = [],
  stanza: readonly boolean[] = [],
  rows: readonly boolean[] = [],
  echoes: readonly boolean[] = [],
): number[] {
  const w = RUN_WEIGHTS;
  let gap = 0;
  return packedMap(quality, (q, i) => {
    const f = features[i];
    if (q === 'good') {
      gap = 0;
      return layout[i] === 'line' ? f.size * w.unparagraphedShare : f.size;
    }
    if ((layout[i] === 'paragraph' || stanza[i]) && f.endsSentence && !f.truncated && q !== 'bad') {
      gap = 0;
      return f.size * w.shortParagraphShare;
    }
    // Captions and gallery lines (HTML) sit inside articles: a small cost, and the gap does not grow.
    if (media[i]) return -w.mediaBlockCost;
    // A table's rows and a code block's lines are data, neither prose nor a menu: a small cost, and the gap does not grow.
    if (rows[i] && q !== 'bad') return -w.tableRowCost;
    gap++;
    // A later copy of a line the page already showed (a reply quoting the question, each
    // offer's fine print) is no evidence either way: it costs what a short line costs.
    if (echoes[i]) return -w.perBlockCost * gapFactor(gap);
    return -baseCost(q, features[i], ctx) * gapFactor(gap);
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
