/**
 * The maximum-weight run stops where the next block costs more than it brings, which cuts an
 * article's closing short sentences and the list its last paragraph introduces ("They
 * include:"). Extending over exactly those shapes gives them back without reopening the door
 * to headline lists.
 */
import type { TextFeatures } from '../rules/features.js';
import type { Quality } from './quality.js';
import type { Run } from './pick-main-run.js';
import { caseless } from '../rules/caseless.js';
import { announcesList } from '../rules/list-intro.js';

/** Rows are compared on the start of their skeleton: a table's rows agree there, their tails vary. */
const SKELETON_CHARS = 4;
/** A numbered list or a table needs this many rows to count as one. */
const MIN_STRUCTURED_ITEMS = 3;
/** A list introduced by a colon ends after this many items at most. */
const MAX_LIST_ITEMS = 30;

function isShortSentence(q: Quality, f: TextFeatures): boolean {
  return (q === 'near' || q === 'short') && f.endsSentence && f.words >= 4 && !f.truncated;
}

/** Sentence-shaped text without its full stop: a lead paragraph the dump lost its stop on. */
function isBareSentence(q: Quality, f: TextFeatures): boolean {
  return q === 'near' && f.size >= 8 && f.stopwordRatio >= 0.15 && f.capitalRatio < 0.5 && !f.truncated;
}

/** "3) Title", "12. Title": the number a numbered list item starts with. */
function itemNumber(text: string): number | null {
  const match = /^(\d{1,3})\s*[).:\-–]\s/u.exec(text);
  return match ? Number(match[1]) : null;
}

/**
 * The punctuation skeleton of a line: every run of words becomes "a", so "England (Group A):
 * 10th appearance" and "Czech Republic (Group A): Seventh appearance" both read "a (a): a".
 * Rows of one table or one itinerary share it; a menu's bare words have none.
 */
