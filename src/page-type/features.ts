/**
 * Every signal source, run once over the page: what it declares, its address, its markup and
 * layout (HTML only), and what its text shows. A source that fails on a malformed page adds
 * nothing; the others still speak.
 */
import { blockFacts } from './block-facts.js';
import { declaredFeatures } from './declared.js';
import { pageLayout, type Layout } from './layout.js';
import { buttonLabels, codeElementFeatures, markupFeatures } from './markup.js';
import { structureFeatures } from './structure.js';
import { titleFeatures } from './title.js';
import { linkFeatures } from './links.js';
import { flowFeatures } from './flow.js';
import { pageClassFeatures } from './page-class.js';
import { emptyLabelCounts, textCueFeatures } from './text-cues.js';
import { urlFeatures } from './url.js';
import { voiceFeatures } from './voice.js';
import type { Features } from './feature-set.js';
import type { PageTypeInput } from './types.js';

function attempt<T>(source: () => T, fallback: T): T {
  try {
    return source();
  } catch {
    // A page this source cannot read gives no signal from it.
    return fallback;
  }
}

export function pageFeatures(input: PageTypeInput): Features {
  const { doc, blocks, regions, features, url } = input;
  const out: Features = new Map();
  const facts = blockFacts(blocks, features);
  const layout: Layout | null = doc ? attempt(() => pageLayout(blocks, regions), null) : null;
  if (doc) {
    attempt(() => declaredFeatures(doc, out), undefined);
    attempt(() => codeElementFeatures(doc, out), undefined);
    attempt(() => titleFeatures(doc, out), undefined);
    attempt(() => linkFeatures(doc, out), undefined);
    attempt(() => pageClassFeatures(doc, out), undefined);
  }
  if (layout) {
    attempt(() => markupFeatures(blocks, layout, out), undefined);
    attempt(() => structureFeatures(blocks, regions, layout, facts, out), undefined);
  }
  const buttons = doc ? attempt(() => buttonLabels(doc), emptyLabelCounts()) : emptyLabelCounts();
  const chrome = layout?.chrome ?? null;
  attempt(() => urlFeatures(url, out), undefined);
  attempt(() => textCueFeatures(blocks, features, facts, buttons, chrome, out), undefined);
  attempt(() => voiceFeatures(blocks, features, chrome, out, input.lowerTexts), undefined);
  attempt(() => flowFeatures(blocks, features, facts, out), undefined);
  for (const [name, value] of out) if (!(value > 0)) out.delete(name);
  return out;
}
