/**
 * The one place where the stages run, in order, and where the trace of every decision is
 * collected:
 *   decode -> sniff -> parse (blocks) -> page type -> prune rules (a user's rules first)
 *   -> quality -> main run -> region rules -> metadata -> body.
 * Pure: no clock, no console, no globals (user regexes run in a vm context, under a timeout).
 */
import { PAGE_TYPES, type Article, type Block, type ExtractOptions, type ExtractResult, type InputType, type PageType } from './types.js';
import type { PageTypeDecision } from './page-type/types.js';
import type { Document } from 'domhandler';
import { featuresOf } from './rules/features.js';
import { applyStage, type Marked } from './rules/apply.js';
import { decodeBytes, DEFAULT_MAX_BYTES, tooLarge } from './input/decode.js';
import { sniffInputType } from './input/sniff.js';
import { textToBlocks } from './parse/text/text-blocks.js';
import { htmlToBlocks } from './parse/html/html-blocks.js';
import { parsePage } from './parse/html/dom.js';
import { MAX_NESTING, MAX_PARSE_DEPTH, truncationWarning } from './parse/limits.js';
import { pickArticleOrRegion } from './assemble/pick-article.js';
import { pickMainRange, pickMainRegion } from './assemble/pick-main-region.js';
import { profileFor } from './assemble/profiles.js';
import { articleAmidItems, docsAsProse, kindBeneath, runnerUpOf, threadBeneath, THIN_ARTICLE_WORDS, THIN_TEXT_ARTICLE_WORDS } from './assemble/thread-beneath.js';
import { declaredDecisions, declaredDescription, missingDescription } from './assemble/declared-description.js';
import { buildArticle, countWords } from './assemble/article.js';
import { bodyStructure, paragraphBlock } from './assemble/structure.js';
import { traceOf } from './assemble/trace.js';
import { textMetadata } from './metadata/text/text-metadata.js';
import { htmlMetadata } from './metadata/html/index.js';
import { fieldOrigins, mergeFields } from './metadata/merge.js';
import { preferShownDate } from './metadata/shown-date.js';
import { hostOf, pageRules, rulesForHost, selectedElements, type RuleTrouble } from './rules/user/page-rules.js';
import { startBudget, type Budget } from './rules/user/guard.js';
import { classifyPage } from './page-type/index.js';
import { withCategoryName } from './metadata/category-name.js';
import { withoutGlyphLines } from './assemble/glyph-lines.js';
import { markThreadChrome, threadSubject } from './assemble/thread-head.js';
import { pageReadsDayFirst } from './metadata/date/date-order.js';
import type { DateOptions, FoundDate } from './metadata/date/parse-date.js';
import { guessLanguage } from './metadata/text/language.js';
import { packedMap } from './packed.js';

/**
 * A page's date options, its day-first reading worked out on first use. A class, not an
 * object literal with a getter: V8 keeps a literal's getter in the object's hidden class,
 * which outlives the page, so the getter's closure (and through it the page's blocks and
 * DOM) lived through every young-generation collection until a full one. Each page's data
 * was copied and promoted: of 53 MB allocated between collections (64 MB nursery), 12.7 MB
 * survived; with this class, 1.2 MB of 65.
 */
class PageDates implements DateOptions {
  readonly memo = new Map<string, readonly FoundDate[]>();
  private known: boolean | undefined;

  constructor(
    readonly now: Date | undefined,
    private readonly readDayFirst: () => boolean,
  ) {}

  get dayFirst(): boolean {
    return (this.known ??= this.readDayFirst());
  }
}

