/**
 * A page read as an article that keeps almost nothing, while reading it as a thread (comment
 * and reply containers as content) keeps many times more, is a thread: its text is its posts.
 * A discussion page whose opening post is a link, not prose, looks like a short article with
 * a long comment section; the classifier cannot always tell, the two readings can. The same
 * holds for the runner-up kind of page (kindBeneath), and the other way round for a listing
 * that is one story beside a column of headlines (articleAmidItems) and documentation that is
 * one stretch of prose (docsAsProse).
 */
import type { PageTypeSignal } from '../page-type/types.js';
import { PAGE_TYPES, type PageType } from '../types.js';
import { hasSize } from './article.js';
import { sizeOf } from '../rules/features.js';

/**
 * An article reading under this many words is thin enough to try the thread reading: a forum's
 * opening question is a few sentences, while a blog post that invites comments ("open thread")
 * still says more than that, and keeps its comments out.
 */
export const THIN_ARTICLE_WORDS = 50;
/**
 * A dump's article run cannot grow to its container, so on a listing or service page taken for
 * an article it keeps a longer snippet (one card's text): in a dump the runner-up kind is tried
 * below this many words, unless the snippet is a story beside a column of headlines.
 */
export const THIN_TEXT_ARTICLE_WORDS = 100;
/** The thread reading must keep this many times the article's words, and at least THREAD_WORDS. */
export const THREAD_GAIN = 4;
export const THREAD_WORDS = 100;

/** A reading of the page as an article: its body, and the title it took out of it. */
export interface ArticleReading {
  readonly body: string;
  readonly meta?: { readonly title: string | null };
}

export interface ThreadReading<R extends { body: string }> {
  readonly reading: R;
  /** Names the decision for --explain, weighted by how much more the thread reading kept (log ratio). */
  readonly signal: PageTypeSignal;
}

/** Sizes with CJK are fractions, summed in another order here than in a body: a hair's slack. */
const SIZE_SLACK = 1e-6;

/**
 * `pageWords`, here and below: the size of all the page's blocks. No reading keeps more than
 * the page holds (a body is blocks joined, and sizes add up), so a page smaller than a
 * reading must keep to win is never read again: a short page took twice as long for it.
 */
export function threadBeneath<R extends { body: string }>(articleBody: string, readThread: () => R, articleTitle: string | null = null, pageWords = Infinity): ThreadReading<R> | null {
  return readingBeneath(articleBody, readThread, 'forum', 'assemble:posts-hold-the-text', THIN_ARTICLE_WORDS, articleTitle, pageWords);
}

/**
 * The same test for the runner-up kind of page (the type with the most evidence after article
 * and forum): a listing or a service page the classifier took for an article, whose article
 * reading found one snippet, gives way to the reading of its own kind when that keeps four
 * times as much.
 */
export function kindBeneath<R extends { body: string }>(
  articleBody: string,
  type: PageType,
  readAs: () => R,
  thinWords = THIN_ARTICLE_WORDS,
  articleTitle: string | null = null,
  pageWords = Infinity,
): ThreadReading<R> | null {
  return readingBeneath(articleBody, readAs, type, `assemble:thin-article:${type}`, thinWords, articleTitle, pageWords);
}

/** The type with the most evidence after article and forum (the first in PAGE_TYPES on a tie). */
export function runnerUpOf(scores: Readonly<Record<PageType, number>>): PageType {
  return PAGE_TYPES.filter((t) => t !== 'article' && t !== 'forum').reduce((a, b) => (scores[b] > scores[a] ? b : a));
}

function readingBeneath<R extends { body: string }>(
  articleBody: string,
  read: () => R,
  type: PageType,
  name: string,
  thinWords: number,
  articleTitle: string | null,
  pageWords: number,
): ThreadReading<R> | null {
  if (hasSize(articleBody, thinWords) || pageWords < THREAD_WORDS - SIZE_SLACK) return null;
  const words = sizeOf(articleBody);
  const reading = read();
  const otherWords = sizeOf(reading.body);
  if (otherWords < THREAD_WORDS || otherWords < THREAD_GAIN * Math.max(words, 1)) return null;
  // Past HTML's thin limit (text dumps), a short story beside a column of headlines stays the story.
  if (words >= THIN_ARTICLE_WORDS && proseAmidItems(reading.body, articleBody, articleTitle) !== null) return null;
  const weight = Math.round(Math.log(otherWords / Math.max(words, 1)) * 1000) / 1000;
  return { reading, signal: { name, type, weight } };
}

