/**
 * A consent tool's dialog, which a text browser prints with the page (the dialog is in the
 * document, only hidden). Its headings go ("Privacy Preference Center", "Strictly Necessary
 * Cookies", "[ ] Targeting Cookies", "Always Active", and the consent framework's standard
 * purposes: "Measure advertising performance 571 partners can use this purpose"), so do the
 * banner's opening ("We and our 644 partners store ...") and its row of purposes, and the
 * paragraph under each heading, which speaks of "these cookies" or "these technologies" but
 * seldom says "cookie" as drop-cookie-notices needs. A paragraph counts only right under such a
 * heading: an article about tracking says "these cookies" too.
 */
import type { Rule, RuleMark } from '../types.js';
import { caseless, caselessAny, holdsAnyOf } from '../caseless.js';

/** A cookie category's heading (its checkbox glued in front in a w3m dump), in a few languages. */
const CATEGORY =
  String.raw`^(?:\[\s*[x*]?\s*\]\s*)?(?:(?:strictly necessary|necessary|essential|performance|analytics(?:\/performance)?|functional(?:ity)?|targeting|advertising|marketing|social media|preferences?|statistics|personali[sz]ation)\s+cookies|cookies (?:strictement nécessaires|de performance|fonctionnels|publicitaires|de ciblage|estrictamente necesarias|de rendimiento|funcionales|de publicidad|dirigidas|strettamente necessari|funzionali|di prestazione|di targeting)|(?:unbedingt erforderliche|funktionelle|leistungs|marketing|werbe)[- ]?cookies)\b.{0,40}$`;
/** The centre's own headings and switches. */
const CENTRE =
  String.raw`^(?:privacy preference cent(?:er|re)|manage consent preferences|cookie preference cent(?:er|re)|cookie list|always active|consent leg\.?\s*interest|we care about your privacy|list of iab vendors.*|(?:\[\s*\]\s*)?switch label|view illustrations|object to legitimate interests(?: remove objection)?|i accept reject all show purposes)$`;
/** Either kind of heading, asked of a line in one scan. */
const HEADING = caselessAny([CATEGORY, CENTRE], '');
/**
 * The purposes, features and special features of IAB Europe's Transparency and Consent
 * Framework, in its standard wording, as the consent dialogs of thousands of sites list them
 * ("• Measure advertising performance 571 partners can use this purpose").
 */
const TCF_PURPOSE =
  String.raw`^(?:[•*-]\s*)?(?:\[\s*\]\s*)?(?:store and\/or access information on a device|use limited data to select (?:advertising|content)|create profiles (?:for personalised advertising|to personalise content)|use profiles to select personalised (?:advertising|content)|measure (?:advertising|content) performance|understand audiences through statistics.*|develop and improve services|ensure security, prevent and detect fraud.*|deliver and present advertising and content|save and communicate privacy choices|match and combine data from other data sources|link different devices|identify devices based on information transmitted automatically|use precise geolocation data|actively scan device characteristics for identification)(?:\s+\d+\s+partners can use this (?:purpose|feature|special (?:purpose|feature)))?$`;
/** The purposes named inside a paragraph: a banner lists them in a row ("Store and/or access information on a device. Use limited data to select advertising. ..."). */
const TCF_PURPOSE_NAME =
  /store and\/or access information on a device|use limited data to select (?:advertising|content)|create profiles (?:for personalised advertising|to personalise content)|use profiles to select personalised (?:advertising|content)|measure (?:advertising|content) performance|develop and improve services|use precise geolocation data|actively scan device characteristics for identification/gi;
/** Words one of any three purposes holds, looked for in the block's lower-case text. */
const PURPOSE_HINTS = ['to select', 'profiles', 'performance', 'and/or access', 'geolocation'];
/** A paragraph naming this many purposes is the banner's list of them. */
const LISTED_PURPOSES = 3;
/** "... 364 partners can use this purpose", the count a purpose's line ends with (wrapped onto its own line). */
const PARTNER_COUNT = String.raw`^(?:\d+\s+)?partners can use this (?:purpose|feature|special (?:purpose|feature))$`;
/** A purpose, or its partner count on a line of its own, asked in one scan. */
const PURPOSE_LINE = caselessAny([TCF_PURPOSE, PARTNER_COUNT], '');
/** The banner's own opening: "We and our 644 partners store and access personal data, ...". */
const TCF_BANNER = caseless(String.raw`^we and our (?:\d+ )?partners (?:store|process|use)\b`, '');
/** What a category's paragraph says of its kind of tracker. */
const CATEGORY_TEXT =
  caseless(String.raw`\b(?:these|such) (?:cookies|technologies|trackers)\b|\bif you (?:do not|don't) allow\b|\bces cookies\b|\bdiese cookies\b|\bestas cookies\b|\bquesti cookie\b|\b(?:presented to you|your activity) on this service\b|\bon this service\b.*\b(?:advertising|profile)|\bstored (?:or|and) read on your device\b|\breports can be generated\b`, '');
/** Blocks below a heading its paragraph may stand at (the checkbox echo comes between). */
const PARAGRAPH_REACH = 3;
/** The banner's opening and its row of purposes are sentences, never a short line. */
const MIN_BANNER_WORDS = 8;
/** A category's paragraph is a few sentences. */
const MAX_PARAGRAPH_WORDS = 160;

export const dropConsentCentre: Rule = {
  id: 'drop-consent-centre',
  stage: 'prune',
  description: "Drops a consent tool's preference centre: its headings and each cookie category's paragraph.",
  apply({ blocks, features, dropped, lowerTexts }) {
    const marks: RuleMark[] = [];
    let underHeading = -Infinity;
    for (const block of blocks) {
      const i = block.index;
      const text = block.text;
      if (isCentreHeading(text)) {
        if (!dropped.has(i)) marks.push({ index: i, verdict: 'boilerplate', reason: 'consent preference centre heading' });
        underHeading = i;
      } else if (features[i].words >= MIN_BANNER_WORDS && features[i].words <= MAX_PARAGRAPH_WORDS && isBannerText(text, lowerTexts[i])) {
        if (!dropped.has(i)) marks.push({ index: i, verdict: 'boilerplate', reason: "a consent banner's text" });
      } else if (i - underHeading <= PARAGRAPH_REACH && features[i].words <= MAX_PARAGRAPH_WORDS && CATEGORY_TEXT.test(text)) {
        if (!dropped.has(i)) marks.push({ index: i, verdict: 'boilerplate', reason: "a cookie category's paragraph" });
        underHeading = -Infinity;
      }
    }
    return marks;
  },
};

/** A heading or switch of the dialog: a cookie category, the centre's own, or a framework purpose. */
function isCentreHeading(text: string): boolean {
  if (text.length <= 80 && HEADING.test(text)) return true;
  return text.length <= 160 && PURPOSE_LINE.test(text);
}

/** The banner's opening, or its row of the framework's purposes. */
function isBannerText(text: string, lower: string): boolean {
  if (TCF_BANNER.test(text)) return true;
  // Any three purposes hold one of these words: most paragraphs are spared the full scan.
  if (!holdsAnyOf(lower, PURPOSE_HINTS)) return false;
  return (text.match(TCF_PURPOSE_NAME)?.length ?? 0) >= LISTED_PURPOSES;
}
