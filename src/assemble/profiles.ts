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
  /**
   * Rules that do not apply to this kind in HTML only: there its menus are caught by their
   * containers, while in a text dump the text rules are all there is.
   */
  readonly keepsInHtml?: ReadonlySet<string>;
  /** Class and id words such as comment or reply mark this kind's content, not boilerplate. */
  readonly commentsAreContent: boolean;
  /** `prose-run`: the densest run of prose (articles); `main-region`: the element holding the main content. */
  readonly select: 'prose-run' | 'main-region';
  /**
   * Text dumps: what each kept line costs in the main range, in words. Menus of one-word lines
   * never pay it back; a listing's short item lines must, so listings charge less.
   */
  readonly lineToll: number;
}

const ARTICLE: ExtractionProfile = { keeps: new Set(), commentsAreContent: false, select: 'prose-run', lineToll: 3 };
const REGION = { select: 'main-region', lineToll: 3 } as const;
const ITEMS = { select: 'main-region', lineToll: 1 } as const;

/** Items of a listing are link-heavy cards, headline lists and teaser-like excerpts by nature. */
const ITEM_RULES = ['drop-link-lists', 'drop-teaser-cards', 'drop-headline-lists', 'drop-recommended-sections'];
/**
 * A product or service page lists its features and services as short unpunctuated lines and
 * card grids, which read like a menu or a list of headlines in an article.
 */
const SECTION_RULES = ['drop-headline-lists', 'drop-menu-runs'];
/** Documentation links its own sections and neighbours from inside the text: index lists are content. */
const REFERENCE_RULES = [...SECTION_RULES, 'drop-link-lists'];

const PROFILES: Readonly<Record<PageType, ExtractionProfile>> = {
  article: ARTICLE,
  documentation: { keeps: new Set(), keepsInHtml: new Set(REFERENCE_RULES), commentsAreContent: false, ...REGION },
  service: { keeps: new Set(), keepsInHtml: new Set(REFERENCE_RULES), commentsAreContent: false, ...REGION },
  product: { keeps: new Set(), keepsInHtml: new Set(SECTION_RULES), commentsAreContent: false, ...REGION },
  forum: { keeps: new Set(['drop-teaser-cards', 'drop-comment-section']), commentsAreContent: true, ...REGION },
  collection: { keeps: new Set(ITEM_RULES), commentsAreContent: false, ...ITEMS },
  listing: { keeps: new Set(ITEM_RULES), commentsAreContent: false, ...ITEMS },
};

export function profileFor(type: PageType | null): ExtractionProfile {
  return type ? PROFILES[type] : ARTICLE;
}
