/**
 * Legal small print that reads like prose: trademark notices, "for informational purposes
 * only", "not intended to diagnose, treat, cure", "does not constitute financial advice",
 * "results may vary". Site-wide boilerplate, never the article's own text.
 */
import { blockRule } from './block-rule.js';
import { caseless, caselessAny } from '../caseless.js';

/** Any of the forms of small print, asked of a line in one scan. */
const DISCLAIMER = caselessAny(
  [
    String.raw`\b(?:are|is a|are the) (?:registered )?trademarks? of\b`,
    String.raw`\bfor (?:general )?informational purposes only\b`,
    String.raw`\bnot intended to (?:diagnose|be a substitute|replace|provide (?:medical|legal|financial))`,
    String.raw`\bdoes not (?:constitute|provide) (?:medical|legal|financial|investment|professional) advice\b`,
    String.raw`\bresults (?:may )?vary depending on\b`,
    String.raw`\bhave not been evaluated by the food and drug administration\b`,
    String.raw`\bthe information (?:provided|contained) (?:on|in) this (?:web ?site|site|page)\b`,
    String.raw`\bwithout (?:the )?(?:prior )?written permission of\b`,
    String.raw`\b(?:this|the) (?:material|article|content|story|site's content)\b.{0,40}\bmay not be (?:reproduced|republished|published|broadcast|rewritten|redistributed)\b`,
    String.raw`\bis (?:part|a (?:division|unit|subsidiary|brand)) of\b.{0,80}\b(?:media|publishing|publisher|broadcasting)\b`,
    String.raw`\bwe (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation) (?:from|when|if|on)\b`,
  ],
  '',
);

/** A report about a trademark or a ruling quotes or attributes; small print never does. */
const REPORTED = caseless(String.raw`\b(?:said|says|told|according to|ruled|argued|claims?)\b|["“”]`, '');

export const dropDisclaimers = blockRule({
  id: 'drop-disclaimers',
  description: 'Drops legal small print: trademark notices, disclaimers, republishing bans.',
  maxWords: 120,
  test: (text) => DISCLAIMER.test(text) && !REPORTED.test(text) && 'legal small print',
});
