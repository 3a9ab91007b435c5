/**
 * Legal small print that reads like prose: trademark notices, "for informational purposes
 * only", "not intended to diagnose, treat, cure", "does not constitute financial advice",
 * "results may vary". Site-wide boilerplate, never the article's own text.
 */
import { blockRule } from './block-rule.js';

const DISCLAIMER = [
  /\b(?:are|is a|are the) (?:registered )?trademarks? of\b/i,
  /\bfor (?:general )?informational purposes only\b/i,
  /\bnot intended to (?:diagnose|be a substitute|replace|provide (?:medical|legal|financial))/i,
  /\bdoes not (?:constitute|provide) (?:medical|legal|financial|investment|professional) advice\b/i,
  /\bresults (?:may )?vary depending on\b/i,
  /\bhave not been evaluated by the food and drug administration\b/i,
  /\bthe information (?:provided|contained) (?:on|in) this (?:web ?site|site|page)\b/i,
  /\bwithout (?:the )?(?:prior )?written permission of\b/i,
  /\b(?:this|the) (?:material|article|content|story|site's content)\b.{0,40}\bmay not be (?:reproduced|republished|published|broadcast|rewritten|redistributed)\b/i,
  /\bis (?:part|a (?:division|unit|subsidiary|brand)) of\b.{0,80}\b(?:media|publishing|publisher|broadcasting)\b/i,
  /\bwe (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation) (?:from|when|if|on)\b/i,
];

/** A report about a trademark or a ruling quotes or attributes; small print never does. */
const REPORTED = /\b(?:said|says|told|according to|ruled|argued|claims?)\b|["“”]/i;

export const dropDisclaimers = blockRule({
  id: 'drop-disclaimers',
  description: 'Drops legal small print: trademark notices, disclaimers, republishing bans.',
  maxWords: 120,
  test: (text) => !REPORTED.test(text) && DISCLAIMER.some((re) => re.test(text)) && 'legal small print',
});
