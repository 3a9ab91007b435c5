/**
 * Authors a dump prints without a "By": the lines a byline element or a thread's first post
 * header flatten into.
 *   - A name on a line of its own beside the headline's date or reading time, the way a
 *     byline element with a name and a date cell comes out ("<headline>" / "Gary Marcus" /
 *     "Dec 14, 2025").
 *   - A Discourse thread's first post header, "amondale (Amondale) November 8, 2024, 7:33pm 1":
 *     the user who opened the thread.
 *   - A Stack Exchange question's signature, "asked Feb 11, 2011 at 23:49" over the asker's name.
 */
import type { Block } from '../../types.js';
import { findDates, type DateOptions } from '../date/parse-date.js';
import { findRelativeDate } from '../date/relative-date.js';
import { namesOf } from '../../rules/prune/byline.js';
import { isControlLine } from './title.js';
import { POST_CONTROL_LABELS } from '../../rules/vocab.js';
import { labelKey, labelSet } from '../../rules/label.js';
import { unrepeatedName } from '../../parse/text/normalize.js';
import { caseless } from '../../rules/caseless.js';
import { lazy } from '../../lazy.js';

/** How far below the headline its byline cluster may reach, in blocks. */
const CLUSTER_REACH = 5;
/** A date or reading-time line is short: a stamp, not a sentence that mentions a date. */
const STAMP_LENGTH = 60;
const READ_TIME = caseless(String.raw`^\d+\s*(?:min(?:ute)?s?|mins?)\.?\s*(?:read|de lecture|lesezeit|de lectura|di lettura)?\b`);

/**
 * A line that is mostly a date or a reading time ("Dec 14, 2025", "8 min", "Updated Dec. 23,
 * 2024 / Source: TODAY"). Looser than drop-read-time and isDateOnlyLine on purpose: this only
 * points at the name beside it and drops nothing (their tests cost 3 bylines on wcxb-dev).
 */
function isStampLine(text: string, dates: DateOptions): boolean {
  if (text.length > STAMP_LENGTH) return false;
  if (READ_TIME.test(text)) return true;
  const found = findDates(text, dates);
  const covered = found.reduce((sum, d) => sum + (d.end - d.start), 0);
  return found.length > 0 && covered >= text.replace(/\s+/g, '').length * 0.5;
}

/**
 * The name line of the headline's byline cluster: within a few lines under the title, a bare
 * name with a date or reading-time line just above or below it; on an article's page
 * (`stampless`), also a proper name on the line right under the headline.
 */
export function nameBesideStamp(
  blocks: readonly Block[],
  title: number,
  end: number,
  dates: DateOptions = {},
  opts: { stampless?: boolean } = {},
): { index: number; name: string } | null {
  // The headline printed twice in a row (its image's alt text, a heading and its link) is one headline.
  let head = title;
  while (head + 1 < Math.min(end, blocks.length) && blocks[head + 1].text === blocks[title].text) head++;
  const last = Math.min(end, blocks.length - 1, head + CLUSTER_REACH);
  let common: LowerCaseWords | null = null;
  for (let j = head + 1; j <= last; j++) {
    const name = namesOf(blocks[j].text);
    if (!name || isControlLine(name, name.split(/\s+/).length)) continue;
    common ??= new LowerCaseWords(blocks);
    if (isCommonPhrase(name, common)) continue;
    const above = blocks[j - 1];
    const below = blocks[j + 1];
    if ((j - 1 > head && isStampLine(above.text, dates)) || (below && isStampLine(below.text, dates))) return { index: j, name };
    // A name right under the headline is its byline without a stamp ("<headline>" / "Andrei
    // Zakhareuski") when none of its words is one the page writes in lower case: "Key
    // Takeaways", "Safety Alert" and "Post Tags" are labels in capitals, not a name.
    if (opts.stampless === true && j === head + 1 && isProperName(name, common)) return { index: j, name };
  }
  return null;
}

/** Two to four words, none of which the page writes in lower case anywhere; a full stop only after an initial or a title ("J.", "Dr."). */
function isProperName(name: string, common: LowerCaseWords): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => !common.has(w.toLowerCase()) && (!w.endsWith('.') || w.length <= 4));
}

const LOWER_WORD = lazy(() => /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’]*/gu);

