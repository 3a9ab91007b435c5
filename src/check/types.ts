/**
 * The data of `pith check`: golden fixtures (a page and the article expected from it), what an
 * expected file asks for, and how a fixture failed. Every check module speaks these shapes.
 */
import { ARTICLE_KEYS } from '../format/json.js';
import type { Article, Decision, ExtractOptions, PageType } from '../types.js';

/** How a fixture's files are laid out on disk. */
export type FixtureLayout =
  /** `name.html` (or `.htm`, `.txt`, each optionally `.gz`) beside `name.expected.json`. */
  | 'pair'
  /** A folder holding `input.html` / `input.txt` (optionally `.gz`) and `expected.json`. */
  | 'folder';

/** One fixture found on disk. */
export interface Fixture {
  /** Path relative to the directory argument, without extension, `/`-separated: the name users see. */
  name: string;
  layout: FixtureLayout;
  /** The page to extract; null when the expected file has no page beside it (see `problem`). */
  page: string | null;
  /** The expected file. It may not exist yet: see `Discovery.unpaired`. */
  expected: string;
  /** Why this fixture cannot run even though it was found (orphan expected file, two pages). */
  problem?: string;
}

/** What a directory holds: fixtures, and pages that have no expected file yet. */
export interface Discovery {
  /** Fixtures with an expected file, in code-unit order of `name`. */
  fixtures: Fixture[];
  /** Pages without an expected file: not fixtures, but `--update` creates their expected file. */
  unpaired: Fixture[];
}

/**
 * The article keys an expected file may list, compared by exact equality (null allowed): every
 * article key but `input` (the page's own path) and `body` (compared on its own terms).
 */
export const ARTICLE_FIELDS = ARTICLE_KEYS.filter(
  (key): key is Exclude<(typeof ARTICLE_KEYS)[number], 'input' | 'body'> => key !== 'input' && key !== 'body',
);
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

/** Keys that set up the extraction of the page and are never compared. */
export const INPUT_SETTING_KEYS = ['inputType', 'now', 'extractAs'] as const;

/** Keys about the body and the outcome. */
export const BODY_KEYS = ['body', 'bodyMinF1', 'mustContain', 'mustNotContain', 'noArticle'] as const;

/** Every key an expected file may hold; any other key fails the fixture (a typo must not pass). */
export const KNOWN_KEYS: readonly string[] = [...ARTICLE_FIELDS, ...BODY_KEYS, ...INPUT_SETTING_KEYS];

/** A validated expected file. */
export interface Expectation {
  /** The parsed file as written (key order kept), for `--update` to rewrite in place. */
  raw: Record<string, unknown>;
  /** Listed article fields with their expected values. */
  fields: Partial<Record<ArticleField, string | number | null>>;
  /** The expected body, when listed. */
  body?: string;
  /** With `body`: pass when the benchmark F1 of the bodies is at least this (else bodies must be equal). */
  bodyMinF1?: number;
  mustContain: string[];
  mustNotContain: string[];
  /** true: the page must give no article; false or absent: it must give one. */
  noArticle?: boolean;
  /** Input settings: override the run's `--input-type` / `--now` for this page. */
  inputType?: 'html' | 'text' | 'auto';
  now?: string;
  /** Input setting: read the page as this kind, as `--page-type` does (a forum's or a shop's own rules, shown on a small page). */
  extractAs?: PageType;
}

/**
 * What the page gave, in the shape compared against: the article, or for a page without one
 * what it says about itself (fields null when unknown, body '' and wordCount 0).
 */
export interface Outcome {
  /** The record compared: every article key. */
  record: Article;
  /** False when extract found no article. */
  hasArticle: boolean;
  /** Why there is no article (`no-content: no article text found`); null when there is one. */
  noArticleReason: string | null;
  /** The per-block decisions, when the run asked for them (`--explain`). */
  trace?: Decision[];
}

/** One line of a paragraph diff: kept context, a paragraph only expected, or only actual. */
export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
  /** Set on a `-` line and the `+` line right after it when they are one paragraph edited. */
  edit?: true;
}

/** A paragraph diff cut to hunks: changed paragraphs with a little context around them. */
export interface ParagraphDiff {
  /** Hunks in body order; between two hunks unchanged paragraphs were left out. */
  hunks: DiffLine[][];
  /** Paragraphs only in the expected body (edited ones not counted). */
  missing: number;
  /** Paragraphs only in the actual body (edited ones not counted). */
  extra: number;
  /** Paragraphs in both, with some words changed (a `-` and `+` pair marked `edit`). */
  edited: number;
}

/**
 * One reason a fixture failed. `field` is the expected-file key concerned, or one of:
 * `expected` (the expected file itself: bad JSON, unknown key, wrong type), `page` (the page
 * could not be read or decoded).
 */
export interface FieldFailure {
  field: string;
  /** The expected value (JSON); null when there is none to show. */
  expected: unknown;
  /** The actual value (JSON); null when there is none to show. */
  actual: unknown;
  /** One line saying what is wrong, e.g. `body does not contain "ferry"`. */
  message: string;
  /** For `body`: the paragraphs that differ. */
  diff?: ParagraphDiff;
  /** The expected file is wrong here (a value of the wrong type): no page value to compare. */
  invalid?: true;
}

/** What `--update` did to a fixture's expected file. */
export interface UpdateNote {
  kind: 'updated' | 'created';
  /** Keys whose value changed (all of them for a created file). */
  keys: string[];
}

/** The outcome of one fixture. */
export interface CheckResult {
  fixture: Fixture;
  status: 'pass' | 'fail';
  /** Empty when it passed. */
  failures: FieldFailure[];
  /** The validated expected file; absent when it could not be read or is invalid. */
  expectation?: Expectation;
  /** What the page gave; absent when the page could not be read or the fixture could not run. */
  outcome?: Outcome;
  /** Time spent on this fixture (reading, extracting, comparing), in milliseconds. */
  durationMs: number;
  /** Set when `--update` wrote the expected file. */
  update?: UpdateNote;
}

/** How to run fixtures. Extraction options come from `baseOptions` alone. */
export interface CheckRunOptions {
  /**
   * Options for every page (input type, now, and whatever else the caller sets); a fixture's
   * own `inputType` / `now` override them, and `inputName` / `explain` are set per page.
   */
  baseOptions: ExtractOptions;
  /** Keep the per-block trace of each page, for `--explain`. */
  explain?: boolean;
  /** Milliseconds from some fixed point, for durations (default: performance.now). */
  clock?: () => number;
}
