import { AD_LABELS, AD_MARKS } from '../vocab.js';
import { labelSet } from '../label.js';
import { wholeLineLabelRule } from './label-rule.js';

/** "Advertisement", "Anzeige", "Story continues below advertisement": slot captions of ads. */
export const dropAdLabels = wholeLineLabelRule(
  'drop-ad-labels',
  'Drops lines that only label an advertising slot.',
  labelSet(AD_LABELS),
  'advertising label',
  'ad',
  new Set(AD_MARKS),
);
