/**
 * What a page's address says: path words sites use for each kind of page (`/products/`,
 * `/threads/`, `/docs/`), host labels (`forum.`, `docs.`), and the path's shape: a home
 * page, a dated or long slug (one article or thread), a section index (`/blog/`).
 */
import { HOST_WORDS, PATH_CONCEPTS, PATH_WORDS, type PathConcept } from './vocabulary/markup.js';
import type { Features } from './feature-set.js';

const PATH_INDEX: ReadonlyMap<string, readonly PathConcept[]> = (() => {
  const index = new Map<string, PathConcept[]>();
  for (const c of PATH_CONCEPTS) for (const w of PATH_WORDS[c]) index.set(w, [...(index.get(w) ?? []), c]);
  return index;
})();

const HOST_INDEX: ReadonlyMap<string, PathConcept> = new Map(
  PATH_CONCEPTS.flatMap((c) => (HOST_WORDS[c] ?? []).map((w) => [w, c] as const)),
);

/** A slug of this many words names one piece of content ("how-to-choose-hiking-boots"). */
const SLUG_WORDS = 4;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function urlFeatures(url: string | null, out: Features): void {
  const parsed = url ? parse(url) : null;
  if (!parsed || !/^https?:$/.test(parsed.protocol)) return;
  out.set('url:known', 1);
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname).toLowerCase();
  } catch {
    path = parsed.pathname.toLowerCase();
  }
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.length === 0) out.set('url:home', 1);
  segments.forEach((segment, i) => {
    const word = segment.replace(/\.(?:html?|php|aspx?|jsp)$/, '');
    const last = i === segments.length - 1;
    for (const c of PATH_INDEX.get(word) ?? []) {
      out.set(`url:${c}`, 1);
      // "/blog/" alone is the blog's index; "/blog/<slug>" is one post.
      if (last) out.set(`url:${c}:last`, 1);
    }
  });
  const last = segments[segments.length - 1] ?? '';
  const slugWords = last.replace(/\.(?:html?|php|aspx?)$/, '').split(/[-_+]+/).filter((w) => /\p{L}/u.test(w));
  if (slugWords.length >= SLUG_WORDS) out.set('url:long-slug', 1);
  if (/\/(?:19|20)\d{2}\/(?:[01]?\d\/)?/.test(path)) out.set('url:dated', 1);
  if (segments.some((s) => /\d{5,}/.test(s))) out.set('url:numeric-id', 1);
  if (/\.(?:html?|php|aspx?)$/.test(last)) out.set('url:file', 1);
  if (parsed.search.length > 1) out.set('url:query', 1);
  if (segments.length >= 3) out.set('url:deep', 1);
  for (const label of parsed.hostname.toLowerCase().split('.').slice(0, -2)) {
    const c = HOST_INDEX.get(label);
    if (c) out.set(`host:${c}`, 1);
  }
}
