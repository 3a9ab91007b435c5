/**
 * A product page that hides its description (a tab its script fills, a panel loaded later)
 * still declares it for search engines, as the `description` of its JSON-LD `Product`. When
 * the body shows too little of that description, its paragraphs follow the body; --explain
 * names the step `add-declared-description`.
 */
import type { Document } from 'domhandler';
import type { Decision } from '../types.js';
import { jsonLdNodes, typesOf } from '../metadata/html/json-ld.js';
import { textOf } from '../parse/html/page-index.js';
import { parseHtml } from '../parse/html/dom.js';
import { htmlToBlocks } from '../parse/html/html-blocks.js';
import { wordsOf } from './article.js';

export const DECLARED_DESCRIPTION_RULE = 'add-declared-description';
/** A description shorter than this is a tagline, not what the page hides. */
const MIN_WORDS = 15;
/** The body already shows the description when it holds this share of its distinct words. */
const SHOWN_SHARE = 0.6;

const lowerWords = (text: string): string[] => wordsOf(text).map((w) => w.toLowerCase());

/** The declared description's paragraphs: HTML read by the HTML front door, plain text by its lines. */
function paragraphsOf(declared: string): string[] {
  // Some sites escape the markup once more ("&lt;p&gt;..."): read it as the markup it was.
  const description = /&lt;[a-z]/i.test(declared) && !/<[a-z]/i.test(declared) ? textOf(parseHtml(declared)) : declared;
  const html = /<[a-z][^>]*>/i.test(description)
    ? description
    : description
        .split(/\r?\n+/)
        .map((line) => `<p>${line.replace(/</g, '&lt;')}</p>`)
        .join('');
  return htmlToBlocks(parseHtml(html)).blocks.map((b) => b.text);
}

/** The description of the page's first JSON-LD Product that has one, as paragraphs; [] when none. */
export function declaredDescription(doc: Document): string[] {
  try {
    for (const node of jsonLdNodes(doc)) {
      const description = node.description;
      if (typeof description !== 'string' || !typesOf(node).includes('product')) continue;
      const paragraphs = paragraphsOf(description);
      return lowerWords(paragraphs.join(' ')).length >= MIN_WORDS ? paragraphs : [];
    }
  } catch {
    // Unreadable declarations add nothing.
  }
  return [];
}

/** The paragraphs to add after the body: the declared description unless the body already shows it. */
export function missingDescription(body: string, paragraphs: readonly string[]): readonly string[] {
  if (paragraphs.length === 0) return [];
  const declared = new Set(lowerWords(paragraphs.join(' ')));
  const shown = new Set(lowerWords(body));
  let present = 0;
  for (const w of declared) if (shown.has(w)) present++;
  return present / declared.size >= SHOWN_SHARE ? [] : paragraphs;
}

/** --explain entries for the added paragraphs, numbered after the page's own blocks. */
export function declaredDecisions(paragraphs: readonly string[], firstIndex: number): Decision[] {
  return paragraphs.map((text, k) => ({
    index: firstIndex + k,
    text,
    verdict: 'content',
    rule: DECLARED_DESCRIPTION_RULE,
    reason: 'the Product description the page declares in JSON-LD, which its visible text does not show',
    element: 'script[type=application/ld+json]',
  }));
}