export function skeleton(text: string): string {
  return text
    .replace(/[\p{L}\p{N}_'’.]+/gu, 'a')
    .replace(/a(?:\s+a)+/g, 'a')
    .replace(/\s+/g, ' ')
    .slice(0, SKELETON_CHARS)
    .trimEnd();
}

/**
 * The last block of a structured list starting at `from` (a numbered list, or rows sharing a
 * punctuated skeleton), or -1. Placeholders between items (a link under each product) are
 * stepped over.
 */
function structuredListEnd(from: number, quality: readonly Quality[], texts: readonly string[]): number {
  let last = -1;
  let items = 0;
  let number = itemNumber(texts[from] ?? '');
  const shape = skeleton(texts[from] ?? '');
  const parallel = /[^a\s]/.test(shape);
  if (number === null && !parallel) return -1;
  for (let j = from; j < texts.length; j++) {
    if (quality[j] === 'good') break;
    if (quality[j] === 'bad') {
      if (j + 1 < texts.length && quality[j + 1] !== 'bad') continue;
      break;
    }
    const numbered = number !== null && itemNumber(texts[j]) === number;
    if (!numbered && !(parallel && skeleton(texts[j]) === shape)) break;
    if (numbered) number = (number as number) + 1;
    items++;
    last = j;
  }
  return items >= MIN_STRUCTURED_ITEMS ? last : -1;
}

/** The first block of a table (rows sharing a punctuated skeleton) that ends at `last`, or -1. */
function structuredListStart(last: number, quality: readonly Quality[], texts: readonly string[]): number {
  if (last < 0 || quality[last] === 'good' || quality[last] === 'bad') return -1;
  const shape = skeleton(texts[last]);
  if (!/[^a\s]/.test(shape)) return -1;
  let first = last;
  let items = 1;
  for (let j = last - 1; j >= 0; j--) {
    if (quality[j] === 'bad') continue;
    if (quality[j] === 'good' || skeleton(texts[j]) !== shape) break;
    first = j;
    items++;
  }
  return items >= MIN_STRUCTURED_ITEMS ? first : -1;
}

/** A short line (a table's or a section's heading) above a block. */
function isHeadingLine(q: Quality, f: TextFeatures): boolean {
  return q !== 'good' && f.size <= 6 && !f.endsSentence;
}

export function extendRun(
  run: Run,
  quality: readonly Quality[],
  features: readonly TextFeatures[],
  texts: readonly string[],
  headline: number | null,
): Run {
  let start = run.start;
  // Back over a table that opens the article, its heading, and the paragraph introducing it.
  const table = structuredListStart(start - 1, quality, texts);
  if (table >= 0) {
    start = table;
    let k = start - 1;
    while (k >= 0 && k !== headline && (quality[k] === 'bad' || isHeadingLine(quality[k], features[k])) && start - k <= 3) k--;
    if (k >= 0 && quality[k] === 'good') start = k;
  }
  // Back over lead sentences, but never over the page's headline.
  while (start > 0 && start - 1 !== headline && isBareSentence(quality[start - 1], features[start - 1])) start--;
  let end = run.end;
  let listItems = -1;
  for (let j = run.end + 1; j < quality.length; j++) {
    const q = quality[j];
    if (q === 'good') break;
    // A numbered list or a table's rows, maybe under a short heading of its own.
    const list = Math.max(structuredListEnd(j, quality, texts), q === 'bad' ? -1 : structuredListEnd(j + 1, quality, texts));
    if (list >= 0) {
      end = list;
      j = list;
      continue;
    }
    if (q === 'bad') break;
    if (texts[end].endsWith(':') || (listItems < 0 && end === run.end && announcesList(texts[end], features[end].words))) listItems = 0;
    if (listItems >= 0 && listItems < MAX_LIST_ITEMS) {
      listItems++;
      end = j;
      continue;
    }
    if (!isShortSentence(q, features[j])) break;
    end = j;
  }
  return { start, end };
}

/**
 * "Week 2: Adapt to new zones", "Step 3 - Sand the edges", "Étape 2 : ...": the words that
 * number a guide's sections, in English, German, French, Spanish, Italian, Portuguese and Dutch.
 */
const SECTION_WORD =
  caseless(String.raw`^(?:step|week|day|part|chapter|stage|phase|lesson|tip|schritt|woche|tag|teil|kapitel|étape|semaine|jour|partie|chapitre|paso|semana|día|dia|parte|capítulo|capitulo|passo|settimana|giorno|capitolo|stap|dag|deel|hoofdstuk)\s+(\d{1,3})\s*[).:\-–—]\s`);

/** The number of a numbered section's heading: "3. Title", "3) Title", "Week 3: Title". */
function sectionNumber(text: string): number | null {
  const word = SECTION_WORD.exec(text);
  return word ? Number(word[1]) : itemNumber(text);
}

/** The next numbered heading follows within this many blocks. */
const MAX_SECTION_BLOCKS = 60;
/** A roundup has this many numbered sections at least... */
const MIN_SECTIONS = 3;
/** ...and this share of them hold prose (the rest may be all labels)... */
const MIN_PROSE_SECTIONS = 0.5;
/** ...and they run this many blocks on average: a list of numbered teasers is a line or two each. */
const MIN_MEAN_SECTION_BLOCKS = 5;

/** Whether prose stands between a section's heading and the next heading (or the reach after the last). */
function sectionHasProse(quality: readonly Quality[], heading: number, next: number): boolean {
  for (let k = heading + 1; k < next && k < quality.length; k++) if (quality[k] === 'good') return true;
  return false;
}

/**
 * The numbered sections of a roundup ("1. Project Management Professional", "2. ASQ Six Sigma",
 * ...): headings numbered from 1 up without a gap, none far from the next, most of them over
 * prose, several blocks apart on average (a sidebar's numbered teasers are a line or two each).
 * Returns the first heading, the last and the shortest section, or null. Every item's block of
 * labels (price, duration, pros and cons) costs the prose run more than the item's paragraph
 * brings, so the run alone keeps one item or the buying guide after them.
 */
export function numberedSections(quality: readonly Quality[], texts: readonly string[]): { first: number; last: number; shortest: number } | null {
  let best: number[] = [];
  let headings: number[] = [];
  const close = () => {
    if (headings.length < MIN_SECTIONS || headings.length <= best.length) return;
    const span = headings[headings.length - 1] - headings[0];
    if (span < MIN_MEAN_SECTION_BLOCKS * (headings.length - 1)) return;
    const ends = headings.map((h, k) => headings[k + 1] ?? h + MAX_SECTION_BLOCKS);
    const withProse = headings.filter((h, k) => sectionHasProse(quality, h, ends[k])).length;
    if (withProse >= headings.length * MIN_PROSE_SECTIONS) best = headings;
  };
  for (let j = 0; j < texts.length; j++) {
    const last = headings[headings.length - 1];
    if (last !== undefined && j - last > MAX_SECTION_BLOCKS) {
      close();
      headings = [];
    }
    if (quality[j] === 'good' || quality[j] === 'bad') continue;
    const n = sectionNumber(texts[j]);
    if (n === null) continue;
    if (n === headings.length + 1) headings.push(j);
    else if (n === 1) {
      close();
      headings = [j];
    }
  }
  close();
  if (best.length === 0) return null;
  const gaps = best.slice(1).map((h, k) => h - best[k]);
  return { first: best[0], last: best[best.length - 1], shortest: Math.min(...gaps) };
}

/** How far past a block the roundup's prose may resume: a section's list of labels runs about this long. */
const PROSE_RESUMES = 12;

/** The first paragraph within a few blocks after `from`, with no two dropped blocks in a row before it, or -1. */
function proseWithin(quality: readonly Quality[], from: number): number {
  for (let k = from + 1; k < quality.length && k - from <= PROSE_RESUMES; k++) {
    if (quality[k] === 'good') return k;
    if (quality[k] === 'bad' && quality[k - 1] === 'bad') return -1;
  }
  return -1;
}

/** A run that ends this close above the first section stopped at the sections' start. */
const SECTION_LEAD = 5;
/** How far above the first section its introduction may begin. */
const MAX_INTRO_BLOCKS = 40;

/** The earliest paragraph above a block with nothing dropped between: the roundup's introduction. */
function introStart(from: number, quality: readonly Quality[]): number {
  let start = from;
  for (let k = from - 1; k >= 0 && from - k <= MAX_INTRO_BLOCKS && quality[k] !== 'bad'; k--) if (quality[k] === 'good') start = k;
  return start;
}

/**
 * A run that begins among a roundup's numbered sections, or just after the last, starts at the
 * introduction above the first section; one that ends among them, or just above the first, goes
 * on through the last section (as long as the shortest section before it, at most) and the
 * prose that closes the roundup.
 */
export function extendOverSections(run: Run, quality: readonly Quality[], texts: readonly string[]): Run {
  const sections = numberedSections(quality, texts);
  if (!sections) return run;
  let { start, end } = run;
  if (start > sections.first && start <= sections.last + MAX_SECTION_BLOCKS) start = introStart(sections.first, quality);
  if (end >= sections.first - SECTION_LEAD && end < sections.last) {
    end = sections.last;
    // The last section is as long as the shortest before it, at most, and ends at two dropped
    // blocks in a row (one alone is a line the page repeats inside the section).
    const open = (k: number) => quality[k] !== 'bad' || (k + 1 < quality.length && quality[k + 1] !== 'bad');
    while (end + 1 < quality.length && open(end + 1) && end + 1 - sections.last < sections.shortest) end++;
    // Then on over the prose that closes the roundup, a heading or two between its paragraphs.
    for (let next = proseWithin(quality, end); next >= 0; next = proseWithin(quality, end)) end = next;
  }
  return { start, end };
}
