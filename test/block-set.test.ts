import { describe, expect, it } from 'vitest';
import { BlockSet } from '../src/rules/block-set.js';

describe('BlockSet (the blocks earlier rules dropped)', () => {
  it('answers has, size and iteration as a Set of the same indexes would', () => {
    const set = new BlockSet(10);
    const reference = new Set<number>();
    for (const i of [3, 7, 3, 0, 9, 7]) {
      set.add(i);
      reference.add(i);
    }
    for (let i = -1; i <= 11; i++) expect(set.has(i), String(i)).toBe(reference.has(i));
    expect(set.size).toBe(reference.size);
    expect([...set]).toEqual([...reference].sort((a, b) => a - b));
  });

  it('takes no index outside the page', () => {
    const set = new BlockSet(2);
    set.add(5).add(-1).add(1);
    expect(set.size).toBe(1);
    expect([...set]).toEqual([1]);
  });
});
