/**
 * A comment-section heading ("Comments", "Leave a Reply", "Kommentare") after the article has
 * begun: what follows is readers' text, however much it reads like prose, so it goes to the
 * end of the main run. Before the first paragraph the same word is only a counter or a link.
 */
import type { Rule, RuleMark } from '../types.js';
import { COMMENT_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';

const HEADINGS = labelSet(COMMENT_LABELS);
const COUNTED = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|responses?|replies|thoughts?|kommentare|commentaires|comentarios|commenti|reacties|yorum)\b/iu;

export const dropCommentSection: Rule = {
  id: 'drop-comment-section',
  stage: 'region',
  description: 'Drops a comment section and everything after its heading within the article region.',
  apply({ blocks, features, run, userLabels }) {
    if (!run) return [];
    const added = userLabels?.comments;
    let seenProse = false;
    for (let i = run.start; i <= run.end; i++) {
      const text = blocks[i].text;
      const heading = (text.length <= 60 && (HEADINGS.has(features[i].label) || Boolean(added?.has(features[i].label)))) || (text.length <= 160 && COUNTED.test(text));
      if (heading && seenProse) {
        const marks: RuleMark[] = [];
        for (let j = i; j <= run.end; j++) marks.push({ index: j, verdict: 'boilerplate', reason: `comment section from "${text}"` });
        return marks;
      }
      if (features[i].size >= 12 && features[i].endsSentence) seenProse = true;
    }
    return [];
  },
};
