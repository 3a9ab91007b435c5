/**
 * Counters of shares, views and comments: "0 Shares", "3.409 letture", "12 Comments",
 * "This story has been shared 44,976 times."
 */
import { blockRule } from './block-rule.js';
import { caseless } from '../caseless.js';

const UNITS = [
  'shares?', 'views?', 'reads?', 'comments?', 'likes?', 'reactions?', 'responses?', 'replies', 'claps?',
  'letture', 'visualizzazioni', 'commenti', 'lecturas', 'visitas', 'comentarios', 'vues', 'lectures',
  'commentaires', 'partages', 'aufrufe', 'kommentare', 'leser', 'visualizações', 'comentários',
  'weergaven', 'reacties', 'okunma', 'görüntülenme', 'yorum',
].join('|');
const COUNTER = caseless(String.raw`^(?:[\d.,]+\s*[km]?\s*(?:${UNITS})|(?:${UNITS})\s*:?\s*[\d.,]+[km]?|no comments?(?: yet)?\b.{0,40}|be the first to comment|nessun commento|aucun commentaire|keine kommentare|sin comentarios|sem comentários|geen reacties|yorum yok)$`, '');
const SHARED = caseless(String.raw`^this (?:story|article|post) has been shared [\d,.]+ times\.?$`, '');

export const dropEngagementCounters = blockRule({
  id: 'drop-engagement-counters',
  description: 'Drops share, view and comment counters.',
  maxWords: 16,
  test: (text) => text.length <= 80 && (COUNTER.test(text) || SHARED.test(text)) && 'engagement counter',
});
