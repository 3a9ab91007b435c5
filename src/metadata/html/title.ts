/**
 * The page title without the site name around it. Pages write "Title | Site",
 * "Title - Site", "Site: Title", "Title — Site", "Title · Site"; the site part is removed
 * only on evidence, never because it is short:
 * - it matches a known site name (og:site_name, the JSON-LD publisher, ...) or the host;
 * - it is the author's name ("Title | Jane Doe", a blog's habit);
 * - the rest matches the page's h1;
 * - the title repeats itself across a separator ("A - A - Site").
 * Then a metadata title (JSON-LD headline, og:title, ...) that agrees with that `<title>`
 * core is preferred, as it is usually typeset better; the core wins when it agrees with the
 * h1 and the metadata does not (a site-wide og:title).
 */
import { collapse } from './types.js';

export interface TitleEvidence {
  /** The `<title>` text. */
  documentTitle: string | null;
  /** Titles from metadata, most reliable first, with their source. */
  metaTitles: readonly { value: string; source: string }[];
  /** The page's h1 texts. */
  h1s: readonly string[];
  /** Site names the page gives (og:site_name, publisher, application-name, ...). */
  siteNames: readonly string[];
  /** Host of the page URL, if known. */
  host: string | null;
  /** Author names the page gives: "Title | Author" is decorated too. */
  authors?: readonly string[];
}

export interface PickedTitle {
  value: string;
  source: string;
}

/**
 * Separators between a title and a site name. A colon only ends a prefix ("Site: Title").
 * Guillemets count only with spaces around them: unspaced they are quotes («Vape Wave»).
 */
const SEPARATOR = /\s+(?:[|\-–—·•»«~/\\:]{1,3}|::)\s+|\s*[|·•_✩★]\s*|:\s+/gu;
/** Two titles agree when their token F1 reaches this, or one contains the other. */
const AGREE_F1 = 0.8;
/** A contained title agrees only if it is at least this long (shorter ones match by chance). */
const MIN_CONTAINED = 20;

/** Lower-case letters and digits only: "Harbour Gazette" and "harbourgazette.com" compare as "harbourgazette". */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function tokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (!common) return 0;
  const p = common / tb.length;
  const r = common / ta.length;
  return (2 * p * r) / (p + r);
}

/** The same headline, give or take punctuation, a reworded word or a kept suffix. */
export function titlesAgree(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (!fa || !fb) return false;
  if (fa === fb) return true;
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  if (long.includes(short) && (short.length >= MIN_CONTAINED || short.length * 2 >= long.length)) return true;
  return tokenF1(a, b) >= AGREE_F1;
}

/** A folded title part names the folded site: equal, or one holds the other and is at most twice as long. */
function namesSite(fp: string, fs: string): boolean {
  if (fp.length < 2 || fs.length < 2) return false;
  if (fp === fs) return true;
  const [short, long] = fp.length <= fs.length ? [fp, fs] : [fs, fp];
  return short.length >= 4 && long.includes(short) && short.length * 2 >= long.length;
}

/** A short title part that begins with the host's name: "BBC News" on bbc.co.uk, "TMZ.com" on tmz.com. */
function namesHost(part: string, fp: string, label: string): boolean {
  if (label.length < 3 || part.split(/\s+/).length > 4) return false;
  return fp.startsWith(label) || namesSite(fp, label);
}

/** The host's name without `www.` and the public suffix: "www.harbourgazette.com" -> "harbourgazette". */
function hostLabel(host: string | null): string | null {
  if (!host) return null;
  const labels = host.toLowerCase().replace(/^www\d?\./, '').split('.');
  if (labels.length < 2) return null;
  // "bbc.co.uk" -> "bbc": drop a second-level suffix when the last label is a country code.
  const drop = labels.length >= 3 && labels[labels.length - 1].length === 2 && labels[labels.length - 2].length <= 3 ? 2 : 1;
  const label = labels[labels.length - 1 - drop];
  return label && label !== 'fakehost' ? label : null;
}

interface Split {
  /** Text before the separator. */
  head: string;
  /** Text after it. */
  tail: string;
  /** The separator is a colon, which may only end a prefix. */
  colon: boolean;
}

