/**
 * Metadata of a text dump, read from the header zone and from the values that rules handed
 * over (datelines, bylines, attribution lines). Returns the fields and the blocks they took,
 * so the body leaves those blocks out and --explain can name them.
 */
import type { Block, MetadataField, PageType } from '../../types.js';
import type { TextFeatures } from '../../rules/features.js';
import type { RuleMark } from '../../rules/types.js';
import type { Quality } from '../../assemble/quality.js';
import type { Run } from '../../assemble/pick-main-run.js';
import { findDates, isDateOnlyLine, type DateOptions } from '../date/parse-date.js';
import { findRelativeDate } from '../date/relative-date.js';
import { headerZone } from './header-zone.js';
import { withoutImagePlaceholders } from '../../parse/text/normalize.js';
import { countsResults } from '../../rules/prune/drop-listing-status.js';
import { type TitleCandidate, isControlLine, titleCandidates } from './title.js';
import { isHeadlineShaped } from './title-facts.js';
import { letterRuns } from '../../rules/letter-runs.js';
import { headlineAbove } from '../../assemble/headline.js';
import { pickDescription } from './description.js';
import { nameBesideStamp, threadStart as findThreadStart, threadStarter, tidyAuthorName } from './author-lines.js';
import { parseSection } from './section.js';
import { type CaselessPattern, caseless } from '../../rules/caseless.js';

export interface TextMetadataInput {
  blocks: readonly Block[];
  features: readonly TextFeatures[];
  quality: readonly Quality[];
  repeats: ReadonlyMap<string, number>;
  /** How often the page prints each block's text (its count in `repeats`), by block index. */
  copies: readonly number[];
  /** Each block's text in lower case (its key in `repeats`), by block index. */
  lowerTexts: readonly string[];
  /** Marks that carry a field value, by block index, with the rule that made them. */
  fieldMarks: ReadonlyMap<number, RuleMark & { rule?: string }>;
  run: Run | null;
  /** How to read dates: the reference time (`--now`) and the page's day-first order. */
  dates: DateOptions;
  /**
   * Blocks dropped only for the company they keep (a run of short lines read as a menu or a
   * list of headlines): a headline above a short standfirst and a kicker can be one of them.
   */
  listed?: ReadonlySet<number>;
  /** Blocks dropped only because the page prints them again elsewhere: a title can be one. */
  repeated?: ReadonlySet<number>;
  /** The title the page declares (HTML metadata): its blocks are the title, no guessing. */
  knownTitle?: string | null;
  /** An HTML page: its title is its declared one, else the headline above the run. */
  html?: boolean;
  /** The kind of page being read: a shop's byline lines belong to its reviews. */
  pageType?: PageType | null;
  /** Score every title candidate in full, for --explain. */
  explain?: boolean;
}

export interface TextMetadata {
  title: string | null;
  date: string | null;
  author: string | null;
  description: string | null;
  section: string | null;
  source: string | null;
  /** Blocks that a field took, and which field. */
  taken: Map<number, MetadataField>;
  /** How each field found was found ("drop-bylines, block 4"), for --explain. */
  sources: FieldSources;
  /** A dump's title: the best-scored lines, best first (every candidate when explaining). */
  titleCandidates: TitleCandidate[];
  /** The blocks the title and the date were read from, when one block gave each. */
  at: { title: number | null; date: number | null };
  /** A thread's start stamp (its first post's header, "Asked ..."), when the page has one. */
  threadStart: number | null;
}

/** The fields whose origin --explain names. */
export type SourcedField = 'title' | 'date' | 'author' | 'section';
export type FieldSources = Partial<Record<SourcedField, string>>;

/** The first field mark of a kind within [start, end), in page order. */
function firstMark(input: TextMetadataInput, field: MetadataField, start: number, end: number): [number, RuleMark & { rule?: string }] | null {
  for (let i = start; i < end; i++) {
    const mark = input.fieldMarks.get(i);
    if (mark?.field === field && mark.value) return [i, mark];
  }
  return null;
}

/** The block that prints the declared title (the h1, usually), at or before the article's end. */
function findTitleBlock(blocks: readonly Block[], title: string, end: number): number | null {
  const wanted = squash(title);
  const first = wanted === '' ? -1 : wanted.charCodeAt(0);
  for (let i = 0; i < Math.min(end, blocks.length); i++) {
    const text = blocks[i].text;
    // Most blocks differ at their first letter or digit: those are not squashed whole.
    const key = first >= 0 ? firstAsciiKey(text) : NOT_ASCII;
    if (key !== first && key !== NOT_ASCII) continue;
    if (squash(text) === wanted) return i;
  }
  return null;
}

