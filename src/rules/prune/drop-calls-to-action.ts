/**
 * Calls to action that point away from the article: "Click here to get the app", "Subscribe
 * to our magazine", "Click to share on Twitter (Opens in new window)", "Posted in News |
 * Permalink | 10 Comments". Short lines only: a paragraph that mentions clicking stays.
 */
import { blockRule } from './block-rule.js';
import { caseless } from '../caseless.js';

const CTA = [
  caseless(String.raw`^(?:click|tap) (?:here )?to (?:share|email|print|tweet|subscribe|sign up|follow)\b`, ''),
  caseless(String.raw`^(?:click|tap) here\b.*\b(?:app|newsletter|alerts|updates|channel|podcast|subscribe)\b`, ''),
  /^(?=[^\p{Ll}]*$).*\b(?:CLICK|TAP)(?:ING)? HERE\b/u,
  caseless(String.raw`\(opens in (?:a )?new (?:window|tab)\)`, ''),
  caseless(String.raw`^(?:subscribe|sign up|register|join) (?:to|for|now|today)\b(?!.*\s.*\s.*\s.*\s.*\s.*\s.*\s.*\s.*\s.*\s.*\s)`, ''),
  caseless(String.raw`\bsubscribe to our [\p{L}\s"“”]{0,30}(?:magazine|newsletter|channel|podcast|title|feed|print edition)`),
  caseless(String.raw`^(?:follow|like) us (?:on|at)\b`, ''),
  caseless(String.raw`^follow\b.{0,60}\bon (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky)\b`, ''),
  caseless(String.raw`\b(?:we(?:'|’)d (?:like|love) to hear|tell us what you think|let us know what you think|share your thoughts|send us (?:a|your) (?:tip|letter|story)|got a (?:news )?tip)\b`, ''),
  caseless(String.raw`^i (?:agree|consent) (?:that|to)\b`, ''),
  caseless(String.raw`^want (?:more|to read more)\b.{0,30}\b(?:stories|news|articles|like this)\b`, ''),
  caseless(String.raw`^join (?:our|the) .{0,40}\b(?:forums?|community|discussion|conversation|club)\b`, ''),
  caseless(String.raw`\bpermalink\b.*\|`, ''),
  caseless(String.raw`^(?:download|get) (?:our|the) (?:free )?(?:app|e-?book|guide)\b`, ''),
  caseless(String.raw`^(?:hier klicken|klicken sie hier|cliquez ici|haz clic aquí|clicca qui|clique aqui|klik hier|buraya tıklayın)`, ''),
];

export const dropCallsToAction = blockRule({
  id: 'drop-calls-to-action',
  description: 'Drops short calls to action: click here, subscribe to, follow us, permalink lines.',
  maxWords: 25,
  test: (text) => CTA.some((re) => re.test(text)) && 'call to action',
});
