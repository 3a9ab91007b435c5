/**
 * User rules: a team's own boilerplate patterns and keep patterns, from `pith.rules.json` or
 * `--rules FILE`, compiled once per run and handed to extract() in ExtractOptions.userRules.
 */
import type { Document, Element } from 'domhandler';

/** The built-in label vocabularies a rules file can extend, by the name it uses for them. */
export const LABEL_GROUPS = ['teaser', 'ad', 'nav', 'prompt', 'comments'] as const;
export type LabelGroup = (typeof LABEL_GROUPS)[number];

/** Label keys (see labelKey) a rules file adds to each built-in vocabulary. */
export type UserLabels = Partial<Record<LabelGroup, ReadonlySet<string>>>;

/** One rule of the file, ready to match. */
export interface UserRule {
  /** As written in the file; shown in --explain as `user:<id>`. */
  readonly id: string;
  /** drop: the matched blocks are boilerplate; keep: no rule may drop them. */
  readonly action: 'drop' | 'keep';
  readonly description: string | null;
  /** Whole lines, compared with whitespace collapsed and case folded. */
  readonly lines: ReadonlySet<string>;
  /** Tested against each block's text (whitespace collapsed), under a time guard. */
  readonly patterns: readonly RegExp[];
  /** CSS selectors: blocks inside a matching element (HTML only). */
  readonly selectors: readonly string[];
  /** Hosts the rule is limited to (a host also covers its subdomains); null: every page. */
  readonly sites: readonly string[] | null;
}

export interface UserRules {
  /** Where the rules came from, for messages. */
  readonly source: string;
  readonly rules: readonly UserRule[];
  readonly labels: UserLabels;
  /** Runs CSS selectors over a parsed page; present when some rule has selectors. */
  readonly select?: (doc: Document, selector: string) => Element[];
}

/** How a rule's `lines` and a block's text are compared: whitespace collapsed, case folded. */
export function lineKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
