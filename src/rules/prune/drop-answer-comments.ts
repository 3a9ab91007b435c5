/**
 * The comments under a question or an answer of a Q&A thread, as a text dump prints them: the
 * comment's score, its one paragraph, the commenter's name, and the name again after a dash
 * ("Will a backup refuse to copy a corrupt file?" / "jldugger" / "– jldugger"). The dash line
 * repeating the name above it is how the engine signs a comment, and a comment is one short
 * paragraph: remarks on a post, not a post (the page's markup says so in HTML, where they sit
 * in comment containers the thread profile leaves to the answers' side). Forum pages only.
 */
import type { Rule, RuleMark } from '../types.js';

/** "– jldugger", "— Oskar Duveborn": a dash, then a name of a few words. */
const SIGNED = /^[–—]\s*(\S.{0,40})$/u;
/** A comment is one paragraph of at most 600 characters (Q&A engines cap it there). */
const MAX_COMMENT_CHARS = 600;
/** "19", "• 3": the comment's score on a line of its own. */
const SCORE = /^[•·*]?\s*\d{1,4}$/u;

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
      for (let j = from; j <= i; j++) marks.push({ index: j, verdict: 'boilerplate', reason });
    }
    return marks;
  },
};
