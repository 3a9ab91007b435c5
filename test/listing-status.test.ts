import { describe, expect, it } from 'vitest';
import { countsResults, listingStatus } from '../src/rules/prune/drop-listing-status.js';

describe('listingStatus', () => {
  it.each([
    ['1–24 of 312 products', 'result count'],
    ['1 - 12 of 27 Products', 'result count'],
    ['1-24 items of 33', 'result count'],
    ['Showing 12 results per page', 'result count'],
    ['1,072 results', 'result count'],
    ['Products (9)', 'result count'],
    ['(9 products)', 'result count'],
    ['( 8 results )', 'result count'],
    ['Page 1/20', 'result count'],
    ['Seite 2 von 7', 'result count'],
    ['1–20 von 143 Ergebnisse', 'result count'],
    ['Sort: Best Match', 'sort control'],
    ['Trier par : Pertinence', 'sort control'],
    ['Loading...', 'loading placeholder'],
    ['Cargando…', 'loading placeholder'],
    ['Skip to product list', 'skip link'],
  ])('%s is a %s', (line, kind) => {
    expect(listingStatus(line, false)).toBe(kind);
  });

  it('reads a sort label without its colon as a subheading outside a list of items', () => {
    expect(listingStatus('Sort by weight', false)).toBe(false);
    expect(listingStatus('Sort by price', true)).toBe('sort control');
  });

  it.each(['4.5 Rating', 'ORDER BY calls DESC', 'Over 300 results in our test', 'Loading the car is another matter'])(
    'leaves %s',
    (line) => {
      expect(listingStatus(line, true)).toBe(false);
    },
  );

  it.each(['(171 products)', '3,953 items found', '1–24 of 312 products'])('counts the results a list holds: %s', (line) => {
    expect(countsResults(line)).toBe(true);
  });

  it.each(['0 items', '0 Item(s)', 'Sort: Best Match', 'Over 300 results in our test'])('is no count of a list: %s', (line) => {
    expect(countsResults(line)).toBe(false);
  });
});
