/**
 * The one place where the stages run, in order, and where the trace of every decision is
 * collected:
 *   decode -> sniff -> parse (blocks) -> prune rules -> quality -> main run -> region rules
 *   -> metadata -> body.
 * Pure: no clock, no console, no globals.
 */
import type { Block, Decision, ExtractOptions, ExtractResult, InputType, MetadataField } from './types.js';
import type { RuleContext, RuleMark } from './rules/types.js';
import { RULES } from './rules/index.js';
import { featuresOf, type TextFeatures } from './rules/features.js';
import { decodeBytes } from './input/decode.js';
import { sniffInputType } from './input/sniff.js';
import { textToBlocks } from './parse/text/text-blocks.js';
import { htmlToBlocks } from './parse/html/html-blocks.js';
import { parseHtml } from './parse/html/dom.js';
import { qualityOf, type Quality } from './assemble/quality.js';
import { blockWeights, pickMainRun, type Run } from './assemble/pick-main-run.js';
import { layoutOf } from './assemble/layout.js';
import { inEmbeddedMedia } from './rules/html/containers.js';
import { extendRun } from './assemble/extend-run.js';
import { extendToContainer } from './assemble/container-extent.js';
import { KNOWN_LANGUAGE_MIN_RATIO } from './rules/stopwords.js';
import { buildArticle, buildBody } from './assemble/article.js';
import { textMetadata } from './metadata/text/text-metadata.js';
import { pickTitle } from './metadata/text/title.js';
import { htmlMetadata, type HtmlMetadata } from './metadata/html/index.js';
import type { TextMetadata } from './metadata/text/text-metadata.js';
import type { ArticleFields } from './assemble/article.js';
import { headerZone } from './metadata/text/header-zone.js';

interface Marked extends RuleMark {
  rule: string;
}

