/**
 * What a thread prints around every post: the controls under it ("Reply", "Quote", "Report",
 * "improve this answer", "Cite"), the poster's counters beside it ("Posts: 4,032", "Joined: Mar
 * 2019", "12.3k 5 gold badges") and the stamps ("Asked 6 years ago", "Viewed 3k times",
 * "Reactions: ...", "Started by ..."). A reader clicks or skims
 * them; nobody wrote them. Forum pages only: on a page read as an article, dropping them would
 * cut its prose run between posts.
 */
import { POST_CONTROL_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';
import { DATE, MEMBER_COUNTER_WORDS, RELATIVE_TIME, THREAD_COUNTER } from '../../page-type/vocabulary/text.js';
import type { Rule, RuleMark } from '../types.js';
import { caseless } from '../caseless.js';

const CONTROLS = labelSet(POST_CONTROL_LABELS);
/** A counter or stamp is a short line of its own; a sentence that mentions views is prose. */
const MAX_WORDS = 8;
/** "Posts: 4,032", "Joined: Mar 2019", "Beiträge 512": a counter, not a sentence that opens with the word. */
const MEMBER_LINE = caseless(String.raw`^(?:${MEMBER_COUNTER_WORDS})\s*(?::\s*[\d\p{L}]|\d[\d,.]*k?$)`, 'u', { opens: MEMBER_COUNTER_WORDS.split('|') });
/** "Asked 6 years, 9 months ago", "Modified Mar 3, 2021", "Answered Jan 5 at 9:12". */
const STAMP = /^(?:asked|modified|answered|edited|commented|active|posted|viewed|last (?:active|seen|edited))\b/i;

/** "14.6k 20 gold badges 83 silver badges": a Q&A poster's badge counts, glued ("1,204 gold badge5 silver badges") or spaced. */
const BADGES = /^[\d.,]+k?\s*(?:[\d,]+\s*)?(?:gold|silver|bronze)\s+badges?(?![a-z])/i;
/** "Reactions: QF1, kamchatsky and muppet", "Started by kamandi": who reacted, who opened the thread. */
const REACTIONS = /^reactions?:\s/i;
/** "1,234 posts · Joined 2011": a poster's counter and the year they joined, on one line. */
const POSTS_JOINED = /^[\d.,]+k?\s+posts?\s*[·•|]\s*joined\b/i;
const STARTED_BY = /^started by\s+\S+(?:\s+\S+)?$/i;

function furnitureOf(text: string, label: string): string | false {
  if (CONTROLS.has(label)) return 'post control';
  if (BADGES.test(text)) return "poster's badges";
  if (REACTIONS.test(text) || STARTED_BY.test(text)) return 'post stamp';
  if (MEMBER_LINE.test(text) || POSTS_JOINED.test(text)) return "poster's counter";
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
      if (dropped.has(block.index) || block.text.length > 80) continue;
      // Badge counts spaced out ("1,204 3 gold badges 12 silver badges 30 bronze badges") run longer.
      if (f.words > MAX_WORDS && !BADGES.test(block.text.trim())) continue;
      const reason = furnitureOf(block.text.trim(), f.label);
      if (reason) marks.push({ index: block.index, verdict: 'boilerplate', reason });
    }
    return marks;
  },
};
