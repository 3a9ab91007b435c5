/** One set of article fields from the two metadata layers. */
import type { ArticleFields } from '../assemble/article.js';
import type { HtmlMetadata } from './html/index.js';
import type { SourcedField, TextMetadata } from './text/text-metadata.js';
import { titleTerms } from './text/title.js';

/**
 * What the page declares (HTML metadata: JSON-LD, meta tags, <time>) beats what its text
 * shows; the text fills the gaps and alone names a source line.
 */
export function mergeFields(text: TextMetadata, page: HtmlMetadata | null): ArticleFields {
  return {
    title: page?.title ?? text.title,
    date: page?.date ?? text.date,
    modified: page?.modified ?? null,
    author: declaredAuthor(text, page) ?? text.author,
    description: page?.description ?? text.description,
    section: page?.section ?? text.section,
    source: text.source,
    site: page?.site ?? null,
    lang: page?.lang ?? null,
    url: page?.url ?? null,
  };
}

/**
 * The declared author, unless it is only the site's own name (a JSON-LD author that is the
 * Organization, a CMS default) and the page prints a byline: then the byline names the writer.
 */
function declaredAuthor(text: TextMetadata, page: HtmlMetadata | null): string | null {
  const author = page?.author ?? null;
  if (author && text.author && page?.site && author.toLowerCase() === page.site.toLowerCase()) return null;
  return author;
}

/** Where one output field came from, for --explain. */
export interface FieldOrigin {
  value: string;
  /** `html <source>` (a declared value: `json-ld:datePublished`, `document:h1+meta:og:title`) or `text <rule, block>`. */
  source: string;
  /** A dump's title: every scored line, best first, with the weighed facts of its score and the facts themselves. */
  candidates?: { text: string; index: number; score: number; terms: string; facts: Record<string, number> }[];
}
export type FieldOrigins = Partial<Record<'title' | 'date' | 'modified' | 'author' | 'section', FieldOrigin>>;

/** The origin of each field mergeFields chose, from the same precedence. */
export function fieldOrigins(text: TextMetadata, page: HtmlMetadata | null, blockText: (i: number) => string): FieldOrigins {
  const out: FieldOrigins = {};
  for (const field of ['title', 'date', 'modified', 'author', 'section'] as const) {
    const declared = field === 'author' ? declaredAuthor(text, page) : page?.[field];
    if (declared) {
      out[field] = { value: declared, source: `html ${page?.sources[field] ?? 'metadata'}` };
      continue;
    }
    const found = field === 'modified' ? null : text[field];
    if (found) out[field] = { value: found, source: `text ${text.sources[field as SourcedField] ?? 'metadata'}` };
  }
  if (out.title && !page?.title && text.titleCandidates.length) {
    const round = (x: number) => Math.round(x * 100) / 100;
    out.title.candidates = text.titleCandidates.map((c) => ({
      text: blockText(c.index),
      index: c.index,
      score: round(c.score),
      terms: titleTerms(c.facts).map(([name, w]) => `${name} ${w >= 0 ? '+' : ''}${round(w)}`).join(', '),
      // The facts that hold: every line carries every fact, most of them at 0.
      facts: Object.fromEntries(Object.entries(c.facts).filter(([, value]) => value !== 0)),
    }));
  }
  return out;
}
