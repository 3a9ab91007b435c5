/**
 * Footer lines: legal links ("Privacy Policy"), copyright notices ("© 2025 Acme Media. All
 * rights reserved."). A copyright line is short and starts with the sign or the word.
 */
import { LEGAL_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';
import { blockRule } from './block-rule.js';
import { caseless } from '../caseless.js';

const LEGAL = labelSet(LEGAL_LABELS);
const COPYRIGHT = /^(?:©|\(c\)\s*\d|copyright\s*(?:©|\(c\)|\d{4})|tüm hakları|todos los derechos|tous droits|alle rechte|all rights reserved)/i;
const RIGHTS = caseless(String.raw`all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|tüm hakları saklıdır`, '');

export const dropLegalLines = blockRule({
  id: 'drop-legal-lines',
  description: 'Drops footer legal links and copyright notices.',
  maxWords: 40,
  test: (text, f) => {
    if (COPYRIGHT.test(text) || RIGHTS.test(text)) return 'copyright notice';
    return text.length <= 60 && LEGAL.has(f.label) && 'legal link';
  },
});
