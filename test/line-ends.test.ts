/** How a line ends, read from its end: the same answers as the anchored patterns it replaces. */
import { describe, expect, it } from 'vitest';
import { endsWithMark, endsWithMarkBeforeSpace, endsWithOneOf } from '../src/rules/line-ends.js';

const LINES = ['It ended.', 'Did it?', '“It ended.”', 'He said (it ended.)', 'List:', 'No end', 'Quote”', '…', '。」', 'Wink ;)', '', '"', '”’»)]', 'Emoji 😀', 'Spaced? ', 'Tabbed?\t', 'Two?  \u00a0', 'Really?!', 'x)', '?)"'];

describe('line ends', () => {
  it('endsWithOneOf says what /[marks]$/u says', () => {
    for (const line of LINES) expect(endsWithOneOf(line, '.,;:?…'), line).toBe(/[.,;:?…]$/u.test(line));
  });
  it('endsWithMark says what /[marks][closers]*$/ says', () => {
    for (const line of LINES) expect(endsWithMark(line, '.!?…。！？:;', `"'”’»)]`), line).toBe(/[.!?…。！？:;](?:["'”’»)\]]*)$/u.test(line));
    for (const line of LINES) expect(endsWithMark(line, '?', `"'”’)`), line).toBe(/\?["'”’)]*$/.test(line));
  });
  it('endsWithMarkBeforeSpace says what /[marks]\\s*$/ says', () => {
    for (const line of LINES) expect(endsWithMarkBeforeSpace(line, '?'), line).toBe(/\?\s*$/.test(line));
  });
});