function resolveNow(now: ExtractOptions['now']): Date | undefined {
  if (now === undefined) return undefined;
  const date = now instanceof Date ? now : new Date(now);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function countRepeats(blocks: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    const key = b.text.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

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

/**
 * What the page declares (HTML metadata: JSON-LD, meta tags, <time>) beats what its text
 * shows; the text fills the gaps and alone names a source line.
 */
function mergeFields(text: TextMetadata, page: HtmlMetadata | null): ArticleFields {
  return {
    title: page?.title ?? text.title,
    date: page?.date ?? text.date,
    modified: page?.modified ?? null,
    author: page?.author ?? text.author,
    description: page?.description ?? text.description,
    section: page?.section ?? text.section,
    source: text.source,
    site: page?.site ?? null,
    lang: page?.lang ?? null,
    url: page?.url ?? null,
  };
}

/** A strict pass first; when it finds too little prose, prose need not look like a known language. */
const MIN_STRICT_WORDS = 40;

/**
 * Readability's sieve: class the blocks and pick the main run strictly; if that run holds
 * too little prose (a page in a language the stopword lists miss, a very short article),
 * pick again with the language test relaxed. Then extend the run over its edges.
 */
function pickArticle(blocks: readonly Block[], features: readonly TextFeatures[], marks: ReadonlyMap<number, Marked>) {
  const dropped = (i: number) => marks.get(i)?.verdict === 'boilerplate';
  const strict = { knownLanguage: stopwordShare(features) >= KNOWN_LANGUAGE_MIN_RATIO };
  const passes = strict.knownLanguage ? [strict, { knownLanguage: false }] : [strict];
  let quality: Quality[] = [];
  let picked: Run | null = null;
  const media = blocks.map((b) => b.hints.length > 0 && inEmbeddedMedia(b.hints));
  for (const qctx of passes) {
    quality = blocks.map((b) => qualityOf(features[b.index], dropped(b.index), qctx));
    picked = pickMainRun(blockWeights(quality, features, layoutOf(blocks, quality), qctx, media));
    if (picked && proseWords(picked, quality, features) >= MIN_STRICT_WORDS) break;
  }
  if (!picked) return { quality, run: null };
  const zone = headerZone(picked, blocks.length);
  const headline = lastH1Before(blocks, picked.start) ?? pickTitle({ blocks, features, dropped: droppedSet(marks), taken: new Set(), zone });
  const extended = extendRun(picked, quality, features, blocks.map((b) => b.text), headline);
  return { quality, run: blocks[0]?.hints.length ? extendToContainer(extended, blocks, quality) : extended };
}

function proseWords(run: Run, quality: readonly Quality[], features: readonly TextFeatures[]): number {
  let words = 0;
  for (let i = run.start; i <= run.end; i++) if (quality[i] === 'good') words += features[i].size;
  return words;
}

function droppedSet(marks: ReadonlyMap<number, Marked>): Set<number> {
  return new Set([...marks].filter(([, m]) => m.verdict === 'boilerplate').map(([i]) => i));
}

/** Applies the rules of one stage; the first mark on a block wins. */
function applyStage(stage: 'prune' | 'region', ctx: Omit<RuleContext, 'dropped' | 'marks'>, marks: Map<number, Marked>): void {
  const dropped = droppedSet(marks);
  for (const rule of RULES) {
    if (rule.stage !== stage) continue;
    // A snapshot per rule: a rule sees what earlier rules dropped, not its own marks.
    for (const mark of rule.apply({ ...ctx, dropped: new Set(dropped), marks })) {
      if (marks.has(mark.index)) continue;
      marks.set(mark.index, { ...mark, rule: rule.id });
      if (mark.verdict === 'boilerplate') dropped.add(mark.index);
    }
  }
}

export function decideInputType(text: string, requested: ExtractOptions['inputType']): InputType {
  return requested && requested !== 'auto' ? requested : sniffInputType(text);
}

export function extract(input: string | Uint8Array, options: ExtractOptions = {}): ExtractResult {
  const text = typeof input === 'string' ? input : decodeBytes(input);
  const inputType = decideInputType(text, options.inputType);
  const now = resolveNow(options.now);
  const doc = inputType === 'html' ? parseHtml(text) : null;
  const { blocks } = doc ? htmlToBlocks(doc) : textToBlocks(text);
  const page = doc ? htmlMetadata(doc, { now }) : null;
  if (blocks.length === 0) {
    return { ok: false, reason: 'empty', message: 'the input has no text', inputType, trace: options.explain ? [] : undefined };
  }
  const features = featuresOf(blocks);
  const repeats = countRepeats(blocks);
  const base = { blocks, features, repeats, inputType, now };

  const marks = new Map<number, Marked>();
  applyStage('prune', base, marks);
  const { quality, run } = pickArticle(blocks, features, marks);
  if (run) applyStage('region', { ...base, run }, marks);
  const regionQuality = quality.map((q, i) => (marks.get(i)?.verdict === 'boilerplate' ? 'bad' : q));

  const fieldMarks = new Map([...marks].filter(([, m]) => m.field !== undefined));
  const meta = textMetadata({ blocks, features, quality: regionQuality, repeats, fieldMarks, run, now, knownTitle: page?.title });
  const inRun = (i: number) => run !== null && i >= run.start && i <= run.end;
  const keep = (i: number) => inRun(i) && regionQuality[i] !== 'bad' && !meta.taken.has(i);
  const body = buildBody(blocks, keep);
  const trace = options.explain ? traceOf(blocks, marks, meta.taken, keep, inRun, regionQuality) : undefined;

  const fields = mergeFields(meta, page);
  if (body === '') {
    return { ok: false, reason: 'no-content', message: 'no article text found', inputType, trace, fields };
  }
  const article = buildArticle(options.inputName ?? null, fields, body);
  return { ok: true, article, inputType, trace };
}

function traceOf(
  blocks: readonly Block[],
  marks: ReadonlyMap<number, Marked>,
  taken: ReadonlyMap<number, MetadataField>,
  keep: (i: number) => boolean,
  inRun: (i: number) => boolean,
  quality: readonly string[],
): Decision[] {
  return blocks.map((b): Decision => withElement(b, decide(b)));

  function decide(b: Block): Decision {
    const field = taken.get(b.index);
    const mark = marks.get(b.index);
    if (field && !mark) {
      return { index: b.index, text: b.text, verdict: 'boilerplate', rule: `metadata-${field}`, reason: `taken as the ${field}`, field };
    }
    if (mark) return { index: b.index, text: b.text, verdict: mark.verdict, rule: mark.rule, reason: mark.reason, field };
    if (keep(b.index)) return { index: b.index, text: b.text, verdict: 'content', rule: 'pick-main-run', reason: `${quality[b.index]} block inside the main run` };
    const reason = inRun(b.index) ? `${quality[b.index]} block` : `${quality[b.index]} block outside the main run`;
    return { index: b.index, text: b.text, verdict: 'boilerplate', rule: 'pick-main-run', reason };
  }
}

/** HTML blocks name the element that holds them, so --explain can point at it. */
function withElement(block: Block, decision: Decision): Decision {
  return block.hints.length > 0 ? { ...decision, element: block.hints[0] } : decision;
}
