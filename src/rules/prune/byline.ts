/**
 * Recognising bylines: "By Jane Doe", "By Jane Doe and John Roe | Reuters", "Von Anna Schmidt",
 * and a name beside a date ("Chris Davies - Nov 19, 2019, 10:31 pm CST").
 */
import { AD_LABELS, BYLINE_WORDS, COMMENT_LABELS, DATE_LABELS, FACET_WORDS, LEGAL_LABELS, NAV_LABELS, PROMPT_LABELS, SHARE_LABELS, TEASER_LABELS } from '../vocab.js';
import { alternation, escapeRegExp, labelKey, labelSet } from '../label.js';
import { findDates, type DateOptions } from '../../metadata/date/parse-date.js';
import { MONTHS, WEEKDAYS } from '../../metadata/date/months.js';
import { caseless } from '../caseless.js';
import { lazy } from '../../lazy.js';
import { GatedRegex } from '../openings.js';

/** Small words inside a name ("Ana de la Cruz"), and the words that join two names. */
const PARTICLES = ['de', 'da', 'van', 'von', 'der', 'den', 'del', 'la', 'le', 'di', 'du', 'bin', 'al', 'el'];
const JOIN_WORDS = ['and', '&', 'und', 'et', 'y', 'e', 'en', 've', 'og', 'och'];
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|(?:${PARTICLES.join('|')})(?=\s))`;
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,4}`;
const JOIN = String.raw`(?:\s*,\s*|\s+(?:${JOIN_WORDS.join('|')})\s+)`;
const NAMES = String.raw`${NAME}(?:${JOIN}${NAME}){0,3}`;
const JOINS = new RegExp(JOIN, 'u');
/** The byline words as written: "by", "By", "BY", "Written By". */
const BY_WORDS = BYLINE_WORDS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase(), w.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())]);
/** What may follow the names: the line's end, a separator, "for Reuters", or a date stamp ("Updated", "on", a number). */
const AFTER_NAMES = String.raw`(?=$|\s*[|,·•⋅–—\-/]|\s+(?:for|in|on|at|für|pour|para|per|FOR|ON|AT)\b|\s*(?:Updated|Published|Posted|Last|UPDATED|PUBLISHED|POSTED|LAST)|\s+\d)`;
/** "By Jane Doe", and glued "ByJane Doe" (a dump that lost the space between two elements). */
// Every line BY matches opens with a byline word as written ("By" glued to a name is one): a
// single page's other lines never compile it (it is among the costliest patterns to compile).
const BY = new GatedRegex(new RegExp(String.raw`^(?:(?:${alternation(BY_WORDS)})(?:\s*:\s*|\s+|(?<=:))|(?:By|BY)(?=\p{Lu}\p{Ll}))(${NAMES})${AFTER_NAMES}`, 'u'), BY_WORDS);
const NAME_ONLY = lazy(() => new RegExp(String.raw`^(${NAME})$`, 'u'));
/** "Thread starter kbfan", "Started by Wizzard Start date Mar 3, 2024": who opened a thread (user names may be lower case). */
// Matched lower-cased (a cased letter is \p{Ll} there, as \p{Lu} was under the i flag); the name is cut from the line as written.
const STARTER_OPENINGS = ['thread starter', 'discussion starter', 'topic starter', 'started by', 'original poster'];
const STARTER = caseless(String.raw`^(?:${STARTER_OPENINGS.join('|')})\s*:?\s*([\p{L}\p{N}_.-]{2,30}(?: [\p{Ll}\p{N}][\p{L}\p{N}_.-]*)?)(?:\s+(?:start date|started|on)\b.*)?$`, 'du', { opens: STARTER_OPENINGS });
/** "Posted on July 1, 2024 by infuy", "Last Updated on April 8, 2024 by Amanda Brooks": a date stamp, then the poster. */
const DATE_THEN_BY = lazy(() => /^(?:(?:(?:[Ll]ast|LAST)\s+)?(?:[Pp]osted|[Pp]ublished|[Ww]ritten|[Uu]pdated|UPDATED)(?:\s+on)?\s+)?(.*?)\s+(?:by|By|BY)\s+([\p{L}\p{N}_.-]{2,30}(?: \p{Lu}[\p{L}'’.-]*){0,3})\s*$/u);
/** Whether the line holds "by" as DATE_THEN_BY spells it: asked before that costly pattern. */
function hasBy(text: string): boolean {
  return text.includes('by') || text.includes('By') || text.includes('BY');
}
/**
 * After a date: a bullet and the names, then the line's end, a category or "on behalf of". A
 * pipe or no space at all is how a list prints its items' sources ("11/22/2025 | Education Week").
 */
const DATE_THEN_NAME = lazy(() => new RegExp(String.raw`^\s*[·•]\s*(?:(?:By|BY|by)\s+)?(${NAME})(?=$|\s+(?:in|on behalf of)\s|\s*[·•|])`, 'u'));
/** A name in Chinese, Japanese or Korean script: no capitals to tell it by, so only its label or role does. */
const CJK_NAME = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー・]{2,10}`;
/** "文・佐藤美咲", "取材・文＝山田", "记者：张伟", "글 김민수": a writing credit, then the name. */
const CJK_BY = lazy(() => new RegExp(String.raw`^(?:取材・文|文・写真|写真・文|文|記者|记者|作者|撰文|글|기자)(?:\s*[・:：／/=＝|｜]\s*|\s+)(${CJK_NAME})$`, 'u'));
/** "高橋直樹 記者", "김민수 기자": the name, a space, then the reporter's title ("新聞記者" is a noun). */
const CJK_NAME_ROLE = lazy(() => new RegExp(String.raw`^(${CJK_NAME})\s(?:記者|记者|기자|特派員|編集委員|論説委員|特約記者)$`, 'u'));

/** Words of a job title after a name ("Sean Peek, Senior Analyst"): the role is not an author. */
const ROLE = /\b(?:senior|junior|staff|chief|lead|managing|contributing|associate|executive|editor|writer|reporter|correspondent|analyst|contributor|columnist|journalist|founder|co-founder|ceo|cto|director|manager|producer|head|team|desk)\b/i;

/**
 * A line that is only a byline word ("Written by", "By", "Author:", "Von"): the name is on the
 * next line. On a shop's page a bare noun ("Author") needs its colon: bare, it heads a book's
 * spec row.
 */
const NOUNS = new Set(['author', 'autor', 'auteur', 'yazan']);
const LABEL_ONLY = new GatedRegex(new RegExp(String.raw`^(?:${alternation(BY_WORDS)})\s*:?$`, 'u'), BY_WORDS);
const VERB_LABEL_ONLY = new GatedRegex(new RegExp(String.raw`^(?:(?:${alternation(BY_WORDS.filter((w) => !NOUNS.has(w.toLowerCase())))})\s*:?|(?:${alternation(BY_WORDS)})\s*:)$`, 'u'), BY_WORDS);

/** A label that says "by" ("By", "Written by:", "Von"), not the noun "Author": one word under it can be a name. */
export function isVerbLabel(text: string): boolean {
  return LABEL_ONLY.test(text.trim()) && !NOUNS.has(text.trim().replace(/\s*:$/, '').toLowerCase());
}

export function isBylineLabel(text: string, opts: { bareNouns?: boolean } = {}): boolean {
  return (opts.bareNouns === false ? VERB_LABEL_ONLY : LABEL_ONLY).test(text.trim());
}

/** Words that may stand second in a line of names: a particle, or a word joining two names. */
const SECOND_WORDS = new Set([...PARTICLES, ...JOIN_WORDS]);

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Whether a (trimmed) line may open as the name patterns need (NAME_ONLY, NAMES_ONLY,
 * NAMES_THEN_ROLE, COLLECTIVE_NAME; they are costly to compile, and a single page's lines beside
 * its date are mostly prose): a name's word (a capital, then letters, apostrophes, dots and
 * dashes; or a particle), then the line's end, a comma or bar, or white space and another
 * capital, a particle, a joining word, a comma, bar or dash. Read from ASCII only: a character
 * beyond it (a letter, a wide space, a long dash) leaves the answer to the patterns. False only
 * where none of them can match.
 */
export function mayOpenWithName(line: string): boolean {
  const n = line.length;
  let k = 0;
  let c = line.charCodeAt(0);
  if (n === 0) return false;
  if (c >= 128) return true;
  if (c >= 65 && c <= 90) {
    // The word runs to the first character outside [\p{L}'’.-]: no continuation can start inside it.
    for (k = 1; k < n; k++) {
      c = line.charCodeAt(k);
      if (c >= 128) return true;
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 46 || c === 45)) break;
    }
  } else {
    // A particle first: the whole lower-case word, and white space after it.
    while (k < n && (c = line.charCodeAt(k)) >= 97 && c <= 122) k++;
    if (k < n && c >= 128) return true;
    if (k === n || !isAsciiSpace(c) || !PARTICLES.includes(line.slice(0, k))) return false;
  }
  if (k === n) return true;
  c = line.charCodeAt(k);
  if (c >= 128 || c === 44 || c === 124) return true;
  if (!isAsciiSpace(c)) return false;
  while (k < n && isAsciiSpace((c = line.charCodeAt(k)))) k++;
  if (k === n || c >= 128 || (c >= 65 && c <= 90) || c === 44 || c === 124 || c === 45 || c === 38) return true;
  if (!(c >= 97 && c <= 122)) return false;
  const start = k;
  while (k < n && (c = line.charCodeAt(k)) >= 97 && c <= 122) k++;
  if (k < n && c >= 128) return true;
  return k < n && isAsciiSpace(c) && SECOND_WORDS.has(line.slice(start, k));
}

/**
 * A line that is only a person's name, two to five words ("Stephen Jesudunsin", "Ana de la Cruz").
 * Under a byline label a name may open with a month ("April Fulton"): the label says it is one.
 */
export function nameOf(text: string, opts: { labelled?: boolean; oneWord?: boolean } = {}): string | null {
  if (opts.labelled === true) return labelledName(text, opts.oneWord === true);
  const line = text.trim();
  return mayOpenWithName(line) ? nameOfLine(line) : null;
}

/** nameOf of a trimmed line that mayOpenWithName let through. */
function nameOfLine(line: string): string | null {
  const m = NAME_ONLY().exec(line);
  if (!m) return null;
  const words = m[1].split(/\s+/).length;
  return words >= 2 && words <= 5 && isName(m[1]) && !ROLE.test(m[1]) && !hasFunctionWord(m[1]) ? m[1] : null;
}

/** "Audrey Huang, Print Managing Editor", "Manoj Jain and Jagpreet Chhatwal | Guest Columnists": the names before a role. */
const NAMES_THEN_ROLE = lazy(() => new RegExp(String.raw`^(${NAMES})\s*(?:[|,]|\s[–—-])\s*(.{3,60})$`, 'u'));
const NAMES_ONLY = lazy(() => new RegExp(String.raw`^(${NAMES})$`, 'u'));
/** A name and a collective's word: "Everfit Team", "Podium Staff", "Lifestyle Desk". */
const COLLECTIVE_NAME = lazy(() => new RegExp(String.raw`^(${NAME_WORD}(?:\s+${NAME_WORD}){0,3})\s+(?:Team|Staff|Desk|TEAM|STAFF|DESK)$`, 'u'));
/** The patterns mayOpenWithName answers for, so a test can hold it to them. */
export const namePatterns = (): RegExp[] => [NAME_ONLY(), NAMES_ONLY(), NAMES_THEN_ROLE(), COLLECTIVE_NAME()];
/** Roles of several people: "Guest Columnists", "Contributing Writers". */
const ROLES = /\b(?:editors|writers|reporters|correspondents|analysts|contributors|columnists|journalists|founders|co-founders|directors|managers|producers)\b/i;

/**
 * The names of a byline cluster's name line, which may hold two people ("Manoj Jain and
 * Jagpreet Chhatwal") and their role after a comma or a bar ("Audrey Huang, Print Managing
 * Editor"). Each name is two to five words; the role must say it is one.
 */
export function namesOf(text: string): string | null {
  const line = text.trim();
  if (!mayOpenWithName(line)) return null;
  const single = nameOfLine(line);
  if (single) return single;
  // A collective beside the date is its byline: "Everfit Team", "Podium Staff".
  const collective = COLLECTIVE_NAME().exec(line);
  if (collective && !hasFunctionWord(collective[1]) && isName(collective[1])) return line;
  const withRole = NAMES_THEN_ROLE().exec(line);
  const names = withRole && (ROLE.test(withRole[2]) || ROLES.test(withRole[2])) ? withRole[1] : NAMES_ONLY().exec(line)?.[1];
  if (!names) return null;
  // Each person is a name as a line of its own would be.
  return names.split(JOINS).every((person) => nameOf(person) !== null) ? names : null;
}

/** What else a line under a byline label can be: a date label, a button ("By" / "Updated", "Share"). */
const CONTROL_WORDS = labelSet(DATE_LABELS, SHARE_LABELS, NAV_LABELS, PROMPT_LABELS, LEGAL_LABELS, COMMENT_LABELS, TEASER_LABELS, AD_LABELS);

/** Letters after a name that a byline keeps: degrees and credentials ("Ph.D.", "MS, RD", "CEPF®"). */
const POSTNOMINALS = String.raw`(?:,?\s+(?:\p{Lu}[\p{Lu}\p{Ll}]{0,2}\.?){1,3}®?(?=,|$))*`;
const LABELLED_NAME = lazy(() => new RegExp(String.raw`^(${NAME}${POSTNOMINALS})(?:\s+[-–—|]\s+.*)?$`, 'u'));

/** Job titles of one person (a team's "Editorial Team" stays whole). */
const PERSON_ROLE = /^(?:writer|editor|reporter|contributor|columnist|correspondent|journalist|author)$/i;

/**
 * The name on the line under a byline label ("Written by" / "Genevieve Carlton, Ph.D."). The
 * label vouches for it, so one word ("Lauren"), a collective ("Great Day Editorial Team") and
 * a month-first name ("April Fulton") pass; a role after a dash is cut ("Eliz - Product
 * marketer"), and a label's own words ("POSTED ON", "Find Your Store") still do not.
 */
function labelledName(text: string, oneWord: boolean): string | null {
  const m = LABELLED_NAME().exec(text.trim());
  if (!m) return null;
  const words = m[1].split(/\s+/);
  // "Emma Ryan Writer": a person's job title after the name is not part of it.
  if (words.length > 2 && PERSON_ROLE.test(words[words.length - 1])) words.pop();
  const name = words.join(' ');
  // One word is a name only under "By"-like labels, and not in capitals: "Author" / "Abstract"
  // is a table's header row, "BY" / "LIMIT" a syntax diagram, "AUTHOR" / "CP" an avatar.
  if (words.length === 1 && (!oneWord || !/\p{Ll}/u.test(name))) return null;
  return words.length <= 6 && !hasFunctionWord(name) && !CONTROL_WORDS.has(labelKey(name)) && !isFacet(name) ? name : null;
}

/**
 * Function words that no name holds, in the languages whose labels pith meets most; a merged
 * stop-word list would not do ("Dan" is Indonesian for "and", "Care" Romanian for "which").
 */
const LABEL_WORDS = new Set([
  'the', 'of', 'on', 'in', 'no', 'not', 'for', 'to', 'at', 'with', 'from', 'our', 'your', 'my', 'all', 'more', 'this', 'that', 'about', 'how', 'what', 'why',
  'les', 'des', 'aux', 'und', 'die', 'ist', 'los', 'las', 'por', 'para', 'con', 'una', 'och', 'het', 'een',
]);

/** "POSTED ON", "No Comments", "The Rundown": a function word in capitals is a label's, not a name's. */
function hasFunctionWord(name: string): boolean {
  return name.split(/\s+/).some((w) => LABEL_WORDS.has(w.toLowerCase()));
}

export interface Byline {
  author: string;
}

/**
 * "Friday" and "October" start sentences ("By Friday, every seat..."), not names. After a "By"
 * and before a surname they are a first name ("By Sam O'Brien": "sam" is also French for
 * Saturday); on a line of its own "April Fulton" may still be a month's heading.
 */
function isName(name: string, opts: { afterBy?: boolean } = {}): boolean {
  const words = name.split(/\s+/);
  const first = words[0].toLowerCase();
  const calendar = WEEKDAYS.has(first) || MONTHS.has(first);
  return (!calendar || (opts.afterBy === true && words.length > 1)) && !isFacet(name);
}

const FACETS = new Set<string>(FACET_WORDS);
/** "Category", "Gender & Age", "Company Size": what a "Shop by" menu or a sort control sorts by. */
function isFacet(name: string): boolean {
  const parts = name.toLowerCase().split(/\s*(?:&|\/|,|\band\b|\bet\b|\bund\b|\by\b|\be\b)\s*/u).filter(Boolean);
  return parts.length > 0 && parts.every((part) => FACETS.has(part));
}

/**
 * A byline is a name and maybe an outlet or a date, not a sentence. Its first part counts: a
 * fact-checker or a reviewer after a bar ("By Scott Levine – Updated Sep 9, 2025 | Fact-checked
 * by Frank Bass") makes the line longer, not less of a byline.
 */
function isBylineShaped(text: string): boolean {
  const words = text.split(/\s[|•·]\s/u)[0].split(/\s+/).length;
  return words <= 6 || (words <= 16 && !/[.!?]$/.test(text));
}

/**
 * A date stamp glued or spaced after the names: "Rhonda Krause UpdatedJanuary", "ALYSSA MAIO
 * ON June", "JONATHAN JONESLAST UPDATED NOV 6" (the leftmost label wins, so "LAST" goes too).
 */
const STAMP_LABEL = String.raw`\s*(?:Last Updated|Updated|Published|Posted|LAST UPDATED|UPDATED|PUBLISHED|POSTED)(?=\p{Lu}|[\s:]|$).*$`;
const STAMP_AFTER = new RegExp(String.raw`${STAMP_LABEL}|\s+(?:ON|On|on|Last|LAST)(?=\s|$).*$`, 'u');
/** Before a date only a label is cut, not " on": "First Listed on Newegg" is a spec row, not a name. */
const DATE_LABEL_AFTER = new RegExp(STAMP_LABEL, 'u');

/**
 * The names as an author: a date stamp after them cut off, and a job title after the first
 * name ("Sean Peek, Senior Analyst" -> "Sean Peek").
 */
function cleanNames(names: string, line: string): string {
  let bare = names.replace(STAMP_AFTER, '').trim();
  bare = withoutMonth(bare, line).replace(/(\p{L}{3})\.$/u, '$1');
  const parts = bare.split(JOINS);
  // A role run on after the first name ends the byline: what follows belongs to the role.
  const first = withoutRoleTail(parts[0]);
  if (first !== parts[0]) return first;
  const kept = [parts[0]];
  for (const part of parts.slice(1)) {
    if (ROLE.test(part)) return kept.join(', ').trim();
    kept.push(part);
  }
  return bare;
}

/** A collective's word ("Editorial Team", "News Desk") is part of its name, not a role. */
const COLLECTIVE = /^(?:team|desk|staff)$/i;

/**
 * The name without a job title run on after it without a comma ("Catherine Boeckmann
 * Executive Digital Editor", "Shivkumar M Head Product Launches"): cut at the first role word
 * past the second word.
 */
function withoutRoleTail(names: string): string {
  const words = names.split(/\s+/);
  const at = words.findIndex((w, i) => i >= 2 && ROLE.test(w) && !COLLECTIVE.test(w));
  return at > 0 ? words.slice(0, at).join(' ').replace(/[\s,;]+$/u, '') : names;
}

/** A month glued to a surname by a dump that lost the space: "GiuffridaMar", "ZeldmanNovember". */
const GLUED_MONTH = lazy(() => new RegExp(String.raw`(?<=\p{Ll})(?:${alternation([...MONTHS.keys()].filter((m) => m.length >= 3 && /^[a-z]+$/.test(m)).map((m) => m[0].toUpperCase() + m.slice(1)))})$`, 'u'));

/**
 * The names without the date's month that the name pattern swallowed ("By Sofia Gonzalez
 * December 2, 2025", "by: Ziyi Xu, Dec 17", "ByKathryn GiuffridaMar 5"): only a month that a
 * day follows in the line, so a surname that is a month somewhere ("Alyssa Maio") stays.
 */
function withoutMonth(names: string, line: string): string {
  const startsDate = (month: string) => new RegExp(`${escapeRegExp(month)}\\.?,?\\s*\\d`, 'u').test(line);
  const glued = GLUED_MONTH().exec(names);
  let bare = glued && startsDate(glued[0]) ? names.slice(0, glued.index) : names;
  const words = bare.split(/\s+/);
  while (words.length > 1) {
    const last = words[words.length - 1].replace(/[.,]$/, '');
    if (!MONTHS.has(last.toLowerCase()) || !startsDate(last)) break;
    words.pop();
  }
  bare = words.join(' ');
  return bare.replace(/[\s,]+$/u, '');
}

/** What is left of a reading time after a date's digits: "minutes read", "min read", "mins". */
const READ_TIME_AFTER = /^(?:min(?:ute)?s?\.?(?:\s+read)?|min\.?\s+de\s+lectura|min\.?\s+de\s+lecture|min\.?\s+lesezeit)$/iu;

/** A byline word at the end: a label whose name is missing. */
const ENDS_WITH_BY = /(?:^|\s)(?:by|von|par|por|door|di|av|af|przez)$/iu;

/** The author named by a byline line, or null when the line is not a byline. */
export function parseByline(text: string, opts: DateOptions = {}): Byline | null {
  if (text.length > 160) return null;
  const by = BY.exec(text);
  if (by && isName(by[1], { afterBy: true }) && isBylineShaped(text)) {
    const author = cleanNames(by[1], text);
    if (author) return { author };
  }
  // Both open with a CJK character (U+1100 on): other lines are spared them.
  const cjk = text.charCodeAt(0) >= 0x1100 ? (CJK_BY().exec(text) ?? CJK_NAME_ROLE().exec(text)) : null;
  if (cjk && !/^[・]|[・]$/u.test(cjk[1])) return { author: cjk[1] };
  const starter = STARTER.exec(text)?.indices?.[1];
  if (starter) return { author: text.slice(starter[0], starter[1]) };
  const dates = findDates(text, opts);
  if (dates.length === 0) return null;
  // "Posted on July 1, 2024 by infuy", "September 1st, 2023 By Ana Lind": the stamp before "by" is a date.
  const stamped = hasBy(text) ? DATE_THEN_BY().exec(text) : null;
  if (stamped && dates[0].start <= text.indexOf(stamped[1]) + 2 && dates[dates.length - 1].end >= text.indexOf(stamped[1]) + stamped[1].length - 1) {
    // "May 18, 2023 By Sara Harberson In": the category that follows ("In Essays") is cut off.
    const name = stamped[2].replace(/\s+(?:In|IN)$/u, '');
    if (isName(name)) return { author: name };
  }
  // A name and a date, nothing else: "Chris Davies - Nov 19, 2019, 10:31 pm CST".
  const rest = text.slice(0, dates[0].start).replace(DATE_LABEL_AFTER, '').replace(/[\s|,·•–—\-/.]+$/u, '').trim();
  const after = text.slice(dates[dates.length - 1].end).replace(/^[\s|,·•–—\-/\d]+/u, '').trim();
  const name = mayOpenWithName(rest) ? NAME_ONLY().exec(rest) : null;
  // After the date only its reading time may follow ("Kristian Larsen July 13, 2025 — 7 minutes read").
  // "Written By Feb 11, 2019" names no one: the label's name was left out.
  if (name && (after.length <= 2 || READ_TIME_AFTER.test(after)) && rest.split(/\s+/).length >= 2 && !ENDS_WITH_BY.test(rest)) return { author: name[1] };
  // A date, then the name: "Dec 26, 2025 • Mahua Das in Project Management".
  const afterDate = rest === '' ? text.slice(dates[0].end) : '';
  // DATE_THEN_NAME opens with a bullet (· or •) after white space: most dates have none after them, and it is never compiled.
  const bullet = afterDate.trimStart().charCodeAt(0);
  const tail = bullet === 0xb7 || bullet === 0x2022 ? DATE_THEN_NAME().exec(afterDate) : null;
  if (tail && tail[1].split(/\s+/).length >= 2 && isName(tail[1]) && !hasFunctionWord(tail[1])) return { author: tail[1] };
  return signedPart(text);
}

/** The pieces of a stamp line between spaced separators: "Medically reviewed by ... — Written by ... — Updated on ...". */
const STAMP_PARTS = /\s+[—–|·⋅•]\s+/u;

/**
 * The author of a dated stamp line whose byline is one of its later pieces: "0 · by Dennis
 * Moons · Updated on 8 January 2026", "Medically reviewed by Kim Rose — Written by Jillian
 * Kubala — Updated on ...". A piece that opens with a byline label names the author (a
 * reviewer's "reviewed by" does not open one); the first piece was read whole above.
 */
function signedPart(text: string): Byline | null {
  const parts = text.split(STAMP_PARTS);
  for (let k = 1; k < parts.length; k++) {
    const by = BY.exec(parts[k]);
    if (by && isName(by[1], { afterBy: true })) {
      const author = cleanNames(by[1], parts[k]);
      if (author) return { author };
    }
  }
  return null;
}