function resolveNow(now: ExtractOptions['now']): Date | undefined {
  if (now === undefined) return undefined;
  const date = now instanceof Date ? now : new Date(now);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** How often the page prints each text, in any case (by its lower-case text), and each block's own count, by index. */
function countRepeats(lowerTexts: readonly string[]): { repeats: Map<string, number>; copies: number[] } {
  const counts = new Map<string, number>();
  for (const key of lowerTexts) counts.set(key, (counts.get(key) ?? 0) + 1);
  return { repeats: counts, copies: packedMap(lowerTexts, (key) => counts.get(key)!) };
}

/** Enough of a page's text to tell its language, whatever the page's size. */
const LANGUAGE_SAMPLE = 20_000;

function sampleText(blocks: readonly Block[]): string {
  let text = '';
  for (const b of blocks) {
    if (text.length >= LANGUAGE_SAMPLE) break;
    text += `${b.text}\n`;
  }
  return text;
}

/** Rules that drop a line for the company it keeps (a run of short lines), not for what it says. */
const LIST_RULES: ReadonlySet<string> = new Set(['drop-menu-runs', 'drop-headline-lists']);
/** Rules that drop a line because the page prints it again elsewhere: a headline echoed in a breadcrumb is one. */
const REPEAT_RULES: ReadonlySet<string> = new Set(['drop-repeated-lines', 'drop-repeated-post-furniture']);

/** What the page declares about itself (HTML metadata), for a record without an article. */
function declaredFields(page: ReturnType<typeof htmlMetadata> | null): Partial<Article> {
  if (!page) return {};
  const { title, date, modified, author, description, section, site, lang, url } = page;
  return { title, date, modified, author, description, section, site, lang, url };
}

/** The caller named the type: it decides, and --explain says so. */
function forcedType(type: PageType): PageTypeDecision {
  const scores = Object.fromEntries(PAGE_TYPES.map((t) => [t, t === type ? 1 : 0])) as Record<PageType, number>;
  return { type, scores, signals: [{ name: 'given by the caller', type, weight: 1 }] };
}

/** A page given as a string is held to the same limit as bytes (its UTF-8 length, counted only when it may matter). */
function withinLimit(text: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (text.length * 3 > maxBytes && Buffer.byteLength(text, 'utf8') > maxBytes) throw tooLarge(maxBytes);
  return text;
}

/** What the parse left out of a page nested deeper than any real one, said once each. */
function nestingWarnings(cut: number, flattened: number): string[] {
  const out: string[] = [];
  if (cut > 0) out.push(`elements nested deeper than ${MAX_PARSE_DEPTH}: ${cut} tags ignored (their text kept)`);
  if (flattened > 0) out.push(`elements nested deeper than ${MAX_NESTING}: read as plain text`);
  return out;
}

export function decideInputType(text: string, requested: ExtractOptions['inputType']): InputType {
  return requested && requested !== 'auto' ? requested : sniffInputType(text);
}

/** The budget of a page without user rules: never asked. */
const NO_RULES_BUDGET: Budget = { left: () => Infinity };

/**
 * What extract reads: a page as text or bytes, or one the caller has parsed already (a
 * domhandler Document, or a cheerio `$`, whose root is one: Crawlee's CheerioCrawler hands its
 * users one), read as it is, without parsing it again.
 */
export type PageInput = string | Uint8Array | ArrayBuffer | Document | CheerioLike;

/** What pith needs of a cheerio `$`: its root, a domhandler Document. */
export interface CheerioLike {
  root(): ArrayLike<unknown>;
}

/**
 * A caller's mistake (a number, null, options that are not an object) is a TypeError that says
 * what extract takes, not one thrown from deep inside ("raw.subarray is not a function").
 */
function checkedInput(input: unknown, options: unknown): string | Uint8Array | Document {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`extract(input, options): options must be an object, not ${kindOf(options)}`);
  }
  if (typeof input === 'string' || input instanceof Uint8Array) return input;
  // fetch's arrayBuffer() hands one over: read it in place.
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (isDocument(input)) return input;
  if (typeof input === 'function' && typeof (input as Partial<CheerioLike>).root === 'function') {
    const root = (input as unknown as CheerioLike).root()[0];
    if (isDocument(root)) return root;
  }
  throw new TypeError(`extract(input): input must be a string, a Uint8Array (a Buffer is one), an ArrayBuffer, a domhandler Document or a cheerio $, not ${kindOf(input)}`);
}

