/**
 * The page-type stage: what kind of page this is (article, forum, product, collection,
 * listing, documentation, service), decided from what the page declares and what its layout
 * and text show, with every piece of evidence named so --explain can say why.
 */
import type { Document } from 'domhandler';
import type { Block, PageType } from '../types.js';
import type { Region } from '../parse/html/html-blocks.js';
import type { TextFeatures } from '../rules/features.js';

export interface PageTypeInput {
  /** The parsed page (HTML), or null for a text dump. */
  readonly doc: Document | null;
  readonly blocks: readonly Block[];
  /** HTML: block-level elements as block ranges; empty for text dumps. */
  readonly regions: readonly Region[];
  readonly features: readonly TextFeatures[];
  /** Each block's text in lower case, by index, when the caller made them already. */
  readonly lowerTexts?: readonly string[];
  /** The page's address: the caller's url, else the page's canonical or og:url. */
  readonly url: string | null;
  /** Name every signal (--explain); without it the decision's `signals` is empty. */
  readonly named?: boolean;
}

/** One piece of evidence: a named signal that speaks for a type with some weight. */
export interface PageTypeSignal {
  /** What fired, e.g. `schema:product`, `url:forum`, `posts:date@0.75` (a feature at part strength), `prior`. */
  readonly name: string;
  readonly type: PageType;
  /** Evidence in favour of `type` (a log-odds term of the model; negative speaks against it). */
  readonly weight: number;
}

export interface PageTypeDecision {
  /** The winning type, or null when no type has enough evidence. */
  readonly type: PageType | null;
  /** Total evidence per type. */
  readonly scores: Readonly<Record<PageType, number>>;
  /** Every signal that fired, strongest first, when the input asked for them (`named`); else empty. */
  readonly signals: readonly PageTypeSignal[];
}