const NOT_ASCII = -2;

/**
 * What squash(text) starts with, when the text's first letter or digit is ASCII and nothing
 * beyond ASCII comes before it: that character in lower case (or -1 when the text has none);
 * NOT_ASCII when only squash itself can tell.
 */
function firstAsciiKey(text: string): number {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return NOT_ASCII;
    if (c >= 65 && c <= 90) return c + 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return c;
  }
  return -1;
}

/** A breadcrumb's arrow before the headline: "» Open source forum software". */
const CRUMB_ARROW = /^[»›>]+\s+(?=\S)/u;
/** A link aggregator's linked site and comment count after it: "... Guarantee Jobs (latimes.com) 87". */
const LINKED_SITE = /\s+\((?:[a-z0-9-]+\.)+[a-z]{2,}\)(?:\s+\d[\d,]*)?$/i;

/** The headline line without what a dump glues beside the headline; never nothing. */
export function tidyTitle(line: string): string {
  // A text browser's image placeholders before it ("[blog] 10 Tips ...") are off a dump's lines already; not an HTML heading's.
  const tidy = withoutImagePlaceholders(line).replace(CRUMB_ARROW, '').replace(LINKED_SITE, '');
  return tidy === '' ? line : tidy;
}

/** Case, punctuation and spacing do not tell two titles apart. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** How far above the first paragraph a kicker may stand (headline, standfirst, byline, date, share row between). */
const KICKER_REACH = 12;
/** How far after the article a post's footer stamp may stand, in blocks. */
const FOOTER_REACH = 5;
/** A footer stamp opens with its date (after a mark such as "# ") or with its label and the date within this many characters. */
const FOOTER_STAMP_OPENING = 2;
const FOOTER_LABEL_REACH = 30;
/** How far below the article a stamp labelled "Published ..." may stand, when it is the page's only one. */
const LABELLED_FOOTER_REACH = 40;
/** Pages whose bylines belong to their items (reviews, cards), not to the page. */
const ITEM_PAGES: ReadonlySet<string> = new Set(['product', 'listing', 'collection']);

/** A relative date ("2 days ago") counts on a short stamp line at most this many blocks into the article. */
const RELATIVE_REACH = 3;
const RELATIVE_LINE = 80;

/** How far above and below the headline its byline may stand, in blocks. */
const BYLINE_ABOVE_TITLE = 3;
const BYLINE_BELOW_TITLE = 15;

/** A headline may stand this many blocks into the content (above a lead the run left out). */
const TITLE_INSIDE = 6;
/** How far above the first paragraph a headline may stand: past a long menu, to the page's top. */
const TITLE_REACH = 80;
/** The page's first lines are candidates too, wherever the content starts (a thread's subject under the site's name). */
const TITLE_TOP = 60;

/**
 * Where the headline stands above: the first paragraph of the main content. That is the run's
 * start for an article; a main region can begin with the page's furniture.
 */
function firstProse(quality: readonly Quality[], run: Run | null): number | null {
  return run ? firstProseFrom(quality, run.start, run.end + 1) : null;
}

/** The first good block at or after `from`, before `end`. */
function firstProseFrom(quality: readonly Quality[], from: number, end: number): number | null {
  for (let i = from; i < end; i++) if (quality[i] === 'good') return i;
  return null;
}

/** Pages whose content is a list of items: it starts at the list's count ("(171 products)") when it prints one. */
const LIST_PAGES: ReadonlySet<string> = new Set(['listing', 'collection']);
/** How far apart a list's counts of itself may stand. */
const COUNT_CLUSTER = 8;

/**
 * The first results count at or after `from`, before `end`: a shop's or a search's list starts
 * there, under its heading, whatever promotions the page prints above it as prose.
 */
function firstCount(blocks: readonly Block[], from: number, end: number): number | null {
  let found: number | null = null;
  for (let i = from; i < end; i++) {
    if (found !== null && i - found > COUNT_CLUSTER) break;
    // A list may count itself twice around its heading ("loaded 171 results", the breadcrumb, "Water Bottles", "(171 products)"): the last count is where it starts.
    if (countsResults(blocks[i].text)) found = i;
  }
  return found;
}

