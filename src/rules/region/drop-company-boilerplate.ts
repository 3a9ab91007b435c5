/**
 * The company paragraph that closes a press release: "Acme is a global provider of ...",
 * "Acme is headquartered in ...", "For more information, visit ...". It describes the issuer,
 * not the news, and it sits at the very end of the article.
 */
import type { Rule, RuleMark } from '../types.js';
import { caseless } from '../caseless.js';
import { lazy } from '../../lazy.js';

/** What the company patterns cannot match without: a paragraph without " is " or " are " is spared them (and their compiling). */
const SAYS_IS = (text: string) => text.includes(' is ') || text.includes(' are ');
const BOILERPLATE = [
  gated(SAYS_IS, () => /^[\p{Lu}][\p{L}\p{N}&.'’ -]{1,40} (?:is|are) (?:a|an|the) (?:[\p{L}-]+ ){0,4}(?:provider|company|manufacturer|developer|supplier|firm|leader|maker|group|platform|organi[sz]ation|publisher|agency) (?:of|in|for|that|which|focused|dedicated|specializing|specialising)\b/u),
  gated((text) => text.includes(' headquartered in'), () => /^[\p{Lu}][\p{L}\p{N}&.'’ -]{1,40} (?:is|are) headquartered in\b/u),
  caseless(String.raw`^(?:for (?:more|further) information,? (?:please )?(?:visit|see|go to|contact)|media contact|press contact|investor (?:relations )?contact)\b`, ''),
];
/** A pattern asked only of a text that passes `may`, which must hold wherever the pattern matches; built on its first asking. */
function gated(may: (text: string) => boolean, make: () => RegExp): { test(text: string): boolean } {
  const pattern = lazy(make);
  return { test: (text) => may(text) && pattern().test(text) };
}
/** Only the last blocks of the article are a press release's closing boilerplate. */
const TAIL_BLOCKS = 4;

export const dropCompanyBoilerplate: Rule = {
  id: 'drop-company-boilerplate',
  stage: 'region',
  description: "Drops a press release's closing company paragraphs (\"Acme is a global provider of...\").",
  apply({ blocks, features, run, dropped }) {
    if (!run) return [];
    const marks: RuleMark[] = [];
    for (let i = Math.max(run.start + 1, run.end - TAIL_BLOCKS + 1); i <= run.end; i++) {
      if (dropped.has(i) || features[i].words > 80) continue;
      if (BOILERPLATE.some((re) => re.test(blocks[i].text))) marks.push({ index: i, verdict: 'boilerplate', reason: 'company boilerplate' });
    }
    return marks;
  },
};
