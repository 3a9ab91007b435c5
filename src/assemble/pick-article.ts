/**
 * Picking the article: class the blocks, find the main run, grow it over its edges. Readability's
 * sieve: a strict pass first, a relaxed one only when the strict pass finds too little prose.
 */
import type { Block } from '../types.js';
import { CODE_HINT, CODE_LINE } from '../page-type/vocabulary/text.js';
import type { TextFeatures } from '../rules/features.js';
import { droppedSet, type Marked } from '../rules/apply.js';
import { KNOWN_LANGUAGE_MIN_RATIO } from '../rules/stopwords.js';
import { inEmbeddedMedia } from '../rules/html/containers.js';
import { qualityOf, type Quality } from './quality.js';
import { blockWeights, pickMainRun, type Run } from './pick-main-run.js';
import { layoutOf, stanzaLines } from './layout.js';
import { extendOverSections, extendRun } from './extend-run.js';
import { extendToContainer } from './container-extent.js';
import { itemsBeforePager } from './items-before-pager.js';
import { pickMainRange, pickMainRegion } from './pick-main-region.js';
import type { Region } from '../parse/html/html-blocks.js';
import { headlineAbove } from './headline.js';
import { headerZone } from '../metadata/text/header-zone.js';
import { packedMap } from '../packed.js';

/** Share of the page's words that are function words of a language pith knows. */
function stopwordShare(features: readonly TextFeatures[]): number {
  let words = 0;
  let stops = 0;
  for (const f of features) {
    words += f.words;
    stops += f.stopwordRatio * f.words;
  }
  return words ? stops / words : 0;
}

/** The page's own headline in HTML: the last h1 above the article's first paragraph. */
function lastH1Before(blocks: readonly Block[], start: number): number | null {
  for (let i = start - 1; i >= 0; i--) if (blocks[i].kind === 'heading' && blocks[i].level === 1) return i;
  return null;
}

/** A line of code as a dump shows it: code's characters and statement shapes, few function words. */
function isCodeLine(block: Block, f: TextFeatures): boolean {
  return block.text.length <= 200 && f.stopwordRatio < 0.3 && CODE_HINT.test(block.text) && CODE_LINE.test(block.text);
}

/** Code needs this many lines in a row: one line with a colon or brackets is not a listing. */
const MIN_CODE_LINES = 2;

/**
 * Text dumps only: blocks that are data inside an article rather than prose or menus, a
 * table's rows (tab-separated cells) and a code block's lines (two or more code lines in a row).
 */
function dataLines(blocks: readonly Block[], features: readonly TextFeatures[]): boolean[] {
  const out = packedMap(blocks, (b) => b.kind === 'cell' && b.hints.length === 0);
  let start = -1;
  for (let i = 0; i <= blocks.length; i++) {
    const code = i < blocks.length && blocks[i].hints.length === 0 && isCodeLine(blocks[i], features[i]);
    if (code) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= MIN_CODE_LINES) for (let j = start; j < i; j++) out[j] = true;
    start = -1;
  }
  markIntroducedLists(blocks, features, out);
  return out;
}

/** A paragraph by its shape alone: a dozen words or more, ending a sentence. */
function isParagraph(f: TextFeatures | undefined): boolean {
  return f !== undefined && f.size >= 12 && f.endsSentence;
}

/** A sentence that introduces a list: six words or more, a fifth of them function words ("They include:"). */
function isIntroSentence(f: TextFeatures): boolean {
  return f.size >= 6 && f.stopwordRatio >= 0.2;
}

/** A list's items after the sentence that introduces it: at most this many... */
const MAX_INTRODUCED_ITEMS = 30;
/** ...and the line that introduces them has this many words at least ("Kestrel K10 specifications:"). */
const MIN_INTRO_WORDS = 3;

/**
 * The items of a list a sentence introduces ("Here's what has been done:", "They include:"),
 * up to the next paragraph: a dump prints each <li> as a short line of its own, which costs the
 * run like a menu; they are the article's, as the rows of its tables are.
 */
function markIntroducedLists(blocks: readonly Block[], features: readonly TextFeatures[], out: boolean[]): void {
  for (let i = 0; i < blocks.length; i++) {
    if (features[i].size < MIN_INTRO_WORDS || !blocks[i].text.endsWith(':') || blocks[i].hints.length > 0) continue;
    // The article introduces its lists in its prose, after a paragraph or in a sentence of its
    // own: a menu's "Deploy to a Service:" is neither.
    if (!isParagraph(features[i - 1]) && !isIntroSentence(features[i])) continue;
    let j = i + 1;
    for (; j < blocks.length && j - i <= MAX_INTRODUCED_ITEMS; j++) {
      const f = features[j];
      if (f.size >= 20 || (f.size >= 10 && f.endsSentence) || blocks[j].text.endsWith(':')) break;
      out[j] = true;
    }
    i = j - 1;
  }
}

/** A strict pass first; when it finds too little prose, prose need not look like a known language. */
const MIN_STRICT_WORDS = 40;

/**
 * Readability's sieve: class the blocks and pick the main run strictly; if that run holds
 * too little prose (a page in a language the stopword lists miss, a very short article),
 * pick again with the language test relaxed. Then extend the run over its edges.
 */
