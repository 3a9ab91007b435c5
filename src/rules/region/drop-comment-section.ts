/**
 * A comment-section heading ("Comments", "Leave a Reply", "Kommentare") after the article has
 * begun: what follows is readers' text, however much it reads like prose, so it goes to the
 * end of the main run. Before the first paragraph the same word is only a counter or a link,
 * and so is a label the region repeats (a "2 comments" link under every item of a list).
 */
import type { Rule, RuleMark } from '../types.js';
import { COMMENT_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';

const HEADINGS = labelSet(COMMENT_LABELS);
/** A label seen this often in the region is a counter under each item of a list. */
const MIN_ITEM_COUNTERS = 3;
/**
 * "12 Comments", "One response to “Title”", "3 thoughts on “Title”", "2 Kommentare zu „X“": a
 * count and the word, alone or before the post's quoted title. "One response caught my
 * attention:" in the middle of an essay is a sentence, not a heading.
 */
const COUNTED = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|responses?|replies|thoughts?|kommentare|commentaires|comentarios|commenti|reacties|yorum)\s*(?:$|[:(]|(?:to|on|for|zu|sur|à|a|su|em|op|bij|sobre|para)\s+["“„«'‘’‹].*$)/iu;

export const dropCommentSection: Rule = {
  id: 'drop-comment-section',
  stage: 'region',
  description: 'Drops a comment section and everything after its heading within the article region.',
  apply({ blocks, features, run, userLabels }) {
    if (!run) return [];
    const added = userLabels?.comments;
    const seen = new Map<string, number>();
    for (let i = run.start; i <= run.end; i++) seen.set(features[i].label, (seen.get(features[i].label) ?? 0) + 1);
    let seenProse = false;
    for (let i = run.start; i <= run.end; i++) {
      const text = blocks[i].text;
      const heading = (text.length <= 60 && (HEADINGS.has(features[i].label) || Boolean(added?.has(features[i].label)))) || (text.length <= 160 && COUNTED.test(text));
      // The same label again and again is each item's counter ("3 comments" under every post), not a section.
      const counter = (seen.get(features[i].label) ?? 0) >= MIN_ITEM_COUNTERS;
      if (heading && seenProse && !counter) {
        const marks: RuleMark[] = [];
        for (let j = i; j <= run.end; j++) marks.push({ index: j, verdict: 'boilerplate', reason: `comment section from "${text}"` });
        return marks;
      }
      if (features[i].size >= 12 && features[i].endsSentence) seenProse = true;
    }
    return [];
  },
};
