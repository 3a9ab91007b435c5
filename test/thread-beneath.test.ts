/** When a thin article reading gives way to the thread reading (assemble/thread-beneath.ts). */
import { describe, expect, it } from 'vitest';
import { kindBeneath, threadBeneath } from '../src/assemble/thread-beneath.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('threadBeneath', () => {
  it('takes the thread reading when the article keeps almost nothing and the posts hold the text', () => {
    const found = threadBeneath(words(10), () => ({ body: words(400) }));
    expect(found?.reading.body).toBe(words(400));
    expect(found?.signal).toMatchObject({ name: 'assemble:posts-hold-the-text', type: 'forum' });
    expect(found!.signal.weight).toBeCloseTo(Math.log(40), 3);
  });

  it('keeps an article of 50 words or more without reading the page again', () => {
    let read = false;
    expect(threadBeneath(words(50), () => ((read = true), { body: words(1000) }))).toBeNull();
    expect(read).toBe(false);
  });

  it('keeps the article when the thread reading does not hold four times as much, or 100 words', () => {
    expect(threadBeneath(words(30), () => ({ body: words(110) }))).toBeNull();
    expect(threadBeneath('', () => ({ body: words(99) }))).toBeNull();
  });
});

describe('kindBeneath', () => {
  it('gives a thin article reading way to the runner-up kind, named for --explain', () => {
    const found = kindBeneath(words(20), 'listing', () => ({ body: words(300) }));
    expect(found?.signal).toMatchObject({ name: 'assemble:thin-article:listing', type: 'listing' });
    expect(kindBeneath(words(20), 'service', () => ({ body: words(60) }))).toBeNull();
  });
});
