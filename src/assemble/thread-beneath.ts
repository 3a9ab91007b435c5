/**
 * A page read as an article that keeps almost nothing, while reading it as a thread (comment
 * and reply containers as content) keeps many times more, is a thread: its text is its posts.
 * A discussion page whose opening post is a link, not prose, looks like a short article with
 * a long comment section; the classifier cannot always tell, the two readings can. The same
 * holds for the runner-up kind of page (kindBeneath).
 */
import type { PageTypeSignal } from '../page-type/types.js';
import { PAGE_TYPES, type PageType } from '../types.js';
import { countWords, hasWords } from './article.js';

/**
 * An article reading under this many words is thin enough to try the thread reading: a forum's
 * opening question is a few sentences, while a blog post that invites comments ("open thread")
 * still says more than that, and keeps its comments out.
 */
export const THIN_ARTICLE_WORDS = 50;
/** The thread reading must keep this many times the article's words, and at least THREAD_WORDS. */
export const THREAD_GAIN = 4;
export const THREAD_WORDS = 100;

export interface ThreadReading<R extends { body: string }> {
  readonly reading: R;
  /** Names the decision for --explain, weighted by how much more the thread reading kept (log ratio). */
  readonly signal: PageTypeSignal;
}

export function threadBeneath<R extends { body: string }>(articleBody: string, readThread: () => R): ThreadReading<R> | null {
  return readingBeneath(articleBody, readThread, 'forum', 'assemble:posts-hold-the-text');
}

/**
 * The same test for the runner-up kind of page (the type with the most evidence after article
 * and forum): a listing or a service page the classifier took for an article, whose article
 * reading found one snippet, gives way to the reading of its own kind when that keeps four
 * times as much.
 */
export function kindBeneath<R extends { body: string }>(articleBody: string, type: PageType, readAs: () => R): ThreadReading<R> | null {
  return readingBeneath(articleBody, readAs, type, `assemble:thin-article:${type}`);
}

/** The type with the most evidence after article and forum (the first in PAGE_TYPES on a tie). */
export function runnerUpOf(scores: Readonly<Record<PageType, number>>): PageType {
  return PAGE_TYPES.filter((t) => t !== 'article' && t !== 'forum').reduce((a, b) => (scores[b] > scores[a] ? b : a));
}

function readingBeneath<R extends { body: string }>(articleBody: string, read: () => R, type: PageType, name: string): ThreadReading<R> | null {
  if (hasWords(articleBody, THIN_ARTICLE_WORDS)) return null;
  const words = countWords(articleBody);
  const reading = read();
  const otherWords = countWords(reading.body);
  if (otherWords < THREAD_WORDS || otherWords < THREAD_GAIN * Math.max(words, 1)) return null;
  const weight = Math.round(Math.log(otherWords / Math.max(words, 1)) * 1000) / 1000;
  return { reading, signal: { name, type, weight } };
}
