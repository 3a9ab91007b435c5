/**
 * isControlLine splits and joins a line to look it up among the control labels only when its
 * first word is the first word of one: the answers must be those of the lookup alone.
 */
import { describe, expect, it } from 'vitest';
import { isControlLine } from '../src/metadata/text/title.js';
import { NAV_LABELS, PROMPT_LABELS, SHARE_LABELS, SHOP_CONTROL_LABELS } from '../src/rules/vocab.js';
import { letterRuns } from '../src/rules/letter-runs.js';

const LABELS = new Set([...NAV_LABELS, ...PROMPT_LABELS, ...SHARE_LABELS, ...SHOP_CONTROL_LABELS]);
/** The label lookup without the first-word screen (the rest of isControlLine is a call to action, asked of 7 words or more here never). */
const isLabel = (text: string) => LABELS.has(letterRuns(text.toLowerCase()).join(' '));

describe('control labels, screened by their first word', () => {
  const labels = [...LABELS].slice(0, 40);
  const lines = [
    ...labels,
    ...labels.map((l) => l.toUpperCase()),
    ...labels.map((l) => `• ${l}`),
    ...labels.map((l) => `${l} »`),
    ...labels.map((l) => `[${l}]`),
    'Sign in',
    'SIGN-IN',
    '  Log in  ',
    'Café menu',
    'Über uns',
    '2 Share',
    'The council met on Tuesday to discuss the harbour plans in full',
    'Share this story with your friends and family today please now',
    '',
    '---',
  ];
  it('answers every line as the lookup does: labels as written, in capitals, with bullets and arrows, and lines that are none', () => {
    // Seven words or more: the call-to-action test is not asked, only the label lookup.
    for (const line of lines) expect(isControlLine(line, 7), JSON.stringify(line)).toBe(isLabel(line));
    expect(lines.filter(isLabel).length).toBeGreaterThan(100);
  });
});