/** A domhandler Document (htmlparser2's, or cheerio's from either of its parsers). */
function isDocument(value: unknown): value is Document {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'root' && Array.isArray((value as { children?: unknown }).children);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

export function extract(given: PageInput, options: ExtractOptions = {}): ExtractResult {
  const input = checkedInput(given, options);
  // A parsed page is HTML whatever --input-type says: there is no text to read as a dump.
  const parsedAlready = isDocument(input) ? { doc: input, nestingCut: 0, truncated: false } : null;
  const text = parsedAlready ? '' : typeof input === 'string' ? withinLimit(input, options.maxBytes) : decodeBytes(input as Uint8Array, { charset: options.charset, maxBytes: options.maxBytes });
  const inputType = parsedAlready ? 'html' : decideInputType(text, options.inputType);
  const now = resolveNow(options.now);
  const parsedPage = parsedAlready ?? (inputType === 'html' ? parsePage(text) : null);
  const doc = parsedPage?.doc ?? null;
  const page = doc ? htmlMetadata(doc, { now }) : null;
  const user = options.userRules;
  // A site-scoped user rule needs the page's host: the caller's url, else the page's own.
  const activeUserRules = user ? rulesForHost(user, hostOf(options.url ?? page?.url)) : [];
  // One time budget for all of the page's user rules, selectors and patterns together (the
  // clock is read only when there are some: its first read loads Node's performance timing).
  const ruleBudget = activeUserRules.length > 0 ? startBudget() : NO_RULES_BUDGET;
  const trouble: RuleTrouble = { warnings: [], timedOut: [] };
  const selected = doc && user?.select && activeUserRules.length > 0 ? selectedElements(user, activeUserRules, doc, ruleBudget, trouble) : undefined;
  const parsed = doc ? htmlToBlocks(doc, selected, { links: options.links, images: options.images }) : textToBlocks(text);
  const { blocks } = parsed;
  const regions = 'regions' in parsed ? parsed.regions : [];
  // What the size caps cut from a page longer or deeper than any real one (see parse/limits.ts).
  const limits = nestingWarnings(parsedPage?.nestingCut ?? 0, 'flattened' in parsed ? parsed.flattened : 0);
  if (parsed.truncated || parsedPage?.truncated) limits.push(truncationWarning());
  if (blocks.length === 0) {
    // A page that renders its text with scripts still declares its title, date and author.
    const fields = page ? declaredFields(page) : undefined;
    const said = limits.length > 0 ? { warnings: limits } : {};
    return { ok: false, reason: 'empty', message: 'the input has no text', inputType, trace: options.explain ? [] : undefined, ...(fields ? { fields } : {}), ...said };
  }
  // Each block's text in lower case, made once: the features' labels, the repeats and the rules read it.
  const lowerTexts = packedMap(blocks, (b) => b.text.toLowerCase());
  const features = featuresOf(blocks, lowerTexts);
  let kind = options.pageType ? forcedType(options.pageType) : classifyPage({ doc, blocks, regions, features, lowerTexts, url: options.url ?? page?.url ?? null, named: options.explain === true });
  /** `--only` left this kind out: a record without an article that still says what the page is. */
  const otherType = (): ExtractResult => {
    const message = `${kind.type ? `a ${kind.type}` : 'an unclassified'} page, not ${options.only!.join(' or ')}`;
    return { ok: false, reason: 'other-type', message, inputType, trace: options.explain ? [] : undefined, pageType: options.explain ? kind : undefined, fields: { ...declaredFields(page), sourceUrl: options.url ?? null, pageType: kind.type } };
  };
  const wanted = () => !options.only || (kind.type !== null && options.only.includes(kind.type));
  if (!wanted()) return otherType();
  const { repeats, copies } = countRepeats(lowerTexts);
  // `03/06/2025` means 3 June unless the page is in US English: its declared or written
  // language decides, and on an English page the dates it prints; read only when a page
  // prints such a date (most never do).
  const dates = new PageDates(now, () => pageReadsDayFirst(page?.lang ?? guessLanguage(sampleText(blocks)), () => blocks.map((b) => b.text)));
  const base = { blocks, regions, features, repeats, lowerTexts, inputType, pageType: kind.type, dates, userLabels: user?.labels };
  const userPass = activeUserRules.length > 0 ? pageRules(activeUserRules, blocks, ruleBudget, trouble) : undefined;
  const allWarnings = [...limits, ...trouble.warnings];
  const timeouts = trouble.timedOut.length > 0 ? { userRuleTimeouts: trouble.timedOut } : {};
  const warnings = allWarnings.length ? allWarnings : undefined;

  /** One reading of the page as a kind: its rules, its main content, its fields and body. */
  const readAs = (type: PageType | null) => {
    const typed = { ...base, pageType: type };
    const marks = new Map<number, Marked>();
    applyStage('prune', typed, marks, userPass);
    const profile = profileFor(type);
    const { quality, run, picker } =
      profile.select === 'prose-run'
        ? pickArticleOrRegion(blocks, regions, features, marks, profile.lineToll)
        : { ...(regions.length > 0 ? pickMainRegion(blocks, regions, features, marks) : pickMainRange(blocks, features, marks, profile.lineToll, profile.freeDrops)), picker: 'pick-main-region' as const };
    if (run) applyStage('region', { ...typed, run }, marks);
    // A block a user rule keeps is never 'bad'; it is in the body when it is inside the article.
    const regionQuality = packedMap(quality, (q, i) => {
      const verdict = marks.get(i)?.verdict;
      return verdict === 'boilerplate' ? 'bad' : verdict === 'content' && q === 'bad' ? 'near' : q;
    });

    const fieldMarks = new Map([...marks].filter(([, m]) => m.field !== undefined));
    // Only a dump's title is picked among lines some rule dropped for the company they keep.
    const droppedBy = (rules: ReadonlySet<string>) => (doc ? undefined : new Set([...marks].filter(([, m]) => m.verdict === 'boilerplate' && rules.has(m.rule)).map(([i]) => i)));
    const listed = droppedBy(LIST_RULES);
    const repeated = droppedBy(REPEAT_RULES);
    const meta = textMetadata({ pageType: type, blocks, features, quality: regionQuality, repeats, copies, lowerTexts, fieldMarks, run, dates, knownTitle: page?.title, html: doc !== null, listed, repeated, explain: options.explain });
    const inRun = (i: number) => run !== null && i >= run.start && i <= run.end;
    // A field's lines leave the body, but those the kind of page shows as content
    // (profile.headInBody: a product's name, a service page's heading and lead).
    const takenFromBody = (i: number) => {
      const field = meta.taken.get(i);
      return field !== undefined && !profile.headInBody.has(field);
    };
    // A dump's thread starts at its subject: what stands above it is the site's chrome.
    const subject = threadSubject(type, doc !== null, meta);
    if (subject >= 0 && run) markThreadChrome(marks, run.start, subject);
    const keep = (i: number) => inRun(i) && i > subject && regionQuality[i] !== 'bad' && !takenFromBody(i);
    const kept = blocks.filter((b) => keep(b.index));
    const body = kept.map((b) => b.text).join('\n\n');
    const explain = () => traceOf(blocks, marks, new Map([...meta.taken].filter(([i]) => takenFromBody(i))), keep, inRun, regionQuality, picker);
    return { type, meta, body, kept, explain };
  };

  let reading = readAs(kind.type);
  if (!options.pageType) {
    // A thin reading gives way to the thread's, or (for an article) to the runner-up kind's.
    const runnerUp = runnerUpOf(kind.scores);
    // No other reading keeps more than the whole page: a short one is not read again in vain.
    let pageWords = 0;
    for (const f of features) pageWords += f.size;
    const beneath =
      (reading.type !== 'forum' ? threadBeneath(reading.body, () => readAs('forum'), reading.meta.title, pageWords) : null) ??
      (reading.type === 'article' || reading.type === null ? kindBeneath(reading.body, runnerUp, () => readAs(runnerUp), doc ? THIN_ARTICLE_WORDS : THIN_TEXT_ARTICLE_WORDS, reading.meta.title, pageWords) : null) ??
      (reading.type === 'listing' ? articleAmidItems(reading.body, () => readAs('article'), pageWords) : null) ??
      (reading.type === 'documentation' ? docsAsProse(reading.body, () => readAs('article'), pageWords) : null);
    if (beneath) {
      reading = beneath.reading;
      kind = { ...kind, type: beneath.signal.type, signals: [beneath.signal, ...kind.signals] };
    }
  }
  // The thread or runner-up reading can name the page another type after all.
  if (!wanted()) return otherType();
  const { meta } = reading;
  // Lines of symbols alone (drawn rules, form widgets) leave the body once the reading is chosen.
  const cleaned = withoutGlyphLines(reading);
  // A product that hides its description in a tab still declares it (JSON-LD).
  const added = doc && kind.type === 'product' ? missingDescription(cleaned.body, declaredDescription(doc)) : [];
  const body = [cleaned.body, ...added].filter((part) => part !== '').join('\n\n');
  const trace = options.explain ? [...cleaned.explain(), ...declaredDecisions(added, blocks.length)] : undefined;
  const pageType = options.explain ? kind : undefined;

  // A declared date the page never prints, beside a different header date, is a template's.
  const shown = page && preferShownDate(meta, page, blocks, dates) ? { ...page, date: null } : page;
  // A list of items is named by its heading, not by the title written for search engines.
  const declared = withCategoryName(shown, kind.type);
  const fields = mergeFields(meta, declared);
  fields.url ??= options.url ?? null;
  const origins = options.explain ? fieldOrigins(meta, declared, (i) => blocks[i].text) : undefined;
  if (body === '') {
    return { ok: false, reason: 'no-content', message: 'no article text found', inputType, trace, pageType, origins, fields: { ...fields, sourceUrl: options.url ?? null, pageType: kind.type }, warnings, ...timeouts };
  }
  // The body's words are its blocks' words (features.words counts what countWords does).
  let wordCount = 0;
  for (const b of cleaned.kept) wordCount += features[b.index].words;
  for (const part of added) wordCount += countWords(part);
  const article = buildArticle(options.inputName ?? null, fields, body, kind.type, options.url ?? null, wordCount);
  // Pushed, not spread into a new array: the spread's fast path checks its arrays' shapes, and
  // an empty `added` has another than a full one (V8 threw away extract's optimised code for it).
  const bodyBlocks = bodyStructure(cleaned.kept, article.url);
  for (const part of added) bodyBlocks.push(paragraphBlock(part));
  return { ok: true, article, bodyBlocks, inputType, trace, pageType, origins, warnings, ...timeouts };
}
