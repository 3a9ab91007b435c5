import { describe, expect, it } from 'vitest';
import { allMatches } from '../src/matches.js';
import { randomPieces } from './support/random-pieces.js';

/** A match as matchAll and exec give it: what it matched, where, its groups. */
const shape = (m: RegExpExecArray | RegExpMatchArray) => ({ text: m[0], index: m.index, groups: [...m], named: m.groups });

describe('allMatches', () => {
  const patterns = [
    /\d{4}-\d\d-\d\d/g,
    /(?<year>\d{4})([-/.])(\d{1,2})\2(\d{1,2})/gu,
    // Empty matches: the search moves on one character at a time, a surrogate pair at once with u.
    /(?=\p{Lu})/gu,
    /(?=[A-Z])/g,
    /x*/g,
    /x*/gu,
    /\S+(?: \S+)*/g,
    /\b(?:https?:\/\/|www\.)[^\s,;"'<>()[\]]+/gi,
  ];
  const pieces = ['a', 'A', 'x', 'xx', ' ', '  ', '2025-10-22', '22/10/2025', '😀', 'É', 'www.example.com', 'https://a.b/c', '\uD83D', '\uDE00', '-', '.'];

  it('finds what matchAll finds, empty matches and surrogate pairs included, and leaves lastIndex at 0', () => {
    const texts = randomPieces(pieces, 99);
    for (let n = 0; n < 500; n++) {
      const text = texts.text();
      for (const re of patterns) {
        expect(allMatches(re, text).map(shape), `${re} on ${JSON.stringify(text)}`).toEqual([...text.matchAll(re)].map(shape));
        expect(re.lastIndex).toBe(0);
      }
    }
  });

  it('starts from the beginning whatever lastIndex the regex was left with', () => {
    const re = /\d+/g;
    re.lastIndex = 5;
    expect(allMatches(re, '12 345 6').map((m) => m[0])).toEqual(['12', '345', '6']);
  });
});