/**
 * Every word the page writes in lower case somewhere: common words, not names. Asked of the few
 * words of a name or two, so a word is looked for only in the blocks that hold it; when those
 * are most of the page, every word of the page is collected once instead.
 */
class LowerCaseWords {
  private readonly known = new Map<string, boolean>();
  private all: Set<string> | null = null;
  private readonly pageChars: number;

  constructor(private readonly blocks: readonly Block[]) {
    let chars = 0;
    for (const b of blocks) chars += b.text.length;
    this.pageChars = chars;
  }

  has(word: string): boolean {
    if (this.all) return this.all.has(word);
    let found = this.known.get(word);
    if (found !== undefined) return found;
    const holders = this.blocks.filter((b) => b.text.includes(word));
    let chars = 0;
    for (const b of holders) chars += b.text.length;
    if (chars * 2 > this.pageChars) {
      this.all = new Set();
      for (const b of this.blocks) for (const w of b.text.match(LOWER_WORD()) ?? []) this.all.add(w);
      return this.all.has(word);
    }
    found = holders.some((b) => b.text.match(LOWER_WORD())?.includes(word) === true);
    this.known.set(word, found);
    return found;
  }
}

/**
 * "Recent Posts", "Key Highlights", "POSTED ON": most of the words are ones the page writes in
 * lower case elsewhere, so they are common words in capitals, not a person's name.
 */
function isCommonPhrase(name: string, common: LowerCaseWords): boolean {
  const words = name.split(/\s+/);
  return words.filter((w) => common.has(w.toLowerCase())).length * 2 > words.length;
}

