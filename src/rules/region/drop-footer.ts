/**
 * The footer's landmark in a text dump: sites label their footer for screen readers ("Footer",
 * "Site footer", "Fußzeile"), and innerText prints the label as a line of its own. From that
 * line on, the page is its footer (the company's links, newsletter box, legal lines and
 * footnotes), so it goes to the end of the main range. Text dumps only: in HTML the footer
 * element already says so.
 *
 * A label among the first lines is a skip link's target list, not the footer: the cut must
 * leave a quarter of the range's words before it. (Footnotes under a footer label can outweigh
 * the page: an offer's fine print.)
 */
import type { Rule } from '../types.js';
import { FOOTER_LANDMARKS } from '../vocab.js';
import { labelSet } from '../label.js';
import { cutToEnd } from './section-cut.js';

const LANDMARKS = labelSet(FOOTER_LANDMARKS);
/** The share of the range's words the page must show before its footer. */
const MIN_SHARE_BEFORE = 0.25;

export const dropFooter: Rule = {
  id: 'drop-footer',
  stage: 'region',
  description: "Drops the page's footer from its landmark label (\"Footer\", \"Site footer\") to the end of the main range (text dumps).",
  apply({ features, run, inputType }) {
    if (!run || inputType === 'html') return [];
    let total = 0;
    for (let i = run.start; i <= run.end; i++) total += features[i].size;
    let before = 0;
    for (let i = run.start; i <= run.end; i++) {
      if (LANDMARKS.has(features[i].label) && before >= MIN_SHARE_BEFORE * total) return cutToEnd(i, run, 'the footer, from its landmark label');
      before += features[i].size;
    }
    return [];
  },
};
