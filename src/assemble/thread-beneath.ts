/**
 * A page read as an article that keeps almost nothing, while reading it as a thread (comment
 * and reply containers as content) keeps many times more, is a thread: its text is its posts.
 * A discussion page whose opening post is a link, not prose, looks like a short article with
 * a long comment section; the classifier cannot always tell, the two readings can.
 */
import type { PageTypeSignal } from '../page-type/types.js';
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
  if (hasWords(articleBody, THIN_ARTICLE_WORDS)) return null;
  const words = countWords(articleBody);
  const reading = readThread();
  const threadWords = countWords(reading.body);
  if (threadWords < THREAD_WORDS || threadWords < THREAD_GAIN * Math.max(words, 1)) return null;
  const weight = Math.round(Math.log(threadWords / Math.max(words, 1)) * 1000) / 1000;
  return { reading, signal: { name: 'assemble:posts-hold-the-text', type: 'forum', weight } };
}
