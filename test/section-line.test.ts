/** parseSection: a kicker line in capitals names the story's section; a line without two capitals in a row is none. */
import { describe, expect, it } from 'vitest';
import { parseSection } from '../src/metadata/text/section.js';

describe('the section a kicker line names', () => {
  it.each([
    ['POLITICS', 'Politics'],
    ['date 2025-10-22 ASIA PACIFIC', 'Asia Pacific'],
    ['ASIA PACIFIC | October 22, 2025', 'Asia Pacific'],
    ['Politics', null],
    ['Published October 22, 2025', null],
    ['A headline In Title Case About Things', null],
    ['© REUTERS / POOL', null],
    ['', null],
  ])('%j -> %j', (line, section) => {
    expect(parseSection(line, { now: new Date('2026-01-01') })).toBe(section);
  });
});