/** An avatar's alt text a text browser printed as the name: "jldugger's user avatar", "Ana Lind avatar". */
const AVATAR_ALT = /^(.+?)(?:['’]s)?\s+(?:user\s+)?(?:avatar|profile\s+(?:picture|photo|image)|headshot)$/iu;
/** An image's label where a name should be: "Featured Image", "Avatar". */
const IMAGE_LABEL = caseless(String.raw`^(?:featured\s+)?(?:image|photo|picture|avatar|logo|thumbnail)$`);

/**
 * The author as a dump's line gave it, without what a text browser printed around the name:
 * the name once ("Colin Gray Colin Gray"), without its picture's alt text ("jldugger's user
 * avatar"); null when it was only a picture's label ("Featured Image").
 */
export function tidyAuthorName(name: string): string | null {
  const once = unrepeatedName(name);
  if (IMAGE_LABEL.test(once)) return null;
  return AVATAR_ALT.exec(once)?.[1] ?? once;
}

/** "user (Display Name) <date>, <time> 1": Discourse's header of post number 1. */
const DISCOURSE_FIRST_POST = /^([\p{L}\p{N}_.-]{2,30})(?: \([^()]{1,40}\))? (.{6,40}?) 1$/u;
/** "asked Feb 11, 2011 at 23:49": a Stack Exchange question's signature. */
const ASKED = /^asked\s+(.{6,40})$/u;
/** A user name on a line of its own: a handle or a short name, not a reputation count. */
const USER_NAME = /^(?!\d)[\p{L}\p{N}_.' -]{2,40}$/u;

/** A post's own buttons above the next poster's card ("Quote", "Reply"); share buttons are control lines. */
const POST_CONTROLS = labelSet(POST_CONTROL_LABELS);

/**
 * When the thread began: "Start date Jun 14, 2025" (XenForo), "asked Aug 5, 2016 at 4:16"
 * (Stack Exchange), "... started by pelex, May 26, 2025" (XenForo, SMF), the first "Post by
 * galitsyn » 11. Sep 2024, 18:36" (phpBB; "Postby" in a text browser's dump), post number
 * one's "11-29-2024, 09:03 AM #1" (vBulletin; "#1 | Link" on some themes).
 */
const STARTED = caseless(String.raw`^(?:start date|asked)\s*:?\s+(.{6,60})$|\bstarted by [^,]{1,40},\s*(.{6,60})$|^post ?by [^»]{1,40}»\s*(.{6,60})$|^(.{6,40}?)\s+#1(?:\s*\|\s*(?:link|permalink))?$`, 'du');

/** The date part of a thread's start stamp ("Jun 14, 2025" of "Start date Jun 14, 2025"), when the line is one. */
function startStamp(text: string): string | undefined {
  if (text.length > 90) return undefined;
  const started = STARTED.exec(text);
  // The stamp as written (matched lower-cased): a zone's "UTC" must stay upper case.
  const at = started?.indices?.slice(1).find((span) => span !== undefined);
  if (at) return text.slice(at[0], at[1]);
  return text.endsWith(' 1') ? DISCOURSE_FIRST_POST.exec(text)?.[2] : undefined;
}

/** "6 years, 9 months ago", "today", "yesterday": a stamp of some day, whatever the reference time. */
const RELATIVE_STAMP = caseless(String.raw`^(?:\d+\s+\p{L}+,?\s*)+ago$|^(?:today|yesterday)\b`);

/** Where a thread begins, and the day it began. */
export interface ThreadStart {
  /**
   * The first start stamp, dated outright or relative to `dates.now` ("Asked 6 years, 9 months
   * ago", right under a question's subject, where the dated "asked Mar 26, 2019" signature
   * stands below the question's text): the subject stands above it, the posts' text below.
   */
  line: number | null;
  /** The first stamp that names its day: a "Start date" or "asked" stamp, the first post's header (Discourse). */
  date: { index: number; iso: string } | null;
}

/** A thread's start stamps before `end`, read in one pass. */
export function threadStart(blocks: readonly Block[], end: number, dates: DateOptions = {}): ThreadStart {
  const found: ThreadStart = { line: null, date: null };
  for (let i = 0; i < Math.min(end, blocks.length) && found.date === null; i++) {
    const stamp = startStamp(blocks[i].text);
    if (stamp === undefined) continue;
    const iso = findDates(stamp, dates)[0]?.iso;
    if (iso) found.date = { index: i, iso };
    if (found.line === null && (iso || RELATIVE_STAMP.test(stamp) || (dates.now && findRelativeDate(stamp, dates.now)))) found.line = i;
  }
  return found;
}

/** What a forum prints under a poster's name: post count, join date, a standard rank, a profile link. */
const PROFILE_LINE = caseless(String.raw`^(?:posts|messages|joined|registered|member since|reputation|reaction score|location)\s*:?\s*[\p{L}\p{N}]|^(?:view profile|registered user|member|new member|junior member|senior member|administrator|moderator|guest)$`);

/**
 * A poster's card in a thread (phpBB, vBulletin, FluxBB, XenForo): the user name, then the
 * post count, join date or a standard rank; or the name, then the one-letter avatar that
 * stands for it ("JosephF" / "J"). A rank of the forum's own ("Senator") cannot be told from
 * a label above the name ("Topic Author" / "changingtimes" / "Posts: 524"), so it is not read.
 */
function isPosterCard(blocks: readonly Block[], i: number): boolean {
  const name = blocks[i].text;
  if (name.length > 30 || name.split(' ').length > 3 || !USER_NAME.test(name) || PROFILE_LINE.test(name)) return false;
  const next = blocks[i + 1]?.text ?? '';
  if (next.length === 1 && next === name[0].toUpperCase()) return true;
  return PROFILE_LINE.test(next);
}

/**
 * The user who opened the thread, from the first post's header line (or, on a forum's page,
 * the first poster's card); null when there is none.
 */
export function threadStarter(blocks: readonly Block[], start: number, end: number, dates: DateOptions = {}, forum = false): { index: number; name: string } | null {
  for (let i = start; i < Math.min(end, blocks.length); i++) {
    const text = blocks[i].text;
    if (forum && isPosterCard(blocks, i)) {
      // "StarredSkies" / "Big Board Owner" / "Posts: 12": a rank of several words under a
      // one-word handle is the rank; the handle is the poster.
      const above = blocks[i - 1]?.text ?? '';
      const handle = text.includes(' ') && i > start && /^[\p{L}\p{N}_.-]{2,30}$/u.test(above) && !/^\d/.test(above) && !isControlLine(above, 1) && !POST_CONTROLS.has(labelKey(above));
      return handle ? { index: i - 1, name: above } : { index: i, name: text };
    }
    if (text.length > 90) continue;
    const post = text.endsWith(' 1') ? DISCOURSE_FIRST_POST.exec(text) : null;
    if (post && findDates(post[2], dates).length > 0) return { index: i, name: post[1] };
    const asked = ASKED.exec(text);
    const next = blocks[i + 1];
    if (asked && next && findDates(asked[1], dates).length > 0 && USER_NAME.test(next.text.trim())) return { index: i + 1, name: next.text.trim() };
  }
  return null;
}
