/** The pager that closes a listing in a text dump (assemble/items-before-pager.ts). */
import { describe, expect, it } from 'vitest';
import { isPagerLine } from '../src/assemble/items-before-pager.js';

describe('isPagerLine', () => {
  it.each(['Page 2', 'Page 3 of 12', 'Seite 2 von 5', '1 2 3', '2 3 4 … 9', '1 2 … 12 Next »', '« Previous 1 2', '1 2 Previous', 'Older posts', 'Go to Next Page »', 'Posts pagination', 'Ältere Beiträge'])(
    'takes %j for a listing pager',
    (line) => expect(isPagerLine(line)).toBe(true),
  );

  it.each(['Next', 'Next post', 'Previous article', '03 59 55 40 40', '615 682 4939', '2024 2023 2022', '5 7 9', 'Page not found, try the search', 'The Page 2 Problem in Modern Publishing'])(
    'does not take %j for one',
    (line) => expect(isPagerLine(line)).toBe(false),
  );
});
