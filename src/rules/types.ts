/**
 * What a rule is: a named, small heuristic that looks at the blocks (and what earlier stages
 * decided) and returns marks. Rules never mutate; the pipeline applies their marks in order.
 */
import type { Block, InputType, Mark, MetadataField, PageType } from '../types.js';
import type { TextFeatures } from './features.js';
import type { UserLabels } from './user/types.js';
import type { Region } from '../parse/html/html-blocks.js';
import type { DateOptions } from '../metadata/date/parse-date.js';
import type { BlockIndexes } from './block-set.js';

/** prune: block-local labels and shapes; region: decisions that need the article's extent. */
export type Stage = 'prune' | 'region';

/** A mark that may also hand a value to the metadata stage (a dateline gives the date). */
export interface RuleMark extends Mark {
  readonly field?: MetadataField;
  readonly value?: string;
}

export interface RuleContext {
  readonly blocks: readonly Block[];
  /** HTML: block-level elements as block ranges (parents first); empty for text dumps. */
  readonly regions: readonly Region[];
  readonly features: readonly TextFeatures[];
  /** How many blocks of the page carry each text, keyed in lower case. */
  readonly repeats: ReadonlyMap<string, number>;
  /** Each block's text in lower case, by index (its key in `repeats`): made once for every reader. */
  readonly lowerTexts: readonly string[];
  readonly inputType: InputType;
  /** What kind of page this is (the page-type stage), null when unclear. */
  readonly pageType: PageType | null;
  /** How to read dates: the reference time (`--now`) and the page's day-first order. */
  readonly dates: DateOptions;
  /** Block indexes already marked boilerplate by earlier rules. */
  readonly dropped: BlockIndexes;
  /** Marks made so far by earlier rules, by block index, with the rule that made each. */
  readonly marks: ReadonlyMap<number, RuleMark & { readonly rule: string }>;
  /** Labels a rules file adds to the built-in vocabularies (--rules). */
  readonly userLabels?: UserLabels;
  /** The main run, once picked (region stage only): first and last block index, inclusive. */
  readonly run?: { readonly start: number; readonly end: number };
}

export interface Rule {
  /** verb-object kebab case, the same as its file and fixture folder. */
  readonly id: string;
  readonly stage: Stage;
  /** One line on what it drops and why, shown by --explain. */
  readonly description: string;
  apply(ctx: RuleContext): RuleMark[];
}
