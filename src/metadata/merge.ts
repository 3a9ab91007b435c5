/** One set of article fields from the two metadata layers. */
import type { ArticleFields } from '../assemble/article.js';
import type { HtmlMetadata } from './html/index.js';
import type { TextMetadata } from './text/text-metadata.js';

/**
 * What the page declares (HTML metadata: JSON-LD, meta tags, <time>) beats what its text
 * shows; the text fills the gaps and alone names a source line.
 */
export function mergeFields(text: TextMetadata, page: HtmlMetadata | null): ArticleFields {
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
