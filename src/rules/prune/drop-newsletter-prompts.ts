/**
 * Newsletter and subscription pitches: "Sign up for our daily newsletter", "Get the latest
 * headlines delivered to your inbox", "No spam, we promise. You can unsubscribe at any time."
 * A short block that speaks of signing up together with an inbox, newsletter or unsubscribing.
 */
import { blockRule } from './block-rule.js';
import { caseless } from '../caseless.js';

const PITCH = caseless(String.raw`\b(?:newsletters?|inbox|unsubscribe|e-?mail updates|nieuwsbrief|bülten|boletín|infolettre|lettre d'information)\b`, '');
const PROMPT = /(?:^(?:sign up|subscribe|get|join)\b|\bsign up (?:for|to|now|here)\b|\bsubscribe (?:now|today|here|for free|to our)\b|\benter your e-?mail|delivered to your inbox|in your inbox|unsubscribe|no spam|jetzt (?:anmelden|abonnieren)|inscrivez-vous|abonnez-vous|suscríbete|iscriviti|inscreva-se|meld je aan|abone ol|straight to your inbox|get (?:the|our) (?:latest|best|daily|weekly))/i;

export const dropNewsletterPrompts = blockRule({
  id: 'drop-newsletter-prompts',
  description: 'Drops newsletter and subscription pitches.',
  maxWords: 35,
  test: (text) => PITCH.test(text) && PROMPT.test(text) && 'newsletter or subscription pitch',
});
