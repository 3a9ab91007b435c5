/**
 * The comments under a question or an answer of a Q&A thread, as a text dump prints them: the
 * comment's score, its one paragraph, the commenter's name, the name again after a dash
 * ("Will a backup refuse to copy a corrupt file?" / "jldugger" / "– jldugger"), and its stamp
 * ("Commented May 2, 2009 at 0:53"). The dash line repeating the name above it is how the
 * engine signs a comment, and a comment is one short paragraph: remarks on a post, not a post
 * (the page's markup says so in HTML, where they sit in comment containers the thread profile
 * leaves to the answers' side). Forum pages only. The rule runs before the dateline and
 * post-furniture rules, so that the whole comment is one drop, which parts no posts (the forum
 * profile's freeDrops, profiles.ts).
 */
import type { Rule, RuleMark } from '../types.js';

/** "– jldugger", "— Oskar Duveborn": a dash, then a name of a few words. */
const SIGNED = /^[–—]\s*(\S.{0,40})$/u;
/** A comment is one paragraph of at most 600 characters (Q&A engines cap it there). */
const MAX_COMMENT_CHARS = 600;
/** "19", "• 3": the comment's score on a line of its own. */
const SCORE = /^[•·*]?\s*\d{1,4}$/u;
/** The comment's stamp under its signature: "Commented May 2, 2009 at 0:53", "2009-05-02 00:53:18 +00:00". */
const STAMP = /^(?:commented\b|\d{4}-\d\d-\d\d[ T]\d\d:\d\d)/iu;
/** Stamp lines a signature may carry. */
const MAX_STAMPS = 2;

const squeeze = (text: string) => text.trim().replace(/\s+/g, ' ');

export const dropAnswerComments: Rule = {
  id: 'drop-answer-comments',
  stage: 'prune',
  description: "Drops the comments under a Q&A thread's posts: a short paragraph signed by a name and a dash line repeating it.",
  apply({ blocks, pageType }) {
    const marks: RuleMark[] = [];
    if (pageType !== 'forum') return marks;
    for (let i = 2; i < blocks.length; i++) {
      const signed = SIGNED.exec(blocks[i].text.trim());
      if (!signed || squeeze(blocks[i - 1].text) !== squeeze(signed[1])) continue;
      const comment = blocks[i - 2];
      if (comment.text.length > MAX_COMMENT_CHARS) continue;
      const reason = `a comment signed by ${squeeze(signed[1])}`;
      const from = i >= 3 && SCORE.test(blocks[i - 3].text.trim()) ? i - 3 : i - 2;
      let to = i;
      while (to + 1 < blocks.length && to - i < MAX_STAMPS && STAMP.test(blocks[to + 1].text.trim())) to++;
      for (let j = from; j <= to; j++) marks.push({ index: j, verdict: 'boilerplate', reason });
    }
    return marks;
  },
};
