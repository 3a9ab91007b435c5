/**
 * Blocks inside an element that marks boilerplate (nav, aside, footer, a "comments",
 * "related", "share" or "ad" container), unless a nearer element marks the article body, or
 * the container is navigation or a side column by its name that holds most of the page's words
 * or nearly all of its sentences.
 * HTML only: text dumps carry no elements.
 */
import type { TextFeatures } from '../features.js';
import type { Rule, RuleMark } from '../types.js';
import { containerVerdict, namesBodyToo, namesLayout } from './containers.js';
import { profileFor } from '../../assemble/profiles.js';

/**
 * The share of the page's words above which a layout container (navigation, side column) is
 * the page itself: old table layouts put all their text in a cell named for the menu beside it.
 */
const WRAPS_PAGE = 0.8;
/**
 * ... as long as its text is prose, not links or labels: a mega-menu is navigation however much
 * of the page it is.
 */
const MAX_LINK_SHARE = 0.5;
const MIN_PROSE_SHARE = 0.3;
/**
 * A side column that holds this share of the page's sentences, and next to nothing else, is the
 * article under a misleading name: themes call their content column "sidebar-content". A real
 * sidebar holds teasers and link lists, and at most a short blurb beside the article.
 */
const HOLDS_PAGE_PROSE = 0.8;
const PROSE_ONLY = 0.9;
/**
 * An element named for the body and for boilerplate at once ("content-nav-section") is the
 * body when it holds most of the page's sentences, and few links.
 */
const MIXED_HOLDS_PROSE = 0.5;
const MIXED_MAX_LINK_SHARE = 0.3;

/** The blocks one boilerplate element holds, and their text. */
interface Held {
  marks: RuleMark[];
  words: number;
  chars: number;
  linkChars: number;
  /** Words in sentences: blocks of ten words or more that end one and hold function words. */
  proseWords: number;
  /** The element is named for the page's layout (navigation, a side column). */
  layout: boolean;
  /** The element's words also name the body (namesBodyToo). */
  mixed: boolean;
}

/** Words of the whole page, and those of them in sentences. */
interface PageWords {
  words: number;
  proseWords: number;
}

function wrapsPage(held: Held, page: PageWords): boolean {
  if (held.mixed && held.proseWords >= MIXED_HOLDS_PROSE * page.proseWords && held.proseWords > 0 && held.linkChars < MIXED_MAX_LINK_SHARE * held.chars) return true;
  if (!held.layout || held.linkChars >= MAX_LINK_SHARE * held.chars) return false;
  const mostWords = held.words > WRAPS_PAGE * page.words && held.proseWords >= MIN_PROSE_SHARE * held.words;
  const theProse = held.proseWords > 0 && held.proseWords >= HOLDS_PAGE_PROSE * page.proseWords && held.proseWords >= PROSE_ONLY * held.words;
  return mostWords || theProse;
}

/** Words in a sentence: a block of ten words or more that ends one and holds function words. */
function proseWords(f: TextFeatures): number {
  return f.words >= 10 && f.endsSentence && f.stopwordRatio >= 0.2 ? f.words : 0;
}

export const dropBoilerplateContainers: Rule = {
  id: 'drop-boilerplate-containers',
  stage: 'prune',
  description: 'Drops blocks inside navigation, sidebars, footers, comment, share, related and ad containers (HTML).',
  apply({ blocks, features, pageType }) {
    const options = profileFor(pageType).containers;
    /**
     * What each speaking element (by depth, then hint) holds. Two maps, not one keyed by
     * `${depth} ${hint}`: that key was a new string for every block, copied and hashed whole
     * (a hint runs to a hundred characters of class names), where the hint itself is one string
     * for all the blocks under its element, hashed once.
     */
    const byElement = new Map<number, Map<string, Held>>();
    const page: PageWords = { words: 0, proseWords: 0 };
    for (const block of blocks) {
      page.words += features[block.index].words;
      page.proseWords += proseWords(features[block.index]);
      if (block.hints.length === 0) continue;
      const verdict = containerVerdict(block.hints, options);
      if (verdict?.kind !== 'boilerplate') continue;
      let atDepth = byElement.get(verdict.depth);
      if (atDepth === undefined) byElement.set(verdict.depth, (atDepth = new Map()));
      let element = atDepth.get(verdict.hint);
      if (element === undefined) atDepth.set(verdict.hint, (element = { marks: [], words: 0, chars: 0, linkChars: 0, proseWords: 0, layout: namesLayout(verdict.hint), mixed: namesBodyToo(verdict.hint) }));
      element.marks.push({ index: block.index, verdict: 'boilerplate', reason: `inside ${verdict.hint}` });
      const f = features[block.index];
      element.words += f.words;
      element.chars += block.text.length;
      element.linkChars += block.linkChars;
      element.proseWords += proseWords(f);
    }
    // Loops, not a chain of flatMap and filter, whose arrays changed kind once the rule was optimised (see packed.ts).
    const marks: RuleMark[] = [];
    for (const atDepth of byElement.values()) {
      for (const held of atDepth.values()) if (!wrapsPage(held, page)) for (const mark of held.marks) marks.push(mark);
    }
    return marks.sort((a, b) => a.index - b.index);
  },
};