/** Every way to cut the title at one separator. */
function splits(title: string): Split[] {
  const out: Split[] = [];
  for (const m of title.matchAll(SEPARATOR)) {
    const head = title.slice(0, m.index).trim();
    const tail = title.slice((m.index ?? 0) + m[0].length).trim();
    if (head && tail) out.push({ head, tail, colon: m[0].trim() === ':' });
  }
  return out;
}

type StripEvidence = Pick<TitleEvidence, 'h1s' | 'siteNames' | 'host' | 'authors'>;

/** The evidence folded once, since every title candidate is checked against all of it. */
interface Folded {
  sites: string[];
  h1s: Set<string>;
  authors: Set<string>;
  host: string | null;
}

function foldEvidence(e: StripEvidence): Folded {
  const nonEmpty = (xs: readonly string[]) => xs.map(fold).filter(Boolean);
  return { sites: nonEmpty(e.siteNames), h1s: new Set(nonEmpty(e.h1s)), authors: new Set(nonEmpty(e.authors ?? [])), host: hostLabel(e.host) };
}

/** The title with the site part at its end or start removed, when there is evidence for it. */
export function stripSiteName(raw: string, evidence: StripEvidence): string {
  return stripFolded(raw, foldEvidence(evidence));
}

function stripFolded(raw: string, ev: Folded): string {
  const title = collapse(raw);
  const cuts = splits(title);
  if (!cuts.length) return title;
  const isSite = (part: string) => {
    const fp = fold(part);
    return ev.sites.some((s) => namesSite(fp, s)) || (ev.host !== null && namesHost(part, fp, ev.host));
  };

  // An h1 that is the whole of one side: the other side is decoration. The h1 must be the
  // longer side (a logo in an h1 names the site, not the article), and the only side an h1
  // confirms ("Chapter: Section" with both sides as h1s is one title).
  if (ev.h1s.size) {
    if (ev.h1s.has(fold(title))) return title;
    for (const c of cuts) {
      const head = !c.colon && ev.h1s.has(fold(c.head));
      const tail = ev.h1s.has(fold(c.tail));
      if (head === tail) continue;
      const [kept, other] = head ? [c.head, c.tail] : [c.tail, c.head];
      if (kept.length >= other.length) return kept;
    }
  }
  // "A - A - Site": the title repeated; the first copy is the title.
  for (const c of cuts) {
    if (c.colon || c.tail.length <= c.head.length || !c.tail.startsWith(c.head)) continue;
    if (/^\s*[|\-–—·•»~/\\:_]/u.test(c.tail.slice(c.head.length))) return c.head;
  }
  // A site name (or the author) after the last separator, or a site name before the first.
  const last = cuts[cuts.length - 1];
  if (!last.colon && (isSite(last.tail) || ev.authors.has(fold(last.tail)))) return last.head;
  const first = cuts[0];
  if (isSite(first.head)) return first.tail;
  return title;
}

/**
 * Marks documentation generators print after a heading as its permalink ("Quickstart¶").
 * A "#" counts only after a space: "C#" is a word.
 */