/** A paragraph of prose: this many words at least, ending a sentence. */
const PROSE_PARAGRAPH_WORDS = 15;
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;
/** The article reading needs this much prose to be an article at all. */
export const ARTICLE_PROSE_WORDS = 50;
/**
 * ...and this share of the listing reading's words: a listing's intro over a hundred item
 * names is the listing's, not an article.
 */
export const ARTICLE_SHARE_OF_ITEMS = 0.15;
/** What the listing reading keeps beyond the article may hold at most this share of its prose. */
export const ITEMS_PROSE_SHARE = 0.6;
/**
 * The article's paragraphs sit in the listing reading in at most this many stretches: one
 * story, perhaps broken by a figure, an inset or an ad or two. A run of excerpts, each under
 * its own headline, is broken at every item.
 */
export const MAX_STRETCHES = 3;

function proseWordsOf(paragraphs: readonly string[]): number {
  let words = 0;
  for (const p of paragraphs) {
    const n = sizeOf(p);
    if (n >= PROSE_PARAGRAPH_WORDS && SENTENCE_END.test(p.trim())) words += n;
  }
  return words;
}

/**
 * How many stretches of consecutive paragraphs of `inside` the sequence holds. Transparent
 * paragraphs (the article's title and its echoes) neither break a stretch nor start one.
 */
function stretchesOf(paragraphs: readonly string[], inside: ReadonlySet<string>, transparent: (p: string) => boolean = () => false): number {
  let stretches = 0;
  let within = false;
  for (const p of paragraphs) {
    if (transparent(p)) continue;
    const now = inside.has(p);
    if (now && !within) stretches++;
    within = now;
  }
  return stretches;
}

/**
 * Whether the article reading is one story's prose among what the items reading keeps (a
 * listing, or documentation's main region): enough prose, in a few stretches of the items
 * reading, with little prose beyond it. Its weight (the share of the prose it holds), or null.
 * The article's title and its echoes (an image's alt text between two paragraphs), which its
 * body leaves out as a field, do not break a stretch.
 */
function proseAmidItems(itemsBody: string, articleBody: string, articleTitle: string | null = null): number | null {
  const paragraphs = articleBody.split('\n\n');
  const prose = proseWordsOf(paragraphs);
  if (prose < ARTICLE_PROSE_WORDS || prose < ARTICLE_SHARE_OF_ITEMS * sizeOf(itemsBody)) return null;
  const inArticle = new Set(paragraphs);
  const items = itemsBody.split('\n\n');
  const elsewhere = proseWordsOf(items.filter((p) => !inArticle.has(p)));
  const title = articleTitle?.toLowerCase();
  const isTitle = (p: string) => p.toLowerCase() === title;
  if (elsewhere > ITEMS_PROSE_SHARE * prose || stretchesOf(items, inArticle, isTitle) > MAX_STRETCHES) return null;
  return Math.round((1 - elsewhere / prose) * 1000) / 1000;
}

/**
 * A news story beside a column of other headlines and their times looks like a listing to the
 * classifier. The readings tell them apart: a listing's other items carry excerpts of their
 * own, and its "article" is either a short intro or a string of excerpts, while a story's
 * sidebar is headlines and dates around one story's prose. When the article reading is
 * such a story and what the listing reading keeps beyond it holds little prose,
 * the page is the article.
 */
export function articleAmidItems<R extends ArticleReading>(itemsBody: string, readArticle: () => R, pageWords = Infinity): ThreadReading<R> | null {
  if (pageWords < ARTICLE_PROSE_WORDS - SIZE_SLACK) return null;
  const article = readArticle();
  const weight = proseAmidItems(itemsBody, article.body, article.meta?.title ?? null);
  return weight === null ? null : { reading: article, signal: { name: 'assemble:article-amid-items', type: 'article', weight } };
}

/**
 * A documentation page that is one stretch of prose (a guide, a tutorial) is best read as an
 * article is: its main region also holds the sidebar's table of contents, the version picker
 * and the "on this page" list. The same test as articleAmidItems; the page stays documentation.
 */
export function docsAsProse<R extends ArticleReading>(regionBody: string, readArticle: () => R, pageWords = Infinity): ThreadReading<R> | null {
  if (pageWords < ARTICLE_PROSE_WORDS - SIZE_SLACK) return null;
  const article = readArticle();
  const weight = proseAmidItems(regionBody, article.body, article.meta?.title ?? null);
  return weight === null ? null : { reading: article, signal: { name: 'assemble:docs-read-as-prose', type: 'documentation', weight } };
}
