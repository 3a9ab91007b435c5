/**
 * Counters of shares, views and comments: "0 Shares", "3.409 letture", "12 Comments",
 * "This story has been shared 44,976 times."
 */
import type { Rule, RuleMark } from '../types.js';

const UNITS = [
  'shares?', 'views?', 'reads?', 'comments?', 'likes?', 'reactions?', 'responses?', 'replies', 'claps?',
  'letture', 'visualizzazioni', 'commenti', 'lecturas', 'visitas', 'comentarios', 'vues', 'lectures',
  'commentaires', 'partages', 'aufrufe', 'kommentare', 'leser', 'visualizações', 'comentários',
  'weergaven', 'reacties', 'okunma', 'görüntülenme', 'yorum',
].join('|');
const COUNTER = new RegExp(String.raw`^(?:[\d.,]+\s*[km]?\s*(?:${UNITS})|(?:${UNITS})\s*:?\s*[\d.,]+[km]?|no comments?(?: yet)?\b.{0,40}|be the first to comment|nessun commento|aucun commentaire|keine kommentare|sin comentarios|sem comentários|geen reacties|yorum yok)$`, 'iu');
const SHARED = /^this (?:story|article|post) has been shared [\d,.]+ times\.?$/iu;

export const dropEngagementCounters: Rule = {
  id: 'drop-engagement-counters',
  stage: 'prune',
  description: 'Drops share, view and comment counters.',
  apply({ blocks }) {
    const marks: RuleMark[] = [];
    for (const block of blocks) {
      if (block.text.length <= 80 && (COUNTER.test(block.text) || SHARED.test(block.text))) {
        marks.push({ index: block.index, verdict: 'boilerplate', reason: 'engagement counter' });
      }
    }
    return marks;
  },
};
