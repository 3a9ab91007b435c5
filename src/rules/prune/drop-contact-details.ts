/**
 * Contact boxes: "Customer service can be contacted ... Telephone: *2421", "Tel.: +49 30
 * 1234", "Fax: ...". A phone or fax number behind its label and colon is a site's contact detail; an
 * article quotes people, it does not print switchboards.
 */
import type { Rule, RuleMark } from '../types.js';

const PHONE = /\b(?:telephone|phone|tel|fax|hotline|call us|téléphone|telefon|teléfono|telefono|telefoon|whatsapp)\s*(?:no\.?|number)?\s*[.:]\s*[+*(]?\d[\d\s()./*-]{4,}/iu;

export const dropContactDetails: Rule = {
  id: 'drop-contact-details',
  stage: 'prune',
  description: 'Drops contact boxes: labelled phone and fax numbers.',
  apply({ blocks, features }) {
    const marks: RuleMark[] = [];
    for (const block of blocks) {
      if (features[block.index].words > 120) continue;
      if (PHONE.test(block.text)) marks.push({ index: block.index, verdict: 'boilerplate', reason: 'contact details' });
    }
    return marks;
  },
};