/** Blocks that carry the date or the byline. */
function cueBlocks(fieldMarks: ReadonlyMap<number, RuleMark>): Set<number> {
  const cues = new Set<number>();
  for (const [i, mark] of fieldMarks) if (mark.field === 'date' || mark.field === 'author') cues.add(i);
  return cues;
}

/** How far from the headline a stamp line may stand, and how long it may be. */
const STAMP_ABOVE_TITLE = 2;
const STAMP_BELOW_TITLE = 6;
/** A header dateline further above the headline than this gives way to a stamp under it. */
const DATELINE_ABOVE_TITLE = 3;
const STAMP_LINE = 200;

/** A kicker is a word or two: "Economía", "社会", "Local News". */
const KICKER_MAX_WORDS = 3;
const KICKER_MAX_CHARS = 24;

/**
 * The line just above the headline when it repeats one of the site's menu entries: the
 * section the page files the story under, in scripts and styles without capitals
 * ("社会", "Economía") where the upper-case kicker rule cannot see it.
 */
function menuKicker(blocks: readonly Block[], features: readonly TextFeatures[], repeats: ReadonlyMap<string, number>, i: number): number | null {
  // Set apart from what is above it and joined to the headline: a menu's last entry runs on
  // from the menu instead.
  if (i < 1 || !blocks[i].gapBefore || blocks[i + 1].gapBefore) return null;
  const text = blocks[i].text;
  if (features[i].size > KICKER_MAX_WORDS || text.length > KICKER_MAX_CHARS || /[\d.!?:,;|]/u.test(text)) return null;
  if (isControlLine(text, features[i].size)) return null;
  const key = text.toLowerCase();
  return key !== blocks[i + 1].text.toLowerCase() && (repeats.get(key) ?? 0) >= 2 ? i : null;
}

/** A thread's or a list's latest activity ("Last post: 01/12/2025"): when it was last touched, not written. */
const LAST_ACTIVITY =
  caseless(String.raw`\b(?:last|latest|most recent) (?:post|reply|replies|activity|comment|message)\b|letzte[rs]? (?:beitrag|antwort|aktivität)|dernier (?:message|commentaire)|dernière (?:réponse|activité)|últim[oa] (?:mensaje|respuesta|actividad|comentario)|ultim[oa] (?:messaggio|risposta|attività)|laatste (?:bericht|reactie)`);

/** A line that opens by saying it dates the page: "Updated ...", "Published on ...", in the languages of the date labels. */
const PUBLISHED_LABEL =
  caseless(String.raw`^(?:last\s+)?(?:published|updated|posted|modified|publié|publiée|mis à jour|veröffentlicht|aktualisiert|zuletzt|publicado|publicada|actualizado|actualizada|pubblicato|pubblicata|aggiornato|aggiornata|atualizado|atualizada|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano|publicerad|uppdaterad|publiceret|opdateret|опубликовано|обновлено)(?![\p{L}])`);

/**
 * A line that says when the page first came out ("Published August 13, 2025", "Posted on ..."):
 * below the article, an "Updated" or "Last modified" footer is the site's, not the story's.
 */
const FIRST_PUBLISHED_LABEL =
  caseless(String.raw`^(?:published|posted|publié|publiée|veröffentlicht|publicado|publicada|pubblicato|pubblicata|gepubliceerd|opublikowano|publicerad|publiceret|опубликовано)(?![\p{L}])`);

/** A label that stands alone on its line, its date on the next ("Published" / "Feb 2, 2023"): a few words, no digit. */
const BARE_LABEL_WORDS = 3;

/**
 * Whether block i says it dates the page, by its own opening words or by a bare label on the
 * line above: a page lays a label and its value out as two elements, and a text dump prints
 * them on two lines.
 */
function isLabelled(blocks: readonly Block[], i: number, label: CaselessPattern): boolean {
  if (label.test(blocks[i].text)) return true;
  const above = i > 0 ? blocks[i - 1].text : '';
  return above !== '' && !/\d/u.test(above) && above.split(/\s+/u).length <= BARE_LABEL_WORDS && label.test(above);
}

/** How far below a teaser's stamp its "Read more" stands, in blocks. */
const TEASER_LINK_REACH = 3;

/** A stamp with a "Read more" / "Continue reading" link under it: a teaser's, not the page's. */
function teaserStamp(blocks: readonly Block[], features: readonly TextFeatures[], i: number): boolean {
  for (let j = i + 1; j <= Math.min(blocks.length - 1, i + TEASER_LINK_REACH); j++) if (isControlLine(blocks[j].text, features[j].size)) return true;
  return false;
}

