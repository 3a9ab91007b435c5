/**
 * Bylines ("By Jane Doe | Reuters"): the author goes to the metadata, not the body. A page
 * that sets the label and the name apart ("Written by" / "Stephen Jesudunsin") prints them
 * as two lines: the label is dropped and the name is the byline.
 */
import type { Rule, RuleMark } from '../types.js';
import { SHOP_PAGE_TYPES } from '../../types.js';
import { isBylineLabel, isVerbLabel, nameOf, parseByline } from './byline.js';


export const dropBylines: Rule = {
  id: 'drop-bylines',
  stage: 'prune',
  description: 'Drops bylines (and hands the author to the metadata).',
  apply({ blocks, features, dates, pageType }) {
    const marks: RuleMark[] = [];
    // On a shop's page "Author" on a line of its own heads a product's spec row ("Author" / "Mary Shelley").
    const bareNouns = !SHOP_PAGE_TYPES.has(pageType ?? null);
    for (const block of blocks) {
      if (features[block.index].words > 25) continue;
      const next = blocks[block.index + 1];
      const named = next && isBylineLabel(block.text, { bareNouns }) ? nameOf(next.text, { labelled: true, oneWord: isVerbLabel(block.text) }) : null;
      if (named) {
        marks.push({ index: block.index, verdict: 'boilerplate', reason: 'byline label' });
        marks.push({ index: next.index, verdict: 'boilerplate', reason: 'byline', field: 'author', value: named });
        continue;
      }
      const byline = parseByline(block.text, dates);
      if (byline) marks.push({ index: block.index, verdict: 'boilerplate', reason: 'byline', field: 'author', value: byline.author });
    }
    return marks;
  },
};
