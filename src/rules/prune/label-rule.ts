/**
 * The shape shared by the "whole line is a label" rules: a block whose text reduces to an
 * entry of one vocabulary is boilerplate. Prose that merely contains the word stays, because
 * the whole line must be the label.
 */
import type { Rule, RuleMark } from '../types.js';

export function wholeLineLabelRule(id: string, description: string, labels: ReadonlySet<string>, reason: string): Rule {
  return {
    id,
    stage: 'prune',
    description,
    apply({ blocks, features }) {
      const marks: RuleMark[] = [];
      for (const block of blocks) {
        if (block.text.length > 80) continue;
        if (labels.has(features[block.index].label)) marks.push({ index: block.index, verdict: 'boilerplate', reason });
      }
      return marks;
    },
  };
}
