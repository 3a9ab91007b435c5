/** When a thin article reading gives way to the thread reading (assemble/thread-beneath.ts). */
import { describe, expect, it } from 'vitest';
import { articleAmidItems, docsAsProse, kindBeneath, threadBeneath } from '../src/assemble/thread-beneath.js';
import { sizeOf } from '../src/rules/features.js';

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

  it('does not read a page again when the whole page is smaller than a thread reading must keep', () => {
    let read = false;
    expect(threadBeneath(words(10), () => ((read = true), { body: words(99) }), null, 99)).toBeNull();
    expect(read).toBe(false);
    // A page of 100 words may still be a thread of 100: it is read.
    expect(threadBeneath(words(10), () => ((read = true), { body: words(100) }), null, 100)?.signal.type).toBe('forum');
    expect(read).toBe(true);
  });
});

describe('kindBeneath', () => {
  it('gives a thin article reading way to the runner-up kind, named for --explain', () => {
    const found = kindBeneath(words(20), 'listing', () => ({ body: words(300) }));
    expect(found?.signal).toMatchObject({ name: 'assemble:thin-article:listing', type: 'listing' });
    expect(kindBeneath(words(20), 'service', () => ({ body: words(60) }))).toBeNull();
  });

  it('does not read a page smaller than a reading must keep as the runner-up kind', () => {
    let read = false;
    expect(kindBeneath(words(20), 'listing', () => ((read = true), { body: words(300) }), 50, null, 80)).toBeNull();
    expect(read).toBe(false);
  });
});

describe('articleAmidItems', () => {
  const sentence = (n: number, tag: string) => `${Array.from({ length: n - 1 }, (_, i) => `${tag}${i}`).join(' ')} end.`;
  const story = [sentence(40, 'a'), sentence(30, 'b')];
  const headlines = Array.from({ length: 12 }, (_, i) => `Headline number ${i} about the town`);

  it('reads a listing as the article it holds when the other items are headlines', () => {
    const items = ['Latest', ...story, ...headlines].join('\n\n');
    const found = articleAmidItems(items, () => ({ body: story.join('\n\n') }));
    expect(found?.signal).toMatchObject({ name: 'assemble:article-amid-items', type: 'article', weight: 1 });
  });

  it('keeps the listing when its other items carry prose excerpts of their own', () => {
    const excerpts = headlines.flatMap((h, i) => [h, sentence(20, `e${i}x`)]);
    const items = [...story, ...excerpts].join('\n\n');
    expect(articleAmidItems(items, () => ({ body: story.join('\n\n') }))).toBeNull();
  });

  it('keeps the listing when the article reading is a string of excerpts, each under its own headline', () => {
    const excerpts = headlines.slice(0, 6).map((_, i) => sentence(25, `x${i}`));
    const items = headlines.slice(0, 6).flatMap((h, i) => [h, excerpts[i]]).join('\n\n');
    expect(articleAmidItems(items, () => ({ body: excerpts.join('\n\n') }))).toBeNull();
  });

  it("does not count the article's title, echoed between its paragraphs, as a break in the story", () => {
    const paragraphs = [sentence(30, 'a'), sentence(30, 'b'), sentence(30, 'c'), sentence(30, 'd'), sentence(30, 'e')];
    const title = 'Lexus shows the open-top coupe';
    // The listing reading keeps the title's echo (an image's alt text) between each pair of paragraphs.
    const items = ['Latest', title, ...paragraphs.flatMap((p) => [p, title]), ...headlines].join('\n\n');
    const article = { body: paragraphs.join('\n\n'), meta: { title } };
    expect(articleAmidItems(items, () => article)?.signal.type).toBe('article');
    expect(articleAmidItems(items, () => ({ body: article.body }))).toBeNull();
  });

  it('keeps the listing when the article is a short intro over many items, or holds little prose', () => {
    const names = Array.from({ length: 200 }, (_, i) => `Item ${i} name`);
    expect(articleAmidItems([...story, ...names].join('\n\n'), () => ({ body: story.join('\n\n') }))).toBeNull();
    const short = sentence(45, 's');
    expect(articleAmidItems([short, ...headlines].join('\n\n'), () => ({ body: short }))).toBeNull();
  });

  it('does not read as an article a page with less than an article of prose in all', () => {
    let read = false;
    expect(articleAmidItems(headlines.join('\n\n'), () => ((read = true), { body: story.join('\n\n') }), 49)).toBeNull();
    expect(docsAsProse(headlines.join('\n\n'), () => ((read = true), { body: story.join('\n\n') }), 49)).toBeNull();
    expect(read).toBe(false);
    expect(articleAmidItems(['Latest', ...story, ...headlines].join('\n\n'), () => ((read = true), { body: story.join('\n\n') }), 50)?.signal.type).toBe('article');
    expect(read).toBe(true);
  });
});

describe('docsAsProse', () => {
  it('reads a documentation page that is one stretch of prose as an article is, and keeps its type', () => {
    const guide = [`${words(30)} end.`, `${words(40)} end.`];
    const region = [...Array.from({ length: 15 }, (_, i) => `Guide page ${i}`), ...guide, 'On this page'].join('\n\n');
    const found = docsAsProse(region, () => ({ body: guide.join('\n\n') }));
    expect(found?.signal).toMatchObject({ name: 'assemble:docs-read-as-prose', type: 'documentation' });
    expect(found?.reading.body).toBe(guide.join('\n\n'));
  });
});

describe('sizes across scripts', () => {
  const japanese = 'パスワード管理ソフトの起動ショートカットキーと同じなのです。'.repeat(6);

  it('counts Chinese and Japanese text by characters, not by runs between spaces', () => {
    expect(sizeOf(japanese)).toBeGreaterThan(100);
    expect(sizeOf('three plain words')).toBe(3);
  });

  it('does not take a Japanese article for a thin one', () => {
    expect(threadBeneath(japanese, () => ({ body: words(400) }))).toBeNull();
  });
});

describe('kindBeneath past the thin limit (text dumps)', () => {
  it('tries the runner-up kind below the limit it is given', () => {
    const snippet = words(80);
    expect(kindBeneath(snippet, 'listing', () => ({ body: words(400) }))).toBeNull();
    expect(kindBeneath(snippet, 'listing', () => ({ body: words(400) }), 100)?.signal.type).toBe('listing');
  });

  it('keeps a story of 50 words or more that stands beside a column of headlines', () => {
    const story = [`${words(30)} end.`, `${words(35)} end.`].join('\n\n');
    const column = Array.from({ length: 60 }, (_, i) => `Headline ${i} about the town`);
    expect(kindBeneath(story, 'listing', () => ({ body: [story, ...column].join('\n\n') }), 100)).toBeNull();
  });
});
