/**
 * Tag and keyword lines: "Tags: ferries, Kelvik, island life", "Schlagwörter: ...". A label
 * and a list of terms, never a sentence of the article.
 */
import { blockRule } from './block-rule.js';
import { caseless } from '../caseless.js';

const TAG_LINE = caseless(String.raw`^(?:tags?|tagged(?: with| in)?|topics?|keywords?|filed under|schlagwörter|stichwörter|étiquettes|mots-clés|etiquetas|etichette|tag correlati|trefwoorden|etiketler|метки|теги|ключевые слова|tagi)\s*:?\s*\S`, '');

export const dropTagLines = blockRule({
  id: 'drop-tag-lines',
  description: 'Drops tag and keyword lines ("Tags: a, b, c").',
  maxWords: 40,
  test: (text, f) => TAG_LINE.test(text) && !(f.endsSentence && f.stopwordRatio > 0.25) && (/[,|•·]/.test(text) || f.words <= 8) && 'tag line',
});
