/**
 * Legal small print that reads like prose: trademark notices, "for informational purposes
 * only", "not intended to diagnose, treat, cure", "does not constitute financial advice",
 * "results may vary". Site-wide boilerplate, never the article's own text.
 */
import { blockRule } from './block-rule.js';
import { caseless } from '../caseless.js';

const DISCLAIMER = [
  caseless(String.raw`\b(?:are|is a|are the) (?:registered )?trademarks? of\b`, ''),
  caseless(String.raw`\bfor (?:general )?informational purposes only\b`, ''),
  caseless(String.raw`\bnot intended to (?:diagnose|be a substitute|replace|provide (?:medical|legal|financial))`, ''),
  caseless(String.raw`\bdoes not (?:constitute|provide) (?:medical|legal|financial|investment|professional) advice\b`, ''),
  caseless(String.raw`\bresults (?:may )?vary depending on\b`, ''),
  caseless(String.raw`\bhave not been evaluated by the food and drug administration\b`, ''),
  caseless(String.raw`\bthe information (?:provided|contained) (?:on|in) this (?:web ?site|site|page)\b`, ''),
  caseless(String.raw`\bwithout (?:the )?(?:prior )?written permission of\b`, ''),
  caseless(String.raw`\b(?:this|the) (?:material|article|content|story|site's content)\b.{0,40}\bmay not be (?:reproduced|republished|published|broadcast|rewritten|redistributed)\b`, ''),
  caseless(String.raw`\bis (?:part|a (?:division|unit|subsidiary|brand)) of\b.{0,80}\b(?:media|publishing|publisher|broadcasting)\b`, ''),
  caseless(String.raw`\bwe (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation) (?:from|when|if|on)\b`, ''),
];

/** A report about a trademark or a ruling quotes or attributes; small print never does. */
const REPORTED = caseless(String.raw`\b(?:said|says|told|according to|ruled|argued|claims?)\b|["“”]`, '');

export const dropDisclaimers = blockRule({
  id: 'drop-disclaimers',
  description: 'Drops legal small print: trademark notices, disclaimers, republishing bans.',
  maxWords: 120,
  test: (text) => !REPORTED.test(text) && DISCLAIMER.some((re) => re.test(text)) && 'legal small print',
});
