/**
 * Calls to action that point away from the article: "Click here to get the app", "Subscribe
 * to our magazine", "Click to share on Twitter (Opens in new window)", "Posted in News |
 * Permalink | 10 Comments". Short lines only: a paragraph that mentions clicking stays.
 */
import { blockRule } from './block-rule.js';
import { caseless, caselessAny } from '../caseless.js';

/** Every call to action written without \p classes, asked of a line in one scan. */
const CTA = caselessAny(
  [
    String.raw`^(?:click|tap) (?:here )?to (?:share|email|print|tweet|subscribe|sign up|follow)\b`,
    String.raw`^(?:click|tap) here\b.*\b(?:app|newsletter|alerts|updates|channel|podcast|subscribe)\b`,
    String.raw`\(opens in (?:a )?new (?:window|tab)\)`,
    String.raw`^(?:subscribe|sign up|register|join) (?:to|for|now|today)\b(?!.*\s.*\s.*\s.*\s.*\s.*\s.*\s.*\s.*\s.*\s.*\s)`,
    String.raw`^(?:follow|like) us (?:on|at)\b`,
    String.raw`^follow\b.{0,60}\bon (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky)\b`,
    String.raw`\b(?:we(?:'|’)d (?:like|love) to hear|tell us what you think|let us know what you think|share your thoughts|send us (?:a|your) (?:tip|letter|story)|got a (?:news )?tip)\b`,
    String.raw`^i (?:agree|consent) (?:that|to)\b`,
    String.raw`^want (?:more|to read more)\b.{0,30}\b(?:stories|news|articles|like this)\b`,
    String.raw`^join (?:our|the) .{0,40}\b(?:forums?|community|discussion|conversation|club)\b`,
    String.raw`\bpermalink\b.*\|`,
    String.raw`^(?:download|get) (?:our|the) (?:free )?(?:app|e-?book|guide)\b`,
    String.raw`^(?:hier klicken|klicken sie hier|cliquez ici|haz clic aquí|clicca qui|clique aqui|klik hier|buraya tıklayın)`,
  ],
  '',
);
/** "Subscribe to our ... magazine" (its words are letters of any script); asked only of a line that says "subscribe". */
const SUBSCRIBE_TO_OUR = caseless(String.raw`\bsubscribe to our [\p{L}\s"“”]{0,30}(?:magazine|newsletter|channel|podcast|title|feed|print edition)`);
const SUBSCRIBES = /subscribe/i;
/** "CLICK HERE" in a line written in capitals. */
const SHOUTED_CLICK = /^(?=[^\p{Ll}]*$).*\b(?:CLICK|TAP)(?:ING)? HERE\b/u;

export const dropCallsToAction = blockRule({
  id: 'drop-calls-to-action',
  description: 'Drops short calls to action: click here, subscribe to, follow us, permalink lines.',
  maxWords: 25,
  test: (text) => (CTA.test(text) || (SUBSCRIBES.test(text) && SUBSCRIBE_TO_OUR.test(text)) || SHOUTED_CLICK.test(text)) && 'call to action',
});
