/**
 * How each kind of page keeps its main content. An article is the densest run of prose and
 * drops everything around it; a forum thread is its posts (comment and reply classes are its
 * content), a listing is its items (link-heavy cards are its content), a product or service
 * page is every section of its main column.
 */
import type { PageType } from '../types.js';

export interface ExtractionProfile {
  /** Prune rules that do not apply to this kind: what an article drops, it keeps. */
  readonly keeps: ReadonlySet<string>;
  /** Class and id words such as comment or reply mark this kind's content, not boilerplate. */
  readonly commentsAreContent: boolean;
  /** `prose-run`: the densest run of prose (articles); `main-region`: the element holding the main content. */
  readonly select: 'prose-run' | 'main-region';
}

const ARTICLE: ExtractionProfile = { keeps: new Set(), commentsAreContent: false, select: 'prose-run' };

/** Items of a listing are link-heavy cards, headline lists and teaser-like excerpts by nature. */
const ITEM_RULES = ['drop-link-lists', 'drop-teaser-cards', 'drop-headline-lists'];

const PROFILES: Readonly<Record<PageType, ExtractionProfile>> = {
  article: ARTICLE,
  documentation: { keeps: new Set(), commentsAreContent: false, select: 'main-region' },
  service: { keeps: new Set(), commentsAreContent: false, select: 'main-region' },
  product: { keeps: new Set(), commentsAreContent: false, select: 'main-region' },
  forum: { keeps: new Set(['drop-teaser-cards', 'drop-comment-section']), commentsAreContent: true, select: 'main-region' },
  collection: { keeps: new Set(ITEM_RULES), commentsAreContent: false, select: 'main-region' },
  listing: { keeps: new Set(ITEM_RULES), commentsAreContent: false, select: 'main-region' },
};

export function profileFor(type: PageType | null): ExtractionProfile {
  return type ? PROFILES[type] : ARTICLE;
}
