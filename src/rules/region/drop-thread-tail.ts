/**
 * A forum thread ends where its engine prints what comes once after the last post: the reply
 * box ("Your Answer", "You must log in or register to reply here."), the notice that the
 * thread is closed, or the list of other threads ("Similar threads", "Related topics", "Hot
 * Network Questions"). Everything from there to the end of the main range is the engine's, not
 * the posters'. The same words above the first post (a "Post Reply" bar, a closed notice under
 * the subject) open nothing: the thread must have shown a post's worth of prose first, more
 * than is left below the line (a site's own notes above the subject are sentences too), and
 * a label under every post is a control, not the end.
 */
import type { Rule } from '../types.js';
import { THREAD_END_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';
import { cutToEnd, itemCounters } from './section-cut.js';

const ENDS = labelSet(THREAD_END_LABELS);
/**
 * "This topic was automatically closed 30 days after the last reply.": the engine's last post,
 * printed as one of the thread's (readers see it there); the end comes after it.
 */
const CLOSED = /^this (?:topic|thread|discussion) (?:was|has been|is) (?:automatically |now )?(?:closed|locked|archived)\b/i;
/** Words of posts (sentences of kept lines) the thread must show before its end can come. */
const MIN_THREAD_WORDS = 60;
/** End lines are short: a heading, a button or a one-sentence notice. */
const MAX_END_CHARS = 100;

export const dropThreadTail: Rule = {
  id: 'drop-thread-tail',
  stage: 'region',
  description: "Drops a forum thread's reply box, closed notice and other threads' list, and all after them in the main range.",
  apply({ blocks, features, run, pageType, dropped }) {
    if (!run || pageType !== 'forum') return [];
    const isControl = itemCounters(features, run);
    const prose = (i: number) => (!dropped.has(i) && features[i].endsSentence ? features[i].size : 0);
    let left = 0;
    for (let i = run.start; i <= run.end; i++) left += prose(i);
    let words = 0;
    for (let i = run.start; i <= run.end; i++) {
      const text = blocks[i].text;
      const closed = text.length <= MAX_END_CHARS && CLOSED.test(text);
      const end = closed || (text.length <= MAX_END_CHARS && ENDS.has(features[i].label));
      if (end && words >= MIN_THREAD_WORDS && words > left && !isControl(features[i].label)) {
        return closed ? cutToEnd(i + 1, run, `the thread ends after "${text.slice(0, 40)}"`) : cutToEnd(i, run, `the thread ends at "${text.slice(0, 40)}"`);
      }
      words += prose(i);
      left -= prose(i);
    }
    return [];
  },
};
