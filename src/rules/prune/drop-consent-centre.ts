/**
 * A consent tool's preference centre, which a text browser prints with the page (the dialog is
 * in the document, only hidden): its headings ("Privacy Preference Center", "Manage Consent
 * Preferences", "Strictly Necessary Cookies", "[ ] Targeting Cookies", "Always Active") and
 * the paragraph under each category, which speaks of "these cookies" or "these technologies"
 * without saying "cookie" itself often enough for drop-cookie-notices. A paragraph counts only
 * right under such a heading: an article about tracking says "these cookies" too.
 */
import type { Rule, RuleMark } from '../types.js';

/** A cookie category's heading (its checkbox glued in front in a w3m dump), in a few languages. */
const CATEGORY =
  /^(?:\[\s*[x*]?\s*\]\s*)?(?:(?:strictly necessary|necessary|essential|performance|analytics(?:\/performance)?|functional(?:ity)?|targeting|advertising|marketing|social media|preferences?|statistics|personali[sz]ation)\s+cookies|cookies (?:strictement nécessaires|de performance|fonctionnels|publicitaires|de ciblage|estrictamente necesarias|de rendimiento|funcionales|de publicidad|dirigidas|strettamente necessari|funzionali|di prestazione|di targeting)|(?:unbedingt erforderliche|funktionelle|leistungs|marketing|werbe)[- ]?cookies)\b.{0,40}$/iu;
/** The centre's own headings and switches. */
const CENTRE = /^(?:privacy preference cent(?:er|re)|manage consent preferences|cookie preference cent(?:er|re)|cookie list|always active|consent leg\.?\s*interest)$/i;
/** What a category's paragraph says of its kind of tracker. */
const CATEGORY_TEXT = /\b(?:these|such) (?:cookies|technologies|trackers)\b|\bif you (?:do not|don't) allow\b|\bces cookies\b|\bdiese cookies\b|\bestas cookies\b|\bquesti cookie\b/i;
/** Blocks below a heading its paragraph may stand at (the checkbox echo comes between). */
const PARAGRAPH_REACH = 3;
/** A category's paragraph is a few sentences. */
const MAX_PARAGRAPH_WORDS = 160;

export const dropConsentCentre: Rule = {
  id: 'drop-consent-centre',
  stage: 'prune',
  description: "Drops a consent tool's preference centre: its headings and each cookie category's paragraph.",
  apply({ blocks, features, dropped }) {
    const marks: RuleMark[] = [];
    let underHeading = -Infinity;
    for (const block of blocks) {
      const i = block.index;
      const text = block.text;
      if (text.length <= 80 && (CATEGORY.test(text) || CENTRE.test(text))) {
        if (!dropped.has(i)) marks.push({ index: i, verdict: 'boilerplate', reason: 'consent preference centre heading' });
        underHeading = i;
      } else if (i - underHeading <= PARAGRAPH_REACH && features[i].words <= MAX_PARAGRAPH_WORDS && CATEGORY_TEXT.test(text)) {
        if (!dropped.has(i)) marks.push({ index: i, verdict: 'boilerplate', reason: "a cookie category's paragraph" });
        underHeading = -Infinity;
      }
    }
    return marks;
  },
};
