/**
 * Newsletter and subscription pitches: "Sign up for our daily newsletter", "Get the latest
 * headlines delivered to your inbox", "No spam, we promise. You can unsubscribe at any time."
 * A short block that speaks of signing up together with an inbox, newsletter or unsubscribing.
 */
import type { Rule, RuleMark } from '../types.js';

const PITCH = /\b(?:newsletters?|inbox|unsubscribe|e-?mail updates|nieuwsbrief|bülten|boletín|infolettre|lettre d'information)\b/iu;
const PROMPT = /(?:^(?:sign up|subscribe|get|join)\b|\bsign up (?:for|to|now|here)\b|\bsubscribe (?:now|today|here|for free|to our)\b|\benter your e-?mail|delivered to your inbox|in your inbox|unsubscribe|no spam|jetzt (?:anmelden|abonnieren)|inscrivez-vous|abonnez-vous|suscríbete|iscriviti|inscreva-se|meld je aan|abone ol|straight to your inbox|get (?:the|our) (?:latest|best|daily|weekly))/iu;

export const dropNewsletterPrompts: Rule = {
  id: 'drop-newsletter-prompts',
  stage: 'prune',
  description: 'Drops newsletter and subscription pitches.',
  apply({ blocks, features }) {
    const marks: RuleMark[] = [];
    for (const block of blocks) {
      if (features[block.index].words > 35) continue;
      if (PITCH.test(block.text) && PROMPT.test(block.text)) {
        marks.push({ index: block.index, verdict: 'boilerplate', reason: 'newsletter or subscription pitch' });
      }
    }
    return marks;
  },
};
