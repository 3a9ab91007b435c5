/**
 * The shape most prune rules share: look at each block on its own and drop it when a
 * predicate says so. A rule names itself, bounds the size of block it considers (prose longer
 * than that is never its kind of boilerplate) and gives the predicate, which returns the
 * reason to show in --explain, or false.
 */
import type { Block } from '../../types.js';
import type { TextFeatures } from '../features.js';
import type { Rule, RuleContext, RuleMark } from '../types.js';

export interface BlockRuleSpec {
  id: string;
  description: string;
  /** Blocks with more words than this are never this rule's kind of boilerplate. */
  maxWords: number;
  /** The reason to drop the block, or false to leave it; `page` for what the page is (its type). */
  test(text: string, features: TextFeatures, block: Block, page: RuleContext): string | false;
}

export function blockRule(spec: BlockRuleSpec): Rule {
  return {
    id: spec.id,
    stage: 'prune',
    description: spec.description,
    apply(page) {
      const { blocks, features, dropped } = page;
      const marks: RuleMark[] = [];
      for (const block of blocks) {
        const f = features[block.index];
        // An earlier rule already dropped it; the first mark wins anyway.
        if (f.words > spec.maxWords || dropped.has(block.index)) continue;
        const reason = spec.test(block.text, f, block, page);
        if (reason !== false) marks.push({ index: block.index, verdict: 'boilerplate', reason });
      }
      return marks;
    },
  };
}
