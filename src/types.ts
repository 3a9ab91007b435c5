import type { UserRules } from './rules/user/types.js';
import type { FieldOrigins } from './metadata/merge.js';
import type { PageTypeDecision } from './page-type/types.js';

/**
 * The data that flows through pith's pipeline. Every stage reads and returns these shapes;
 * nothing else crosses a stage boundary.
 */

/** What kind of input a page is. `auto` asks `sniff` to decide. */
export type InputType = 'html' | 'text';

/** How a block was laid out in its source. Text dumps mostly give `line` and `item`. */
export type BlockKind = 'heading' | 'paragraph' | 'item' | 'quote' | 'pre' | 'cell' | 'line';

/** A rule's decision about one block. */
export type Verdict = 'content' | 'boilerplate';

/**
 * A unit of text with the features its input kind can give. Text dumps give fewer features
 * (no tags, no link density); the same rules run on both and use what is there.
 */
export interface Block {
  /** Position in the page, 0-based, stable across stages. */
  readonly index: number;
  /** Normalised text: one line, single spaces, trimmed. */
  readonly text: string;
  readonly kind: BlockKind;
  /** Heading level 1-6, when known. */
  readonly level?: number;
  /** Characters of the text that sit inside links (0 for text dumps). */
  readonly linkChars: number;
  /** Class/id/role words and tag path (HTML); empty for text dumps. */
  readonly hints: readonly string[];
  /** 1-based line in the source where the block starts (text dumps). */
  readonly line?: number;
  /** True when a blank line (or a block boundary in HTML) separates it from the previous block. */
  readonly gapBefore: boolean;
  /** HTML: ids of user rules whose CSS selector matched an element enclosing the block. */
  readonly selectedBy?: readonly string[];
  /** HTML table rows (`kind` cell): the text of each cell, in order. */
  readonly cells?: readonly string[];
  /** HTML, when asked (ExtractOptions.links): the links in the block, their text as it reads in the block's. */
  readonly links?: readonly Link[];
  /** HTML, when asked (ExtractOptions.images): the images met since the block before, shown before this one. */
  readonly images?: readonly Image[];
}

export interface Link {
  readonly text: string;
  readonly href: string;
}

export interface Image {
  readonly src: string;
  readonly alt: string;
}

/**
 * The body as structure, for formats that draw it (Markdown, text) and for `--blocks`: one
 * entry per paragraph of `Article.body`, in order, with the same text.
 */
export interface BodyBlock {
  readonly kind: 'heading' | 'paragraph' | 'item' | 'quote' | 'code' | 'row';
  readonly text: string;
  /** Headings: 1-6. */
  readonly level?: number;
  /** Items of a numbered list. */
  readonly ordered?: boolean;
  /** Table rows: the cells, when the page's markup gave them. */
  readonly cells?: readonly string[];
  /** With `links`: the block's hyperlinks (absolute when the page's address is known). */
  readonly links?: readonly Link[];
  /** With `images`: images to show before the block. */
  readonly images?: readonly Image[];
}

/** A rule's mark on one block: the verdict and why. */
export interface Mark {
  readonly index: number;
  readonly verdict: Verdict;
  /** A short human reason, shown by --explain. */
  readonly reason?: string;
}

/** The final decision about one block, with the rule that made it. */
export interface Decision {
  readonly index: number;
  readonly text: string;
  readonly verdict: Verdict;
  /** Id of the rule that decided, e.g. `drop-read-time`. */
  readonly rule: string;
  readonly reason?: string;
  /** Set when metadata took this block, e.g. `title`, `date`. */
  readonly field?: MetadataField;
  /** HTML: the element that holds the block, as `tag.class#id`. */
  readonly element?: string;
  /** Text dumps: the 1-based line of the source where the block starts. */
  readonly line?: number;
}

/** The kinds of page pith tells apart; each has its own way of finding the main content. */
export const PAGE_TYPES = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'] as const;
export type PageType = (typeof PAGE_TYPES)[number];
/** The kinds of page a shop prints: its product cards carry buttons, badges and reviews' bylines. */
export const SHOP_PAGE_TYPES: ReadonlySet<PageType | null> = new Set<PageType | null>(['product', 'collection', 'listing']);

