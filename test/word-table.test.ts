import { describe, expect, it } from 'vitest';
import { WordTable, foldedAsciiHash, spanHash } from '../src/rules/word-table.js';

/** Every span of every word of `text` (letters, digits and apostrophes), with the words around it. */
function spans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}']+/gu)) {
    for (let start = m.index; start < m.index + m[0].length; start++) {
      for (let end = start + 1; end <= m.index + m[0].length; end++) out.push([start, end]);
    }
  }
  return out;
}

describe('WordTable', () => {
  const vocabulary: [string, number][] = ['we', 'our', 'you', "you're", 'été', 'это', 'über', 'a', 'i', '𝐁𝐨𝐥𝐝'].map((w, i) => [w, i]);
  const table = new WordTable(vocabulary);
  const map = new Map(vocabulary);

  it('finds a word by its span in a longer text as a Map finds the sliced word, and nothing else', () => {
    const text = "We think you're right: our été, это über alles, a 𝐁𝐨𝐥𝐝 youyou i you";
    const found = spans(text).map(([s, e]) => [text.slice(s, e), table.get(text, s, e)]);
    expect(found.filter(([, v]) => v !== undefined).length).toBeGreaterThan(8);
    for (const [word, value] of found) expect(value, String(word)).toBe(map.get(String(word)));
  });

  it('answers as a Map of the same words over thousands of random spans', () => {
    const words = Array.from({ length: 300 }, (_, i) => (i * 7919).toString(36));
    const big = new WordTable(words.map((w, i) => [w, i]));
    const bigMap = new Map(words.map((w, i) => [w, i]));
    const text = Array.from({ length: 2000 }, (_, i) => ((i * 104729) % 5000).toString(36)).join(' ');
    let hits = 0;
    for (const [s, e] of spans(text)) {
      const value = big.get(text, s, e);
      expect(value).toBe(bigMap.get(text.slice(s, e)));
      if (value !== undefined) hits++;
    }
    expect(hits).toBeGreaterThan(100);
  });

  it('keeps the last value of a word given twice, as a Map does', () => {
    const twice = new WordTable([['clients', 'a'], ['clients', 'b']]);
    expect(twice.get('clients', 0, 7)).toBe('b');
  });

  it('folds A-Z when asked, and then takes lower-case ASCII words only', () => {
    const folding = new WordTable([['the', true], ['and', true]], true);
    const text = 'THE The the AND anD then';
    const hits = spans(text).filter(([s, e]) => {
      const hash = foldedAsciiHash(text, s, e);
      return hash >= 0 && folding.find(hash, text, s, e) !== undefined;
    });
    expect(hits.map(([s, e]) => text.slice(s, e))).toEqual(['THE', 'The', 'the', 'AND', 'anD', 'the']);
    expect(() => new WordTable([['The', true]], true)).toThrow(/lower-case ASCII/);
    expect(() => new WordTable([['été', true]], true)).toThrow(/lower-case ASCII/);
  });

  it('hashes a span as the same word on its own, beyond ASCII too', () => {
    expect(spanHash('xx été yy', 3, 6)).toBe(spanHash('été', 0, 3));
    expect(foldedAsciiHash('xx THE yy', 3, 6)).toBe(foldedAsciiHash('the', 0, 3));
    expect(foldedAsciiHash('über', 0, 4)).toBe(-1);
    expect(spanHash('a', 0, 1)).toBeGreaterThanOrEqual(0);
  });
});
