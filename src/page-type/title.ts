/**
 * What a page calls itself: the words of its <title> and first <h1>, which name a service
 * ("Plumbing Services"), a thread ("... - Forum"), a manual page ("... documentation"), a
 * shop ("Buy ..."), an index ("Latest news") or an explainer ("How to ..."). A question for a
 * title is a thread's or an explainer's.
 */
import type { Document } from 'domhandler';
import { indexPage, textOf } from '../parse/html/page-index.js';
import { TITLE_CONCEPTS, TITLE_WORDS, type TitleConcept } from './vocabulary/text.js';
import type { Features } from './feature-set.js';

const INDEX: ReadonlyMap<string, TitleConcept> = new Map(TITLE_CONCEPTS.flatMap((c) => TITLE_WORDS[c].map((w) => [w, c] as const)));
/** Titles longer than this are not titles. */
const MAX_CHARS = 300;

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

function conceptsOf(text: string): Set<TitleConcept> {
  const found = new Set<TitleConcept>();
  const list = words(text.slice(0, MAX_CHARS));
  for (let i = 0; i < list.length; i++) {
    const one = INDEX.get(list[i]);
    if (one) found.add(one);
    const two = i + 1 < list.length ? INDEX.get(`${list[i]} ${list[i + 1]}`) : undefined;
    if (two) found.add(two);
  }
  return found;
}

export function titleFeatures(doc: Document, out: Features): void {
  const index = indexPage(doc);
  const title = index.titles[0] ? textOf(index.titles[0]).trim() : '';
  const h1 = index.h1s[0] ? textOf(index.h1s[0]).trim() : '';
  for (const c of conceptsOf(title)) out.set(`title:${c}`, 1);
  for (const c of conceptsOf(h1)) out.set(`h1:${c}`, 1);
  if (/\?\s*$/.test(h1) || /\?\s*(?:[-|–—:]|$)/.test(title)) out.set('title:question', 1);
  if (title && h1 && title.toLowerCase().startsWith(h1.toLowerCase().slice(0, 40))) out.set('title:is-h1', 1);
}