export type MetadataField = 'title' | 'date' | 'author' | 'description' | 'section' | 'source';

/** The article pith prints. Every key is always present; unknown values are null. */
export interface Article {
  input: string | null;
  title: string | null;
  /** ISO 8601: `YYYY-MM-DD`, or a date-time with offset when the page gives a time. */
  date: string | null;
  /** When the page says it was last modified (ISO 8601), kept apart from `date`. */
  modified: string | null;
  author: string | null;
  description: string | null;
  section: string | null;
  source: string | null;
  site: string | null;
  lang: string | null;
  url: string | null;
  /**
   * The address the page was fetched from, as its source says (a WARC-Target-URI, a JSONL
   * `url`, `--url`): the key to join results back to a crawl. `url` is what the page says.
   */
  sourceUrl: string | null;
  /** What kind of page this is (see PageType), null when unclear. */
  pageType: PageType | null;
  /** Paragraphs separated by one blank line. */
  body: string;
  wordCount: number;
}

export interface ExtractOptions {
  /** `auto` (default) sniffs the content. */
  inputType?: InputType | 'auto';
  /** A name for the input, copied to `Article.input`. */
  inputName?: string;
  /** The reference "now" for date plausibility checks (ISO string or Date). The library never reads the clock. */
  now?: Date | string;
  /** Collect per-block decisions for --explain. */
  explain?: boolean;
  /** HTML: keep each body block's hyperlinks in `bodyBlocks` (`--links`), resolved against the page's address. */
  links?: boolean;
  /** HTML: keep the images of the body in `bodyBlocks` (`--images`), each on the block that follows it. */
  images?: boolean;
  /**
   * The largest page accepted, in bytes as extracted (after gunzip; default 32 MiB): a larger
   * one, or a gzip that inflates past it, is an InputError with code `too-large`.
   */
  maxBytes?: number;
  /** The charset the transport declared for these bytes (an HTTP header kept in a WARC). */
  charset?: string | null;
  /**
   * The page's address when the caller knows it (a WARC or JSONL url, `--url`): it limits
   * site-scoped user rules, and is the article's url when the page names none.
   */
  url?: string | null;
  /** A team's own rules (loadUserRules): boilerplate and keep patterns, extra labels. */
  userRules?: UserRules;
  /** Treat the page as this type instead of classifying it (a crawl known to be a forum). */
  pageType?: PageType;
  /**
   * Extract only pages of these types; any other page (or one whose type is unclear) gives a
   * no-article result with reason `other-type` that still carries its pageType.
   */
  only?: readonly PageType[];
}

/** Why no article came out of a readable input. */
export type NoArticleReason = 'empty' | 'no-content' | 'too-short' | 'other-type';

export type ExtractResult =
  | {
      ok: true;
      article: Article;
      /** The body as structure: one entry per paragraph of `article.body`, with its kind. */
      bodyBlocks: BodyBlock[];
      inputType: InputType;
      trace?: Decision[];
      pageType?: PageTypeDecision;
      warnings?: string[];
      /** Ids of the user rules that ran out of time on this page (a run may switch them off: see RuleHealth). */
      userRuleTimeouts?: string[];
      origins?: FieldOrigins;
    }
  | {
      ok: false;
      reason: NoArticleReason;
      message: string;
      inputType: InputType;
      trace?: Decision[];
      /** With `explain`: the page type and the evidence that decided it. */
      pageType?: PageTypeDecision;
      /** With `explain`: where the title, date and author came from. */
      origins?: FieldOrigins;
      /** What went wrong on this page short of failing: a user rule that ran out of time, a size cap that cut the page. */
      warnings?: string[];
      /** Ids of the user rules that ran out of time on this page. */
      userRuleTimeouts?: string[];
      /** What the page says about itself (title, date...) even without an article body. */
      fields?: Partial<Article>;
    };
