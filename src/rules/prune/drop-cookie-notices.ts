/**
 * Cookie and consent banners: "This website uses cookies to improve your experience...".
 * A short text that speaks of cookies together with consent words.
 */
import { blockRule } from './block-rule.js';

const COOKIE = /\bcookies?\b|\bkekse\b|çerez/i;
const CONSENT = /\b(?:accept|agree|consent|opt[- ]out|cookie (?:policy|settings|preferences)|privacy|brows|(?:this|our) (?:web)?site|your experience|akzeptier|zustimm|datenschutz|accepter|consentement|aceptar|consentimiento|accetta|consenso|aceitar|akkoord|toestemming|kabul|onay)/i;

export const dropCookieNotices = blockRule({
  id: 'drop-cookie-notices',
  description: 'Drops cookie and consent banners.',
  maxWords: 80,
  test: (text) => COOKIE.test(text) && CONSENT.test(text) && 'cookie notice',
});
