/**
 * A shop's or a list's filter panel: a heading such as "Filters", "Refine by" or "Filtern
 * nach" over facet groups of one-word options (colours, sizes, price bands). The options are
 * controls that narrow the items, never the items, on a listing or a product grid as much as
 * anywhere. The section the heading opens goes whole, as for recommendation carousels; a
 * section that holds prose or half the page is not a panel and stays. HTML only.
 */
import type { Block } from '../../types.js';
import type { Rule, RuleMark } from '../types.js';
import { FILTER_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';
import { headedSections } from './section-of.js';

const LABELS = labelSet(FILTER_LABELS);
/** A panel's heading is a label, not a sentence that mentions filters. */
const MAX_HEADING_CHARS = 40;

const isFilterHeading = (block: Block, label: string) => block.text.length <= MAX_HEADING_CHARS && LABELS.has(label);

/** A panel heading that is not a heading element ranks as an h2 here. */
const DEFAULT_LEVEL = 2;

/**
 * Where the panel ends at the latest: before the next heading of its rank or higher. The
 * element that holds a panel often holds the grid too; the grid's first item heading (an h2
 * like the panel's own) starts what the panel filters.
 */
function beforeNextPeer(blocks: readonly Block[], at: number, end: number): number {
  const level = blocks[at].kind === 'heading' ? (blocks[at].level ?? DEFAULT_LEVEL) : DEFAULT_LEVEL;
  for (let j = at + 1; j <= end; j++) if (blocks[j].kind === 'heading' && (blocks[j].level ?? DEFAULT_LEVEL) <= level) return j - 1;
  return end;
}

export const dropFilterPanels: Rule = {
  id: 'drop-filter-panels',
  stage: 'prune',
  description: 'Drops a filter panel that opens with a "Filters" / "Refine by" heading (HTML).',
  apply(ctx) {
    const { blocks, features, dropped } = ctx;
    const opens = (i: number) => !dropped.has(i) && isFilterHeading(blocks[i], features[i].label);
    const marks: RuleMark[] = [];
    for (const { heading, end } of headedSections(ctx, opens, (i, end) => beforeNextPeer(blocks, i, end))) {
      for (let j = heading; j <= end; j++) marks.push({ index: j, verdict: 'boilerplate', reason: `filter panel under "${blocks[heading].text}"` });
    }
    return marks;
  },
};
