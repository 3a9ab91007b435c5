/**
 * Calls to action that point away from the article: "Click here to get the app", "Subscribe
 * to our magazine", "Click to share on Twitter (Opens in new window)", "Posted in News |
 * Permalink | 10 Comments". Short lines only: a paragraph that mentions clicking stays.
 */
import { blockRule } from './block-rule.js';

const CTA = [
  /^(?:click|tap) (?:here )?to (?:share|email|print|tweet|subscribe|sign up|follow)\b/i,
  /^(?:click|tap) here\b.*\b(?:app|newsletter|alerts|updates|channel|podcast|subscribe)\b/i,
  /^(?=[^\p{Ll}]*$).*\b(?:CLICK|TAP)(?:ING)? HERE\b/u,
  /\(opens in (?:a )?new (?:window|tab)\)/i,
  /^(?:subscribe|sign up|register|join) (?:to|for|now|today)\b(?!.*\s.*\s.*\s.*\s.*\s.*\s.*\s.*\s.*\s.*\s.*\s)/i,
  /\bsubscribe to our [\p{L}\s"“”]{0,30}(?:magazine|newsletter|channel|podcast|title|feed|print edition)/iu,
  /^(?:follow|like) us (?:on|at)\b/i,
  /^follow\b.{0,60}\bon (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky)\b/i,
  /\b(?:we(?:'|’)d (?:like|love) to hear|tell us what you think|let us know what you think|share your thoughts|send us (?:a|your) (?:tip|letter|story)|got a (?:news )?tip)\b/i,
  /^i (?:agree|consent) (?:that|to)\b/i,
  /^want (?:more|to read more)\b.{0,30}\b(?:stories|news|articles|like this)\b/i,
  /^join (?:our|the) .{0,40}\b(?:forums?|community|discussion|conversation|club)\b/i,
  /\bpermalink\b.*\|/i,
  /^(?:download|get) (?:our|the) (?:free )?(?:app|e-?book|guide)\b/i,
  /^(?:hier klicken|klicken sie hier|cliquez ici|haz clic aquí|clicca qui|clique aqui|klik hier|buraya tıklayın)/i,
];

export const dropCallsToAction = blockRule({
  id: 'drop-calls-to-action',
  description: 'Drops short calls to action: click here, subscribe to, follow us, permalink lines.',
  maxWords: 25,
  test: (text) => CTA.some((re) => re.test(text)) && 'call to action',
});