export function pickArticle(blocks: readonly Block[], features: readonly TextFeatures[], marks: ReadonlyMap<number, Marked>) {
  const dropped = (i: number) => marks.get(i)?.verdict === 'boilerplate';
  const strict = { knownLanguage: stopwordShare(features) >= KNOWN_LANGUAGE_MIN_RATIO };
  const passes = strict.knownLanguage ? [strict, { knownLanguage: false }] : [strict];
  let quality: Quality[] = [];
  let picked: Run | null = null;
  const media = packedMap(blocks, (b) => b.hints.length > 0 && inEmbeddedMedia(b.hints));
  // Rows of a dump's table and lines of its code blocks (HTML has <table> and <pre> for these).
  const rows = dataLines(blocks, features);
  // Later copies of a line the page already showed: they cost no more than a short line.
  const echoes = packedMap(blocks, (b) => marks.get(b.index)?.rule === 'drop-repeated-lines');
  for (const qctx of passes) {
    quality = packedMap(blocks, (b) => qualityOf(features[b.index], dropped(b.index), qctx));
    picked = pickMainRun(blockWeights(quality, features, layoutOf(blocks, quality), qctx, media, stanzaLines(blocks, quality, features), rows, echoes));
    if (picked && proseWords(picked, quality, features) >= MIN_STRICT_WORDS) break;
  }
  if (!picked) return { quality, run: null };
  const texts = packedMap(blocks, (b) => b.text);
  const html = (blocks[0]?.hints.length ?? 0) > 0;
  // HTML's article element already holds every section (extendToContainer); a dump has only the numbering.
  if (!html) picked = extendOverSections(picked, quality, texts);
  const zone = headerZone(picked, blocks.length);
  const headline = lastH1Before(blocks, picked.start) ?? headlineAbove({ blocks, features, dropped: droppedSet(marks, blocks.length), zone });
  const extended = extendRun(picked, quality, features, texts, headline);
  if (html) return { quality, run: extendToContainer(extended, blocks, quality) };
  return { quality, run: itemsBeforePager(tableAfter(extended, blocks, features, quality), blocks, features, quality, echoes) };
}

/** A table's heading lines a dump may print between the last paragraph and the rows. */
const TABLE_HEADING_LINES = 2;

/**
 * A dump's table right after the article's last paragraph (its rows, tab-separated cells, maybe
 * under a short heading): the table the paragraph introduces ("the providers listed below"), as
 * HTML's article element would hold it. Rows cost the run little, but the footer after them does.
 */
function tableAfter(run: Run, blocks: readonly Block[], features: readonly TextFeatures[], quality: readonly Quality[]): Run {
  let k = run.end + 1;
  // A heading names the table in words; a lone "×" over it is a dialog's close button.
  while (k < blocks.length && k - run.end <= TABLE_HEADING_LINES && blocks[k].kind !== 'cell' && quality[k] !== 'bad' && quality[k] !== 'good' && features[k].size >= 2) k++;
  if (blocks[k]?.kind !== 'cell') return run;
  while (k + 1 < blocks.length && blocks[k + 1].kind === 'cell') k++;
  return { start: run.start, end: k };
}

function proseWords(run: Run, quality: readonly Quality[], features: readonly TextFeatures[]): number {
  let words = 0;
  for (let i = run.start; i <= run.end; i++) if (quality[i] === 'good') words += features[i].size;
  return words;
}

/**
 * A prose run holding less than this share of the prose of the page's main region (HTML) or
 * main range (text dump) misses most of the article. A text dump's range is cruder (a news
 * site's menu of glued teasers can carry some prose), so it needs the stronger case.
 */
export const MIN_RUN_SHARE = { html: 0.6, text: 0.35 } as const;

/** A dump's run holding under this share of its range's prose... */
export const LONG_RANGE_SHARE = 0.5;
/** ...while the range holds this many more words of prose, gives way to the range. */
export const LONG_RANGE_MORE_WORDS = 500;

type Picked = { quality: Quality[]; run: Run | null };


/**
 * The article's prose run can stop at a list, a table or a row of dated sections in the middle
 * of the article and keep a sliver of it: when it holds under its share (MIN_RUN_SHARE) of the
 * prose of the page's main region, the region is the article. Prose, not all words: a news
 * site's menu of headlines makes a long region with no more prose in it.
 */
export function pickArticleOrRegion(
  blocks: readonly Block[],
  regions: readonly Region[],
  features: readonly TextFeatures[],
  marks: ReadonlyMap<number, Marked>,
  lineToll: number,
): Picked & { picker: 'pick-main-run' | 'pick-main-region' } {
  const article = pickArticle(blocks, features, marks);
  const html = regions.length > 0;
  const region = html ? pickMainRegion(blocks, regions, features, marks) : pickMainRange(blocks, features, marks, lineToll);
  const share = html ? MIN_RUN_SHARE.html : MIN_RUN_SHARE.text;
  const prose = (picked: Picked) => (picked.run ? proseWords(picked.run, picked.quality, features) : 0);
  const [inRun, inRegion] = [prose(article), prose(region)];
  // A dump's range that holds far more prose than any sidebar carries beside a run that has
  // only half of it: the article goes on past a list or a table the run stopped at.
  const goesOn = !html && inRun < inRegion * LONG_RANGE_SHARE && inRegion - inRun >= LONG_RANGE_MORE_WORDS;
  return inRun < inRegion * share || goesOn ? { ...region, picker: 'pick-main-region' } : { ...article, picker: 'pick-main-run' };
}
