/**
 * How each kind of page keeps its main content. An article is the densest run of prose and
 * drops everything around it; a forum thread is its posts (comment and reply classes are its
 * content), a listing is its items (link-heavy cards are its content), a product or service
 * page is every section of its main column.
 */
import type { MetadataField, PageType } from '../types.js';
import { READERS_WORDS, type ContainerOptions } from '../rules/html/containers.js';

export interface ExtractionProfile {
  /** Prune rules that do not apply to this kind: what an article drops, it keeps. */
  readonly keeps: ReadonlySet<string>;
  /**
   * Rules that do not apply to this kind in HTML only: there its menus are caught by their
   * containers, while in a text dump the text rules are all there is.
   */
  readonly keepsInHtml?: ReadonlySet<string>;
  /** How this kind reads class and id words (a forum's comments are its content, a product's reviews are not). */
  readonly containers: ContainerOptions;
  /** `prose-run`: the densest run of prose (articles); `main-region`: the element holding the main content. */
  readonly select: 'prose-run' | 'main-region';
  /**
   * Text dumps: what each kept line costs in the main range, in words. Menus of one-word lines
   * never pay it back; a listing's short item lines must, so listings charge less.
   */
  readonly lineToll: number;
  /**
   * Fields whose lines stay in the body although a field took them: a product's name and a
   * service page's heading and lead are what the page shows; an article's headline and
   * standfirst, and a thread's subject, are fields only.
   */
  readonly headInBody: ReadonlySet<MetadataField>;
  /**
   * Text dumps: rules whose dropped lines part nothing in the main range. The comments under
   * a Q&A thread's answers are the thread's, only not its content: they must not cut it in two.
   */
  readonly freeDrops?: ReadonlySet<string>;
}

const HEAD: ReadonlySet<MetadataField> = new Set(['title', 'description']);
const ARTICLE: ExtractionProfile = { keeps: new Set(), containers: { key: 'article' }, select: 'prose-run', lineToll: 3, headInBody: new Set() };
const REGION = { select: 'main-region', lineToll: 3, headInBody: HEAD } as const;
const ITEMS = { select: 'main-region', lineToll: 1, headInBody: HEAD } as const;

/** Items of a listing are link-heavy cards, headline lists, teaser-like excerpts and dated lines by nature. */
const ITEM_RULES = ['drop-link-lists', 'drop-teaser-cards', 'drop-headline-lists', 'drop-recommended-sections', 'drop-datelines'];
/**
 * A product or service page lists its features and services as short unpunctuated lines and
 * card grids, which read like a menu or a list of headlines in an article.
 */
const SECTION_RULES = ['drop-headline-lists', 'drop-menu-runs'];
/** Documentation links its own sections and neighbours from inside the text: index lists are content. */
const REFERENCE_RULES = [...SECTION_RULES, 'drop-link-lists'];

/** A forum's posts sit in comment and reply containers. */
const THREAD: ContainerOptions = { key: 'thread', contentWords: new Set(READERS_WORDS), thread: true };
/** A listing's items are teasers, cards with captions, promos and tags, and count their comments. */
const ITEM_CONTAINERS: ContainerOptions = {
  key: 'items',
  contentWords: new Set(['teaser', 'teasers', 'caption', 'promo', 'tag', 'tags', 'comment', 'comments', 'sponsored']),
};
/** A product page's reviews and ratings are what buyers said, not the product. */
const PRODUCT_CONTAINERS: ContainerOptions = { key: 'product', boilerplateWords: new Set(['review', 'reviews', 'rating', 'ratings', 'feedback']) };

const PROFILES: Readonly<Record<PageType, ExtractionProfile>> = {
  article: ARTICLE,
  documentation: { keeps: new Set(), keepsInHtml: new Set(REFERENCE_RULES), containers: ARTICLE.containers, ...REGION },
  service: { keeps: new Set(), keepsInHtml: new Set(REFERENCE_RULES), containers: ARTICLE.containers, ...REGION },
  product: { keeps: new Set(), keepsInHtml: new Set(SECTION_RULES), containers: PRODUCT_CONTAINERS, ...REGION },
  forum: { keeps: new Set(['drop-teaser-cards', 'drop-comment-section']), containers: THREAD, ...REGION, headInBody: new Set(['description']), freeDrops: new Set(['drop-answer-comments']) },
  collection: { keeps: new Set(ITEM_RULES), keepsInHtml: new Set(['drop-menu-runs']), containers: ITEM_CONTAINERS, ...ITEMS },
  listing: { keeps: new Set(ITEM_RULES), keepsInHtml: new Set(['drop-menu-runs']), containers: ITEM_CONTAINERS, ...ITEMS },
};

export function profileFor(type: PageType | null): ExtractionProfile {
  return type ? PROFILES[type] : ARTICLE;
}
