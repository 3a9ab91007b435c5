import { NAV_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';
import { wholeLineLabelRule } from './label-rule.js';

/** "Home", "Menu", "Skip to main content": site navigation controls. */
export const dropNavLabels = wholeLineLabelRule(
  'drop-nav-labels',
  'Drops navigation controls such as Home, Menu and Skip to content.',
  labelSet(NAV_LABELS),
  'navigation control',
  'nav',
);
