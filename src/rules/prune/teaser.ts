/**
 * Recognising teaser widgets: a heading such as "RECOMMENDED" or "More from Sport", or a
 * one-line link to another story introduced by one ("Related: ...", "READ MORE: ...",
 * innerText's glued "RelatedTRT World - ...").
 */
import { TEASER_LABELS } from '../vocab.js';
import { alternation, labelKey, labelSet } from '../label.js';
import { caseless, caselessAny } from '../caseless.js';
import { GatedRegex } from '../openings.js';

const LABELS = labelSet(TEASER_LABELS);
/** A label, then a delimiter or (glued by innerText) two letters of a headline. */
const PREFIX = caseless(`^(?:${alternation(TEASER_LABELS)})(?:\\s*[:|»›>–—：｜-]\\s*|(?=\\p{Ll}{2}))(?=\\S)`);
/** "More from Sport", "More in Politics": the label takes a section name. */
const MORE_FROM = String.raw`^(?:more (?:from|in|on|about)|latest (?:from|in|on)|most (?:read|popular|viewed|shared) (?:in|on|from)|top stories (?:in|from)|also in|mehr (?:aus|von|zu)|meistgelesen in|plus de|les plus lus (?:en|dans)|más de|lo más leído en|altro da|i più letti (?:in|di)|mais de|mais lidas (?:em|de)|meer over|meest gelezen in|daha fazla)\s+\S+(?:\s+\S+){0,3}$`;

/** "More Great WIRED Stories", "More stories you might like", "Other news in this section" (tested on the lower-case label). */
const MORE_STORIES = new GatedRegex(/^(?:more|other|further|recommended|popular|related|similar|latest|hot|trending)\b.{0,40}\b(?:stories|articles|news|posts|reads|videos|headlines|coverage|questions|threads|discussions|topics)(?: (?:for you|you might like|you may like|in this section|on this topic)|\s+(?:from|by|in|on|about)\s+.{1,40})?$/);

/** A teaser label naming its source: "Related coverage from How to Do Everything: Money:". */
const LABEL_FROM = `^(?:${alternation(TEASER_LABELS)})\\s+(?:from|in|on|about|for|aus|von|de|du|des|di|da|van|uit)\\s+[^.!?]{1,50}:?$`;
/** Either, asked of a line in one scan. */
const NAMED_SECTION = caselessAny([MORE_FROM, LABEL_FROM], '');

/** "More:" introducing a list of links (a bare "More" is a button). */
const MORE_COLON = new GatedRegex(/^(?:more|see more|also|mehr|plus|más|altro|mais|meer|daha)\s*:$/i);

/** The whole line is a teaser widget's heading. `added`: labels from a rules file. */
export function isTeaserHeading(text: string, label = labelKey(text), added?: ReadonlySet<string>): boolean {
  if (text.length > 60) return false;
  return LABELS.has(label) || Boolean(added?.has(label)) || NAMED_SECTION.test(text) || MORE_STORIES.test(label) || MORE_COLON.test(text);
}

/**
 * The line opens with a teaser label, delimited or glued to a headline ("Related: ...",
 * "RelatedTRT World - ..."): on a line that is no teaser heading, a link to another story.
 */
export function opensWithTeaserLabel(text: string): boolean {
  const match = PREFIX.exec(text);
  if (!match) return false;
  // "Read more about the vote below." is prose: a glued or delimited label is not.
  const end = match[0].length;
  const glued = end > 0 && !/\s/.test(text[end - 1] ?? '') && /\p{Lu}/u.test(text[end] ?? '');
  const delimited = /[:|»›>–—\-：｜]\s*$/u.test(match[0]);
  return glued || delimited;
}
