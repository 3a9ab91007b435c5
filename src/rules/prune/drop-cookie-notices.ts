/**
 * Cookie and consent banners: "This website uses cookies to improve your experience...".
 * A short text that speaks of cookies together with consent words. A consent dialog's longer
 * paragraphs ("We and our 977 partners store and access personal data, like cookies...") are
 * dropped too when they speak as the banner does: the site or "we and our partners" using or
 * storing, "by clicking", "accept all", "manage your preferences". An article about cookies
 * says "cookies" without addressing the reader's consent so.
 */
import { blockRule } from './block-rule.js';
import { holdsAnyOf } from '../caseless.js';

const COOKIE = /\bcookies?\b|\bkekse\b|çerez/i;
const CONSENT = /\b(?:accept|agree|consent|opt[- ]out|cookie (?:policy|settings|preferences)|privacy|brows|(?:this|our) (?:web)?site|your experience|akzeptier|zustimm|datenschutz|accepter|consentement|aceptar|consentimiento|accetta|consenso|aceitar|akkoord|toestemming|kabul|onay)/i;
/** What a consent dialog says of itself, in English (dumps of such dialogs elsewhere are short). */
const BANNER =
  /\b(?:we(?: and our (?:\d+ )?partners)?|this (?:web)?site|our (?:web)?site) (?:use|uses|store|process)\b|\bour (?:\d+ )?(?:partners|vendors)\b|\bby clicking\b|\baccept all\b|\b(?:manage|customi[sz]e|change) (?:your )?(?:cookie )?(?:preferences|settings|choices)\b/i;
/** COOKIE's words, looked for in the block's lower-case text first: a string search, where the regex tries every position. */
const COOKIE_WORDS = ['cookie', 'kekse', 'çerez'];
/** Up to this many words a cookie sentence with a consent word is a banner... */
const SHORT_NOTICE_WORDS = 80;
/** ...and up to this many when it speaks as a banner does. */
const LONG_NOTICE_WORDS = 250;

export const dropCookieNotices = blockRule({
  id: 'drop-cookie-notices',
  description: 'Drops cookie and consent banners.',
  maxWords: LONG_NOTICE_WORDS,
  test: (text, f, block, { lowerTexts }) =>
    holdsAnyOf(lowerTexts[block.index], COOKIE_WORDS) && COOKIE.test(text) && (f.words <= SHORT_NOTICE_WORDS ? CONSENT.test(text) : BANNER.test(text)) && 'cookie notice',
});
