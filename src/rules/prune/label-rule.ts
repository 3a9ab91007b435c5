/**
 * The shape shared by the "whole line is a label" rules: a block whose text reduces to an
 * entry of one vocabulary is boilerplate. Prose that merely contains the word stays, because
 * the whole line must be the label.
 */
import type { Rule, RuleMark } from '../types.js';
import type { LabelGroup } from '../user/types.js';

/**
 * `group`: the name under which a rules file adds labels to this vocabulary. `exact`: labels
 * matched only as written, for those too short to survive the label key's folding ("PR" would
 * also take a user named "pr871").
 */
export function wholeLineLabelRule(id: string, description: string, labels: ReadonlySet<string>, reason: string, group: LabelGroup, exact?: ReadonlySet<string>): Rule {
  return {
    id,
    stage: 'prune',
    description,
    apply({ blocks, features, userLabels }) {
      const marks: RuleMark[] = [];
      const added = userLabels?.[group];
      for (const block of blocks) {
        if (block.text.length > 80) continue;
        const label = features[block.index].label;
        if (labels.has(label) || exact?.has(block.text)) marks.push({ index: block.index, verdict: 'boilerplate', reason });
        else if (added?.has(label)) marks.push({ index: block.index, verdict: 'boilerplate', reason: `${reason} (user label)` });
      }
      return marks;
    },
  };
}