/** A stamp that opens with its author's name: "By Matthew Frankel – Updated Mar 5, 2026", "by ALLIN ONE on Jan 22, 2025". */
const SIGNED_STAMP = caseless(String.raw`^(?:by|von|par|por|di|door|av|af|przez)\s+\p{Ll}`); // a cased letter: matched lower-cased, as the i flag did

const BREADCRUMB_SEPARATOR = /\s[/>»›|]\s/u;

/**
 * On an article, the headline right under line i when i is its kicker: a topic of a word or
 * three ("Index Funds", "Backpacking") over a headline-shaped line that names every one of its
 * words again ("How to Invest in Index Funds: A Beginner's Guide"). The label names the
 * headline's subject; the headline is the title.
 */
function kickerOver(blocks: readonly Block[], features: readonly TextFeatures[], excluded: ReadonlySet<number>, i: number, end: number): number | null {
  const next = i + 1;
  if (features[i].size > KICKER_MAX_WORDS || next >= end) return null;
  if (!isHeadlineShaped({ blocks, features, excluded }, next)) return null;
  // A breadcrumb ending with the line ("Home / Services / Data Analytics") is no headline.
  const text = blocks[next].text;
  if (BREADCRUMB_SEPARATOR.test(text)) return null;
  const words = letterRuns(blocks[i].text.toLowerCase());
  const below = new Set(letterRuns(text.toLowerCase()));
  return words.length > 0 && words.every((w) => below.has(w)) ? next : null;
}

