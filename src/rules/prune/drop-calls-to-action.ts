/**
 * Calls to action that point away from the article: "Click here to get the app", "Subscribe
 * to our magazine", "Click to share on Twitter (Opens in new window)", "Posted in News |
 * Permalink | 10 Comments". Short lines only: a paragraph that mentions clicking stays.
 */
import type { Rule, RuleMark } from '../types.js';

const CTA = [
  /^(?:click|tap) (?:here )?to (?:share|email|print|tweet|subscribe|sign up|follow)\b/iu,
  /^(?:click|tap) here\b.*\b(?:app|newsletter|alerts|updates|channel|podcast|subscribe)\b/iu,
  /^(?=[^\p{Ll}]*$).*\b(?:CLICK|TAP)(?:ING)? HERE\b/u,
  /\(opens in (?:a )?new (?:window|tab)\)/iu,
  /^(?:subscribe|sign up|register|join) (?:to|for|now|today)\b(?!.*\s.*\s.*\s.*\s.*\s.*\s.*\s.*\s.*\s.*\s.*\s)/iu,
  /\bsubscribe to our [\p{L}\s"“”]{0,30}(?:magazine|newsletter|channel|podcast|title|feed|print edition)/iu,
  /^(?:follow|like) us (?:on|at)\b/iu,
  /^follow\b.{0,60}\bon (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky)\b/iu,
  /\b(?:we(?:'|’)d (?:like|love) to hear|tell us what you think|let us know what you think|share your thoughts|send us (?:a|your) (?:tip|letter|story)|got a (?:news )?tip)\b/iu,
  /^i (?:agree|consent) (?:that|to)\b/iu,
  /^join (?:our|the) .{0,40}\b(?:forums?|community|discussion|conversation|club)\b/iu,
  /\bpermalink\b.*\|/iu,
  /^(?:download|get) (?:our|the) (?:free )?(?:app|e-?book|guide)\b/iu,
  /^(?:hier klicken|klicken sie hier|cliquez ici|haz clic aquí|clicca qui|clique aqui|klik hier|buraya tıklayın)/iu,
];

export const dropCallsToAction: Rule = {
  id: 'drop-calls-to-action',
  stage: 'prune',
  description: 'Drops short calls to action: click here, subscribe to, follow us, permalink lines.',
  apply({ blocks, features }) {
    const marks: RuleMark[] = [];
    for (const block of blocks) {
      if (features[block.index].words > 25) continue;
      if (CTA.some((re) => re.test(block.text))) marks.push({ index: block.index, verdict: 'boilerplate', reason: 'call to action' });
    }
    return marks;
  },
};
