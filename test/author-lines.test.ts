/**
 * The name under a headline (nameBesideStamp, stampless): a proper name is two to four words
 * none of which the page writes in lower case. The page's lower-case words are looked up one
 * word at a time, in the blocks that hold it, or all collected once when those are most of
 * the page: the answers are the same either way.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/types.js';
import { nameBesideStamp } from '../src/metadata/text/author-lines.js';

const page = (lines: string[]): Block[] => lines.map((text, index) => ({ index, text, kind: 'paragraph', linkChars: 0, hints: [], gapBefore: true }));

const prose = 'The council met on Tuesday to hear the plans for the harbour, and the key takeaways were shared with residents afterwards.';

describe('a name under the headline, by the words the page writes in lower case', () => {
  it('takes two capitalised words the page never writes in lower case', () => {
    const blocks = page(['Harbour plans approved', 'Andrei Zakhareuski', prose, prose]);
    expect(nameBesideStamp(blocks, 0, blocks.length, {}, { stampless: true })).toEqual({ index: 1, name: 'Andrei Zakhareuski' });
  });

  it('leaves a label whose words the page writes in lower case elsewhere', () => {
    const blocks = page(['Harbour plans approved', 'Key Takeaways', prose, prose]);
    expect(nameBesideStamp(blocks, 0, blocks.length, {}, { stampless: true })).toBeNull();
  });

  it('reads a word held inside longer words of most of the page as it reads one held in a few blocks', () => {
    // "sand" is inside "thousands" on every line, never a word of its own: Anna Sand is a name.
    const thousands = 'Thousands of residents and thousands of visitors came to the harbour this summer.';
    const blocks = page(['Harbour plans approved', 'Anna Sand', thousands, thousands, thousands]);
    expect(nameBesideStamp(blocks, 0, blocks.length, {}, { stampless: true })).toEqual({ index: 1, name: 'Anna Sand' });
    // Written once in lower case, in a block of its own: a common word, however few blocks hold it.
    const withSand = page(['Harbour plans approved', 'Anna Sand', prose, prose, prose, prose, 'The beach was covered in sand after the storm.']);
    expect(nameBesideStamp(withSand, 0, withSand.length, {}, { stampless: true })).toBeNull();
  });
});