export function textMetadata(input: TextMetadataInput): TextMetadata {
  const { blocks, features, quality, repeats, run, dates } = input;
  const { now } = dates;
  const zone = headerZone(run, blocks.length);
  const runEnd = run ? run.end + 1 : blocks.length;
  const taken = new Map<number, MetadataField>();
  const dropped = new Set<number>();
  for (let i = 0; i < quality.length; i++) if (quality[i] === 'bad') dropped.add(i);
  // A line dropped for what it says (a label, a caption, a byline) is never the title.
  const titleExcluded = new Set([...dropped].filter((i) => !input.listed?.has(i) && !input.repeated?.has(i)));
  const itemPage = ITEM_PAGES.has(input.pageType ?? '');
  // A thread's own start stamp outranks the dates of its replies and of the page's furniture;
  // its content starts at its first post, whatever prose the page's chrome holds above (a
  // network's blurb, a sign-up pitch): its subject stands above the first post's stamp.
  const thread = itemPage ? { line: null, date: null } : findThreadStart(blocks, runEnd, dates);
  const started = thread.date;
  const threadStart = thread.line;
  const proseAnchor = (threadStart !== null ? firstProseFrom(quality, threadStart, runEnd) : null) ?? firstProse(quality, run) ?? zone.end;
  const titleAnchor = LIST_PAGES.has(input.pageType ?? '') ? (firstCount(blocks, Math.min(proseAnchor, run?.start ?? proseAnchor), runEnd) ?? proseAnchor) : proseAnchor;
  const titleZone = { start: Math.max(0, titleAnchor - TITLE_REACH), end: Math.min(runEnd, titleAnchor + TITLE_INSIDE) };

  // A kicker stands just above the headline, close to the first paragraph; an upper-case
  // line further up is the site's menu ("NEWS", "RSS", "ACCOUNT"), and a control never names one.
  const sources: FieldSources = {};
  let section: string | null = null;
  for (let i = Math.max(zone.start, titleAnchor - KICKER_REACH); i < zone.end && section === null; i++) {
    if (quality[i] === 'good' || isControlLine(blocks[i].text, features[i].size)) continue;
    section = parseSection(blocks[i].text, dates);
    if (section !== null) {
      taken.set(i, 'section');
      sources.section = `section line, block ${i}`;
    }
  }

  let candidates: TitleCandidate[] = [];
  let titleIndex: number | null;
  if (input.knownTitle) titleIndex = findTitleBlock(blocks, input.knownTitle, runEnd);
  else if (input.html) {
    titleIndex = headlineAbove({ blocks, features, dropped, taken: new Set(taken.keys()), zone });
    if (titleIndex !== null) sources.title = `headline above the content, block ${titleIndex}`;
  } else {
    const cues = cueBlocks(input.fieldMarks);
    // A thread's first post header ("Klaustrophobia January 3, 2025, 7:14pm 1") is a stamp
    // under the subject, never the subject.
    if (threadStart !== null) {
      cues.add(threadStart);
      titleExcluded.add(threadStart);
    }
    candidates = titleCandidates({
      blocks,
      features,
      quality,
      copies: input.copies,
      lowerTexts: input.lowerTexts,
      excluded: titleExcluded,
      listed: input.listed ?? new Set(),
      repeated: input.repeated ?? new Set(),
      taken: new Set(taken.keys()),
      zone: titleZone,
      top: TITLE_TOP,
      anchor: titleAnchor,
      contentEnd: runEnd,
      cues,
      pageType: input.pageType,
      threadStart,
      complete: input.explain,
      dates,
    });
    titleIndex = candidates[0]?.index ?? null;
    if (titleIndex !== null) sources.title = `title score, block ${titleIndex}`;
    const headline = titleIndex !== null && input.pageType === 'article' && !taken.has(titleIndex + 1) ? kickerOver(blocks, features, titleExcluded, titleIndex, runEnd) : null;
    if (headline !== null) {
      sources.title = `the headline under its kicker, block ${headline}`;
      if (section === null) {
        // The kicker names the story's topic: its section, and no line of the body.
        section = blocks[titleIndex!].text;
        taken.set(titleIndex!, 'section');
        sources.section = `the kicker over the headline, block ${titleIndex}`;
      }
      titleIndex = headline;
    }
  }
  if (titleIndex !== null) {
    // The title and its echoes (image headings, share text) are metadata, not body.
    const title = input.lowerTexts[titleIndex];
    // The page's copies of each text are counted (repeats): most titles are printed once.
    if ((repeats.get(title) ?? 0) <= 1) taken.set(titleIndex, 'title');
    else for (const b of blocks) if (input.lowerTexts[b.index] === title) taken.set(b.index, 'title');
  }
  // Only above a headline that a byline or dateline follows: the story's own header cluster.
  if (section === null && titleIndex !== null && !input.html) {
    const cues = cueBlocks(input.fieldMarks);
    const headed = [1, 2, 3].some((d) => cues.has(titleIndex! + d));
    const kicker = headed ? menuKicker(blocks, features, repeats, titleIndex - 1) : null;
    if (kicker !== null) {
      section = blocks[kicker].text;
      taken.set(kicker, 'section');
      sources.section = `a menu entry above the headline, block ${kicker}`;
    }
  }
  const descIndex = titleIndex === null ? null : pickDescription(blocks, features, quality, titleIndex);
  if (descIndex !== null) taken.set(descIndex, 'description');

  // The date and the block it was read from: the first source that gives one wins.
  const found: { date: string | null; at: number | null } = { date: null, at: null };
  const readDate = (i: number, iso: string | null | undefined, how: string, take: boolean) => {
    if (found.date !== null || !iso) return;
    found.date = iso;
    found.at = i;
    sources.date = `${how}, block ${i}`;
    if (take) taken.set(i, 'date');
  };
  if (started) readDate(started.index, started.iso, "the thread's start", false);
  const dateline = firstMark(input, 'date', zone.start, zone.end);
  // A dateline well above the headline (a menu's featured story, a ticker) yields to a stamp
  // right under the headline; one just above it is the story's own ("SPORT · May 3" / headline).
  // Measured from the headline's first print (a page may print it twice, the dateline under the
  // first), and only for a headline over the content's first paragraph: a line taken from
  // inside the content has no stamp of the page's under it.
  const headlineAt = titleIndex === null ? null : Math.min(titleIndex, ...[...taken].filter(([, field]) => field === 'title').map(([i]) => i));
  const farAbove = dateline !== null && titleIndex !== null && headlineAt !== null && titleIndex <= proseAnchor && dateline[0] < headlineAt - DATELINE_ABOVE_TITLE;
  if (dateline && !farAbove) readDate(dateline[0], dateline[1].value, dateline[1].rule ?? 'a dateline', true);
  // A stamp beside the headline that carries more than a date ("March 15, 2022 · 3 min read ·
  // By ASU Online", "By Scott Levine – Updated Sep 9, 2025 | Fact-checked by ..."), when the
  // header zone has no dateline: the run starts further down.
  // On a shop's or a list's page a date beside the headline may be its first item's, so only
  // a labelled one counts there ("Updated October 23, 2025"), and only when no other line of
  // the page is labelled so (a list whose every item says when it was updated). A thread's
  // last post is no stamp of its start.
  // It outranks a dateline further down the article: an update note's, a comment's, an event's.
  let labelled: number | undefined;
  const labelledLines = () => (labelled ??= blocks.filter((b) => b.text.length <= STAMP_LINE && PUBLISHED_LABEL.test(b.text)).length);
  if (found.date === null && titleIndex !== null) {
    let signed: number | undefined;
    const signedLines = () => (signed ??= blocks.filter((b) => b.text.length <= STAMP_LINE && SIGNED_STAMP.test(b.text) && findDates(b.text, dates).length > 0).length);
    // "by ALLIN ONE on Jan 22, 2025" under the headline, the only signed and dated line of the
    // page: the page's own stamp (a list's items each carry one).
    const pageStamp = (i: number, text: string) =>
      (isLabelled(blocks, i, PUBLISHED_LABEL) && isDateOnlyLine(text, dates) && labelledLines() === 1) || (SIGNED_STAMP.test(text) && signedLines() === 1);
    for (let i = Math.max(0, titleIndex - STAMP_ABOVE_TITLE); i <= Math.min(runEnd - 1, titleIndex + STAMP_BELOW_TITLE) && found.date === null; i++) {
      const text = blocks[i].text;
      if (i === titleIndex || text.length > STAMP_LINE || (itemPage && !pageStamp(i, text)) || LAST_ACTIVITY.test(text)) continue;
      // Above the headline, a dated line under another dated line is a list's item (a news
      // ticker's "[ November 26, 2025 ] Review: ..."), not the page's stamp.
      if (i < titleIndex && i > 0 && blocks[i - 1].text.length <= STAMP_LINE && findDates(blocks[i - 1].text, dates).length > 0) continue;
      readDate(i, findDates(text, dates)[0]?.iso, itemPage ? 'a labelled date beside the headline' : 'a stamp beside the headline', false);
    }
  }
  if (dateline && farAbove) readDate(dateline[0], dateline[1].value, dateline[1].rule ?? 'a dateline', true);
  const inArticle = found.date === null ? firstMark(input, 'date', zone.end, runEnd) : null;
  if (inArticle) readDate(inArticle[0], inArticle[1].value, `${inArticle[1].rule ?? 'a dateline'} in the article`, true);
  for (let i = zone.start; i < zone.end && found.date === null; i++) readDate(i, findDates(blocks[i].text, dates)[0]?.iso, 'a date in the header', false);
  // A post's footer stamp ("Posted on March 3, 2025") just after the article, when its head has none.
  const footer = found.date === null ? firstMark(input, 'date', runEnd, Math.min(blocks.length, runEnd + FOOTER_REACH)) : null;
  if (footer) readDate(footer[0], footer[1].value, `${footer[1].rule ?? 'a dateline'} after the article`, true);
  // A post's footer that carries more than its date, opening with it or with a "Posted" label:
  // "Monday, August 11th, 2025 at 11:00 am | Categories: ...", "Posted on the 15/12/2025 at
  // 19:00 by @name". One date only: a line with two ("March 11, 2026 April 1, 2022") says not
  // which is the post's. Not on a shop's or a list's page, whose items carry such lines.
  if (found.date === null && !itemPage) {
    for (let i = runEnd; i < Math.min(blocks.length, runEnd + FOOTER_REACH) && found.date === null; i++) {
      const text = blocks[i].text;
      if (text.length > STAMP_LINE || LAST_ACTIVITY.test(text)) continue;
      const stamps = findDates(text, dates);
      if (stamps.length !== 1) continue;
      const opens = stamps[0].start <= FOOTER_STAMP_OPENING || (FIRST_PUBLISHED_LABEL.test(text) && stamps[0].start <= FOOTER_LABEL_REACH);
      if (opens) readDate(i, stamps[0].iso, "a post's footer stamp after the article", false);
    }
  }
  // Further down, past the share row and the newsletter box: the one line of the page that says
  // it dates it ("Published August 13, 2025"), when the article's head and foot gave no date.
  // The dateline labelled "Published ..." between `from` and `to`, when it is the page's one labelled line.
  const readLabelled = (from: number, to: number, how: string, skip: (i: number) => boolean = () => false) => {
    if (found.date !== null || labelledLines() !== 1) return;
    for (let i = from; i < Math.min(blocks.length, to) && found.date === null; i++) {
      const mark = input.fieldMarks.get(i);
      if (mark?.field === 'date' && mark.value && isLabelled(blocks, i, FIRST_PUBLISHED_LABEL) && !skip(i)) readDate(i, mark.value, `${mark.rule ?? 'a dateline'}${how}`, true);
    }
  };
  readLabelled(runEnd, runEnd + LABELLED_FOOTER_REACH, ' labelled, after the article');
  // Anywhere on an article's page, when the head, the foot and the lines near them gave no day
  // (the main run or the headline was found elsewhere), unless a "Read more" under it makes it a teaser's.
  if (input.pageType === 'article') readLabelled(0, blocks.length, `: the page's one "Published" line`, (i) => teaserStamp(blocks, features, i));
  // "3 hours ago" near the headline, read against the reference time, when nothing else gave a day.
  if (found.date === null && now) {
    for (let i = zone.start; i < Math.min(runEnd, zone.end + RELATIVE_REACH) && found.date === null; i++) {
      const text = blocks[i].text;
      const relative = text.length <= RELATIVE_LINE ? findRelativeDate(text, now) : null;
      // A stamp line ("Posted 3 hours ago") leaves the body; a sentence that holds one stays.
      // A shop's or a list's first item keeps its stamp: it belongs to the item.
      const stamp = !itemPage && relative !== null && (relative.end - relative.start) * 2 >= text.replace(/\s+/g, '').length;
      if (relative) readDate(i, relative.iso, 'a relative date', stamp);
    }
  }

  // The byline: in the header or the article, else beside the headline (a main run that starts
  // below the headline's cluster), else the post's footer ("Written by ..." under the article).
  const nearTitle = titleIndex === null || itemPage ? null : firstMark(input, 'author', Math.max(0, titleIndex - BYLINE_ABOVE_TITLE), Math.min(blocks.length, titleIndex + BYLINE_BELOW_TITLE));
  // A list whose items are signed ("By Priya Raman on March 2, 2026" under each) has no one
  // author: on a shop's or a list's page a byline counts only when it is the page's only one.
  const oneByline = !itemPage || [...input.fieldMarks.values()].filter((m) => m.field === 'author' && m.value).length <= 1;
  const byline = oneByline
    ? (firstMark(input, 'author', zone.start, zone.end) ??
      firstMark(input, 'author', zone.end, runEnd) ??
      nearTitle ??
      (itemPage ? null : firstMark(input, 'author', runEnd, Math.min(blocks.length, runEnd + FOOTER_REACH))))
    : null;
  let author = byline?.[1].value ?? null;
  if (byline) {
    taken.set(byline[0], 'author');
    sources.author = `${byline[1].rule ?? 'a byline'}, block ${byline[0]}`;
    // "By Haley Hoekstra • March 12, 2025": the byline carries the date. Not on a shop's or a
    // list's page, where a byline line is a review's or an item's.
    if (found.date === null && !itemPage) readDate(byline[0], findDates(blocks[byline[0]].text, dates)[0]?.iso, "the byline's date", false);
  }
  // A thread's first post names who opened it; the header line stays in the thread's body.
  const starter = author === null ? threadStarter(blocks, zone.start, runEnd, dates, input.pageType === 'forum') : null;
  if (starter) {
    author = starter.name;
    sources.author = `the first post's header, block ${starter.index}`;
  }
  // A bare name line in the headline's cluster, beside its date or reading time.
  const named = author === null && titleIndex !== null && !itemPage ? nameBesideStamp(blocks, titleIndex, runEnd, dates, { stampless: input.pageType === 'article' }) : null;
  if (named) {
    author = named.name;
    taken.set(named.index, 'author');
    sources.author = `a name beside the headline's date, block ${named.index}`;
  }
  const attribution = firstMark(input, 'source', zone.start, Math.min(blocks.length, runEnd + 5));
  if (attribution) taken.set(attribution[0], 'source');

  return {
    title: titleIndex === null ? null : tidyTitle(blocks[titleIndex].text),
    date: found.date,
    author: author === null ? null : tidyAuthorName(author),
    description: descIndex === null ? null : blocks[descIndex].text,
    section,
    source: attribution?.[1].value ?? null,
    taken,
    sources,
    titleCandidates: candidates,
    at: { title: titleIndex, date: found.at },
    threadStart,
  };
}
