/**
 * Bylines ("By Jane Doe | Reuters"): the author goes to the metadata, not the body. A page
 * that sets the label and the name apart ("Written by" / "Stephen Jesudunsin") prints them
 * as two lines: the label is dropped and the name is the byline.
 */
import type { Rule, RuleMark } from '../types.js';
import { isBylineLabel, isVerbLabel, nameOf, parseByline } from './byline.js';

/** Pages where "Author" on a line of its own heads a product's spec row ("Author" / "Mary Shelley"). */
const SHOP_PAGES: ReadonlySet<string> = new Set(['product', 'collection', 'listing']);

export const dropBylines: Rule = {
  id: 'drop-bylines',
  stage: 'prune',
  description: 'Drops bylines (and hands the author to the metadata).',
  apply({ blocks, features, dates, pageType }) {
    const marks: RuleMark[] = [];
    const bareNouns = !SHOP_PAGES.has(pageType ?? '');
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
