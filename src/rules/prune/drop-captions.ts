/**
 * Photo captions and credits: "Protesters in the square / Reuters", "The lab (Image: GETTY)",
 * "(AP Photo/Jane Doe)", "Photo: John Smith", "Foto: dpa". A caption is recognised by its
 * credit, never by its wording alone, so prose that mentions a photo stays.
 */
import type { Block } from '../../types.js';
import type { Rule, RuleMark } from '../types.js';
import { CAPTION_WORDS, PHOTO_AGENCIES } from '../vocab.js';
import { alternation } from '../label.js';
import { caseless } from '../caseless.js';
import { lazy } from '../../lazy.js';

const WORD = alternation(CAPTION_WORDS);
const AGENCY = alternation(PHOTO_AGENCIES);

/** "(Image: Getty)", "[Photo: AFP]", "(AP Photo/Evan Vucci)", "(Photo by X/Getty Images)". */
const BRACKETED_CREDIT = caseless(String.raw`[(\[](?:(?:${WORD})\s*(?:by|:|©)|(?:${AGENCY})\s+(?:photo|foto)\b|©)[^()\[\]]{0,80}[)\]]\.?$`);
/** "... / Reuters", "... | Getty Images", "... © AFP", "J. Doe / AP file". */
const TRAILING_AGENCY = caseless(String.raw`(?:\s[/|©]\s*|©)(?:\p{L}+\.?\s+){0,3}(?:${AGENCY})(?:\s+(?:photo|images|file(?: photo)?|via\s+\S+))?\.?$`);
/** "Image caption ...", "Photo caption ...": a caption that says it is one. */
const SELF_NAMED = caseless(String.raw`^(?:(?:image|photo|picture|video|media) (?:caption|copyright)\b|(?:skip |end of )?(?:twitter|instagram|facebook|youtube|tiktok) post(?: \d+)? by @)`, '');
/** Picture-desk captions: "WASHINGTON, DC - NOVEMBER 19: Jennifer Williams, adviser to ...". */
const DESK_CAPTION = lazy(() => /^[\p{Lu}][\p{Lu} .,'’-]{2,40}\s[-–—]\s(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2}(?:,\s*\d{4})?:/u);
/** News-agency captions: "In this Tuesday, Nov. 19, 2019, photo, ...", "This undated file photo shows ...". */
const AGENCY_STYLE_HEAD = String.raw`^(?:in )?this (?:[\p{L}\d.,]+\s+){0,8}(?:file )?(?:photo|image|picture|handout photo|photograph)\b(?:\s+(?:provided|issued|released|made available|taken|obtained|distributed|supplied|posted)\s+(?:by|on)\s+[^,]{1,60})?`;
// A comma and the caption's words, or a verb; "this kind of photo composition" is prose.
const AGENCY_STYLE = caseless(String.raw`${AGENCY_STYLE_HEAD}(?:,\s+\p{L}|,?\s+(?:shows?|released|taken|made available|provided)\b)`);
/** The same opening, no comma, then a name: "This undated photo John Smith ..." (a capital as written). */
const AGENCY_STYLE_NAMED = caseless(String.raw`${AGENCY_STYLE_HEAD}\s+`);
/** A photographer and an outlet alone on a short line: "Jane Doe/The Daily News", "John Roe, AP". */
const NAME_CREDIT = new RegExp(String.raw`^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s*(?:/\s*(?:the\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}|,\s*(?:${AGENCY}))$`, 'u');
/** "Submitted photo", "File photo", "Courtesy photo" closing a caption. */
const PHOTO_KIND = caseless(String.raw`\b(?:submitted|contributed|file|staff|courtesy|handout|stock) (?:photo|image|picture)s?\.?$`, '');
/** A credit on a line of its own: "ASSOCIATED PRESS", "Getty Images". */
const AGENCY_ONLY = caseless(String.raw`^(?:${AGENCY}|associated press|the associated press)\.?$`, '');
/** "Photo: John Smith", "Credit: Reuters", "Foto: dpa" at the start of a short line. */
const LEADING_CREDIT = caseless(String.raw`^(?:${WORD})\s*(?::|©|by\b)`, '');
/** "Photograph: Jane Doe/Reuters" or "Jane Doe/Getty Images" at the end. */
const SLASH_CREDIT = caseless(String.raw`(?:${WORD})\s*:\s*[^:]{2,60}/\s*\p{L}+(?:\s+\p{L}+){0,2}\s*\.?$`);

/** "(AP Photo/Gene Puskar)" anywhere: prose never carries an agency's photo credit. */
const AGENCY_PHOTO = caseless(String.raw`\((?:${AGENCY})\s+(?:photo|foto)s?\s*/`, '');
/** "... (Jane Doe/ITV via AP)": a pool photo credited through an agency. */
const VIA_AGENCY = caseless(String.raw`\([^()]{0,60}\bvia (?:${AGENCY})\)\.?$`, '');

/** "... equivalent. Credit: European Space Agency": a caption that ends in its credit. */
const TRAILING_CREDIT = caseless(String.raw`[.)]\s+(?:${WORD})\s*(?::|©|by\b)\s*[^.:]{2,60}\.?$`, '');

/** Captions that say what they are may run long (agency captions repeat the story's context). */
const MAX_SELF_EVIDENT_WORDS = 120;
const MAX_CREDITED_WORDS = 60;

/*
 * Every block of a page is asked whether it is a caption, and most are prose: each pattern is
 * tried only when the text has what the pattern cannot match without (a bracket, a slash, a
 * colon...), which a string search tells far more cheaply. The answers are the patterns' own.
 */

/** The longest agency name, and what AGENCY_ONLY allows around it ("the associated press."). */
const MAX_AGENCY_ONLY_CHARS = Math.max(...PHOTO_AGENCIES.map((a) => a.length), 'the associated press'.length) + 1;

/** TRAILING_AGENCY needs a slash, a bar or a copyright sign before the agency. */
const mayTrailAgency = (text: string) => text.includes('/') || text.includes('|') || text.includes('©');
/** NAME_CREDIT needs a slash before the outlet or a comma before the agency. */
const mayNameCredit = (text: string) => text.includes('/') || text.includes(',');

const FULL_STOP = 46;
const CLOSING = new Set([41, 93]); // ) and ]

/** A pattern that ends in a closing bracket (and maybe a full stop): /[)\]]\.?$/, read from the end (a regex with $ is tried at every position). */
function endsBracketed(text: string): boolean {
  const n = text.length;
  return CLOSING.has(text.charCodeAt(n - 1)) || (text.charCodeAt(n - 1) === FULL_STOP && CLOSING.has(text.charCodeAt(n - 2)));
}

const PICTURE_WORDS = ['photo', 'image', 'picture'];

/** text[0, end) ends with `word`, ASCII letters in any case. */
function endsWithWord(text: string, end: number, word: string): boolean {
  if (end < word.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(end - word.length + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** /(?:photo|image|picture)s?\.?$/i, read from the end: the kind of picture closing a caption. */
function endsWithPictureWord(text: string): boolean {
  let end = text.length;
  if (text.charCodeAt(end - 1) === FULL_STOP) end--;
  const plural = (text.charCodeAt(end - 1) | 32) === 115; // s or S
  return PICTURE_WORDS.some((word) => endsWithWord(text, end, word) || (plural && endsWithWord(text, end - 1, word)));
}
/** LEADING_CREDIT and TRAILING_CREDIT need a colon, a copyright sign or "by" after the word. */
const mayCredit = (text: string) => text.includes(':') || text.includes('©') || /by/i.test(text);

/** What text.split(/\s+/).length says, counted without the split, and no further than `upTo`. */
function spacedParts(text: string, upTo: number): number {
  let parts = 1;
  let inSpace = false;
  for (let k = 0; k < text.length && parts < upTo; k++) {
    const c = text.charCodeAt(k);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(text[k]);
    if (space && !inSpace) parts++;
    inSpace = space;
  }
  return parts;
}

/** A line that is only a credit: "Natalie Naccache | Bloomberg | Getty Images", "Jane Doe/AP". */
function isCreditLine(text: string): boolean {
  const agencyOnly = text.length <= MAX_AGENCY_ONLY_CHARS;
  const nameCredit = mayNameCredit(text);
  const trailAgency = mayTrailAgency(text);
  // Every line below a caption candidate is asked: most have none of the marks, and are not counted.
  if (!agencyOnly && !nameCredit && !trailAgency) return false;
  return (
    spacedParts(text, 11) <= 10 &&
    ((agencyOnly && AGENCY_ONLY.test(text)) ||
      (nameCredit && NAME_CREDIT.test(text)) ||
      (trailAgency && !/[.!?]/u.test(text) && TRAILING_AGENCY.test(text)))
  );
}

/** The next line is a credit set directly under this one (no blank line): this one is its caption. */
function creditFollows(blocks: readonly Block[], i: number): boolean {
  const next = blocks[i + 1];
  return next !== undefined && !next.gapBefore && isCreditLine(next.text);
}

/** AGENCY_STYLE's opening, then a name: the letter after it is a capital as written. */
function agencyStyleNamed(text: string): boolean {
  const opening = AGENCY_STYLE_NAMED.exec(text);
  return opening !== null && /\p{Lu}/u.test(text.charAt(opening.index + opening[0].length));
}

/** The letters SELF_NAMED can open with (image, photo, picture, video, media; skip, end of; twitter, instagram, facebook, youtube, tiktok), in lower case. */
const SELF_NAMED_FIRST = new Set([...'ipvmsetfy'].map((c) => c.charCodeAt(0)));

/** SELF_NAMED is anchored: a line that opens with none of its letters (in either case) is none of it. */
function opensSelfNamed(text: string): boolean {
  return SELF_NAMED_FIRST.has(text.charCodeAt(0) | 32);
}

/**
 * DESK_CAPTION opens with a capital and then capitals, spaces or ".,'’-": a line whose first
 * two characters are ASCII and say otherwise (most: a capital, then a small letter) is none.
 */
function opensDeskCaption(text: string): boolean {
  const first = text.charCodeAt(0);
  // A single character is none (and reading past a string's end throws away optimised code).
  if (text.length < 2 || (first < 128 && !(first >= 65 && first <= 90))) return false;
  const second = text.charCodeAt(1);
  return second >= 128 || (second >= 65 && second <= 90) || second === 32 || second === 46 || second === 44 || second === 39 || second === 45;
}

/** Longer than any caption, whatever its word count says (one long token is one word). */
const MAX_CAPTION_CHARS = 1500;

export function isCaption(text: string, words: number): boolean {
  if (words > MAX_SELF_EVIDENT_WORDS || text.length > MAX_CAPTION_CHARS) return false;
  // SELF_NAMED opens with "... caption", "... copyright" or "... post ... by @"; AGENCY_STYLE
  // with "this" or "in this"; DESK_CAPTION has a spaced dash.
  if (opensSelfNamed(text) && /caption|copyright|post/i.test(text) && SELF_NAMED.test(text)) return true;
  if (/^(?:in )?this /i.test(text) && (AGENCY_STYLE.test(text) || agencyStyleNamed(text))) return true;
  if (opensDeskCaption(text) && /\s[-–—]\s/.test(text) && DESK_CAPTION().test(text)) return true;
  if (words > MAX_CREDITED_WORDS) return false;
  const slash = text.includes('/');
  const bracketed = endsBracketed(text);
  if (bracketed && BRACKETED_CREDIT.test(text)) return true;
  if (slash && text.includes('(') && AGENCY_PHOTO.test(text)) return true;
  if (mayTrailAgency(text) && TRAILING_AGENCY.test(text)) return true;
  if (slash && text.includes(':') && SLASH_CREDIT.test(text)) return true;
  if (bracketed && VIA_AGENCY.test(text)) return true;
  const credit = mayCredit(text);
  if (credit && TRAILING_CREDIT.test(text)) return true;
  if (text.length <= MAX_AGENCY_ONLY_CHARS && AGENCY_ONLY.test(text)) return true;
  if (endsWithPictureWord(text) && PHOTO_KIND.test(text)) return true;
  if (words <= 8 && mayNameCredit(text) && NAME_CREDIT.test(text)) return true;
  return words <= 25 && credit && LEADING_CREDIT.test(text);
}

export const dropCaptions: Rule = {
  id: 'drop-captions',
  stage: 'prune',
  description: 'Drops photo captions and credits, recognised by their credit line.',
  apply({ blocks, features, dropped }) {
    const marks: RuleMark[] = [];
    for (const block of blocks) {
      // An earlier rule dropped it (most of an HTML page by now: its navigation and footer) and
      // the first mark wins; whether it is a caption decides nothing for the others.
      if (dropped.has(block.index)) continue;
      if (isCaption(block.text, features[block.index].words)) {
        marks.push({ index: block.index, verdict: 'boilerplate', reason: 'photo caption or credit' });
      } else if (creditFollows(blocks, block.index) && features[block.index].words <= MAX_CREDITED_WORDS) {
        marks.push({ index: block.index, verdict: 'boilerplate', reason: 'photo caption above its credit line' });
      }
    }
    return marks;
  },
};