const ANCHOR_MARK = /(?:\s*[¶§🔗]|\s+#)+$/u;

/** An h1 as its reader sees it: whitespace collapsed, no permalink mark. */
function headingText(h1: string): string {
  return collapse(h1).replace(ANCHOR_MARK, '').trim();
}

/** Upper-case throughout (a styled h1, "WEEKEND CODING AGENT"), with letters that have case. */
function isShouted(text: string): boolean {
  return text !== text.toLowerCase() && text === text.toUpperCase();
}

/**
 * Separators between a headline and its frame. Stricter than SEPARATOR, which only cuts on
 * evidence: no colon ("Tides: why they rise" is one headline), and a dash or a dot only with
 * spaces around it ("ngx_http_rewrite_module", "Wi-Fi").
 */
const FRAME_SEPARATOR = /\s+(?:[|\-–—·•»~/\\]{1,2}|::)\s+|\s*\|\s*/gu;

/** Fewer words than this before the first separator is a label ("News | ..."), not a headline. */
const MIN_HEAD_WORDS = 2;

/**
 * A declared title's headline part: the text before its first separator, when that is a
 * phrase of its own. Titles put the headline first and then what frames it: "Headline |
 * Site", "Headline - Section - Site", "Headline | Strapline | Site".
 */
function headlinePart(title: string): string {
  const head = firstPart(title);
  return head !== null && head.split(/\s+/).length >= MIN_HEAD_WORDS ? head : title;
}

/** The text before a title's first frame separator, or null when it has none. */
function firstPart(title: string): string | null {
  const first = title.matchAll(FRAME_SEPARATOR).next();
  return first.done ? null : title.slice(0, first.value.index).trim();
}

/** The folded heading is the declared title's first part, before a separator ("Quickstart — Requests 2.3 documentation"). */
function leadsTitle(fh: string, title: string): boolean {
  const head = firstPart(title);
  return head !== null && fold(head) === fh;
}

/**
 * The visible headline: an h1 that a declared title repeats, whole or with decoration beside
 * it (a site name, a year, a strapline). The h1 must be at least as long as the decoration,
 * or it is the site's logo; a shouted h1 takes the declared title's case.
 */
function confirmedHeadline(h1s: readonly string[], declared: readonly PickedTitle[], ev: Folded): PickedTitle | null {
  for (const raw of h1s) {
    const heading = headingText(raw);
    const fh = fold(heading);
    if (fh.length < 4 || ev.sites.some((s) => namesSite(fh, s))) continue;
    for (const d of declared) {
      const fd = fold(d.value);
      const covers = fd === fh || ((fd.startsWith(fh) || fd.endsWith(fh)) && fh.length * 2 >= fd.length) || leadsTitle(fh, d.value);
      if (!covers) continue;
      const cased = isShouted(heading) ? [d.value, ...d.value.split(SEPARATOR)].find((p) => fold(p) === fh)?.trim() : undefined;
      return { value: cased ?? heading, source: `document:h1+${d.source}` };
    }
  }
  return null;
}

/**
 * The page title, or null when the page gives none. First the visible headline: an h1 that a
 * declared title (`<title>`, og:title, JSON-LD headline, ...) repeats. Without one: a
 * metadata title that agrees with the `<title>` core or an h1; the core, when an h1 confirms
 * it; the first metadata title; the core; a lone h1. A declared title then keeps only its
 * headline part ("Headline | Strapline" -> "Headline").
 */
export function pickTitle(evidence: TitleEvidence): PickedTitle | null {
  const ev = foldEvidence(evidence);
  const stripped = new Map<string, string>(); // sources often repeat one title (og:, twitter:, JSON-LD)
  const strip = (t: string) => {
    let s = stripped.get(t);
    if (s === undefined) stripped.set(t, (s = stripFolded(t, ev)));
    return s;
  };
  const documentTitle = evidence.documentTitle ? collapse(evidence.documentTitle) : '';
  const core = documentTitle ? strip(documentTitle) : '';
  // Declared titles (og:title, JSON-LD headline) are taken as the publisher wrote them; only
  // the <title> element, which browsers show in tabs, carries the site name by convention.
  const metas = evidence.metaTitles
    .map((m) => ({ value: m.value.trim(), source: m.source }))
    .filter((m) => m.value && !ev.sites.includes(fold(m.value)));
  const declared = documentTitle ? [...metas, { value: documentTitle, source: 'document:title' }] : metas;
  const seen = confirmedHeadline(evidence.h1s, declared, ev);
  if (seen) return seen;
  const headline = (t: PickedTitle): PickedTitle => ({ value: headlinePart(t.value), source: t.source });
  const confirmers = [core, ...evidence.h1s].filter(Boolean);
  const agreeing = metas.find((m) => confirmers.some((c) => titlesAgree(m.value, c)));
  if (agreeing) return headline(agreeing);
  if (core && evidence.h1s.some((h) => titlesAgree(h, core))) return headline({ value: core, source: 'document:title' });
  if (metas.length) return headline(metas[0]);
  if (core) return headline({ value: core, source: 'document:title' });
  if (evidence.h1s.length === 1) return { value: headingText(evidence.h1s[0]), source: 'document:h1' };
  return null;
}
