/**
 * Contact boxes: "Customer service can be contacted ... Telephone: *2421", "Tel.: +49 30
 * 1234", "Fax: ...". A phone or fax number behind its label and colon is a site's contact detail; an
 * article quotes people, it does not print switchboards.
 */
import { blockRule } from './block-rule.js';
import { caseless } from '../caseless.js';

const PHONE = caseless(String.raw`\b(?:telephone|phone|tel|fax|hotline|call us|téléphone|telefon|teléfono|telefono|telefoon|whatsapp)\s*(?:no\.?|number)?\s*[.:]\s*[+*(]?\d[\d\s()./*-]{4,}`, '');

export const dropContactDetails = blockRule({
  id: 'drop-contact-details',
  description: 'Drops contact boxes: labelled phone and fax numbers.',
  maxWords: 120,
  // A number needs a digit, which most lines lack: asked first, it spares them the label scan.
  test: (text) => /\d/.test(text) && PHONE.test(text) && 'contact details',
});
