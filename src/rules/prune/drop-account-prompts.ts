import { PROMPT_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';
import { wholeLineLabelRule } from './label-rule.js';

/** "Subscribe", "Sign in", "Newsletter": account and subscription buttons. */
export const dropAccountPrompts = wholeLineLabelRule(
  'drop-account-prompts',
  'Drops subscribe, sign-in and newsletter buttons.',
  labelSet(PROMPT_LABELS),
  'account or subscription prompt',
  'prompt',
);
