/**
 * Bylines ("By Jane Doe | Reuters"): the author goes to the metadata, not the body.
 */
import type { Rule, RuleMark } from '../types.js';
import { parseByline } from './byline.js';

export const dropBylines: Rule = {
  id: 'drop-bylines',
  stage: 'prune',
  description: 'Drops bylines (and hands the author to the metadata).',
  apply({ blocks, features, now }) {
    const marks: RuleMark[] = [];
    for (const block of blocks) {
      if (features[block.index].words > 25) continue;
      const byline = parseByline(block.text, { now });
      if (byline) marks.push({ index: block.index, verdict: 'boilerplate', reason: 'byline', field: 'author', value: byline.author });
    }
    return marks;
  },
};
