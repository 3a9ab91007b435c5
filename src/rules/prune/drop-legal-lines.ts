/**
 * Footer lines: legal links ("Privacy Policy"), copyright notices ("© 2025 Acme Media. All
 * rights reserved."). A copyright line is short and starts with the sign or the word.
 */
import { LEGAL_LABELS } from '../vocab.js';
import { labelSet } from '../label.js';
import type { Rule, RuleMark } from '../types.js';

const LEGAL = labelSet(LEGAL_LABELS);
const COPYRIGHT = /^(?:©|\(c\)\s*\d|copyright\s*(?:©|\(c\)|\d{4})|tüm hakları|todos los derechos|tous droits|alle rechte|all rights reserved)/iu;
const RIGHTS = /all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|tüm hakları saklıdır/iu;

export const dropLegalLines: Rule = {
  id: 'drop-legal-lines',
  stage: 'prune',
  description: 'Drops footer legal links and copyright notices.',
  apply({ blocks, features }) {
    const marks: RuleMark[] = [];
    for (const block of blocks) {
      const { words } = features[block.index];
      const legalLink = block.text.length <= 60 && LEGAL.has(features[block.index].label);
      const copyright = words <= 40 && (COPYRIGHT.test(block.text) || RIGHTS.test(block.text));
      if (legalLink || copyright) {
        marks.push({ index: block.index, verdict: 'boilerplate', reason: copyright ? 'copyright notice' : 'legal link' });
      }
    }
    return marks;
  },
};
