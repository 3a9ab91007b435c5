/**
 * Cookie and consent banners: "This website uses cookies to improve your experience...".
 * A short text that speaks of cookies together with consent words.
 */
import type { Rule, RuleMark } from '../types.js';

const COOKIE = /\bcookies?\b|\bkekse\b|çerez/iu;
const CONSENT = /\b(?:accept|agree|consent|opt[- ]out|cookie (?:policy|settings|preferences)|privacy|brows|(?:this|our) (?:web)?site|your experience|akzeptier|zustimm|datenschutz|accepter|consentement|aceptar|consentimiento|accetta|consenso|aceitar|akkoord|toestemming|kabul|onay)/iu;

export const dropCookieNotices: Rule = {
  id: 'drop-cookie-notices',
  stage: 'prune',
  description: 'Drops cookie and consent banners.',
  apply({ blocks, features }) {
    const marks: RuleMark[] = [];
    for (const block of blocks) {
      if (features[block.index].words > 80) continue;
      if (COOKIE.test(block.text) && CONSENT.test(block.text)) {
        marks.push({ index: block.index, verdict: 'boilerplate', reason: 'cookie notice' });
      }
    }
    return marks;
  },
};
