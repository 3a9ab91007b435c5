/**
 * What a thread prints around every post: the controls under it ("Reply", "Quote", "Report",
 * "improve this answer"), the poster's counters beside it ("Posts: 4,032", "Joined: Mar 2019")
 * and the question's stamps ("Asked 6 years ago", "Viewed 3k times"). A reader clicks or skims
 * them; nobody wrote them. Forum pages only: on a page read as an article, dropping them would
 * cut its prose run between posts.
 */
import { POST_CONTROL_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';
import { DATE, MEMBER_COUNTER_WORDS, RELATIVE_TIME, THREAD_COUNTER } from '../../page-type/vocabulary/text.js';
import type { Rule, RuleMark } from '../types.js';

const CONTROLS = labelSet(POST_CONTROL_LABELS);
/** A counter or stamp is a short line of its own; a sentence that mentions views is prose. */
const MAX_WORDS = 8;
/** "Posts: 4,032", "Joined: Mar 2019", "Beiträge 512": a counter, not a sentence that opens with the word. */
const MEMBER_LINE = new RegExp(String.raw`^(?:${MEMBER_COUNTER_WORDS})\s*(?::\s*[\d\p{L}]|\d[\d,.]*k?$)`, 'iu');
/** "Asked 6 years, 9 months ago", "Modified Mar 3, 2021", "Answered Jan 5 at 9:12". */
const STAMP = /^(?:asked|modified|answered|edited|active|posted|viewed|last (?:active|seen|edited))\b/i;

function furnitureOf(text: string, label: string): string | false {
  if (CONTROLS.has(label)) return 'post control';
  if (MEMBER_LINE.test(text)) return "poster's counter";
  if (STAMP.test(text) && (RELATIVE_TIME.test(text) || DATE.test(text) || THREAD_COUNTER.test(text))) return 'post stamp';
  if (THREAD_COUNTER.test(text) && /^[\d,.]+k?\s*\p{L}+$/iu.test(text)) return 'thread counter';
  return false;
}

export const dropPostFurniture: Rule = {
  id: 'drop-post-furniture',
  stage: 'prune',
  description: "Drops the furniture around a forum's posts: controls (Reply, Quote, Report), posters' counters and post stamps.",
  apply({ blocks, features, dropped, pageType }) {
    const marks: RuleMark[] = [];
    if (pageType !== 'forum') return marks;
    for (const block of blocks) {
      const f = features[block.index];
      if (f.words > MAX_WORDS || dropped.has(block.index) || block.text.length > 80) continue;
      const reason = furnitureOf(block.text.trim(), f.label);
      if (reason) marks.push({ index: block.index, verdict: 'boilerplate', reason });
    }
    return marks;
  },
};
