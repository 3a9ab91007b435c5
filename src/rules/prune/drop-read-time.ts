/**
 * Reading-time labels: "1 min read", "5 minute read", "Reading time: 3 minutes",
 * "Lesezeit: 3 Min.", "Temps de lecture : 2 min", "3 dk okuma".
 */
import { blockRule } from './block-rule.js';
import { caseless } from '../caseless.js';

const READ_TIME = caseless(
  [
    String.raw`^\d+\s*(?:-|–)?\s*(?:min(?:ute)?s?\.?|mins?\.?|m)\s+(?:read|reading|de lecture|de lectura|di lettura|de leitura|leestijd|lesezeit|lesen|okuma)\b`,
    String.raw`^(?:reading time|read time|estimated reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|okuma süresi)\s*:?\s*(?:ca\.?\s*)?\d+\s*(?:min|minute|minuto|minuut|minuten|dakika|dk|m)`,
    String.raw`^\d+\s*(?:dk|dakika)(?:lık)?\s+okuma`,
    String.raw`^(?:lectura|lettura|leitura|lesezeit)\s*:?\s*\d+\s*min`,
  ].join('|'),
);

export const dropReadTime = blockRule({
  id: 'drop-read-time',
  description: 'Drops reading-time labels such as "1 min read".',
  maxWords: 10,
  test: (text) => text.length <= 50 && READ_TIME.test(text) && 'reading-time label',
});
