/**
 * A row of links strung on separators: "Home | Tours | Cruises | Contact us", "About Us -
 * Terms and Conditions - Privacy Policy". Old sites put their menus and footers in such rows,
 * one block long however many links it holds. A listing's item is one link with its text, so
 * the rule holds on every kind of page, listings too (drop-link-lists does not). HTML only.
 */
import { blockRule } from '../prune/block-rule.js';

/** " | ", " • ", " · ", " - ", " – " between entries. */
const SEPARATOR = /\s+[|•·]\s+|\s+[-–]\s+/;
/** A row names at least this many places... */
const MIN_ENTRIES = 4;
/** ...each a short name ("Harvard University - Atlas of Brain Perfusion SPECT" is two). */
const MAX_ENTRY_WORDS = 6;
/** And nearly all of its text is link text. */
const MIN_LINK_DENSITY = 0.7;

export const dropNavRows = blockRule({
  id: 'drop-nav-rows',
  description: 'Drops rows of links strung on separators ("Home | About | Contact") on any kind of page (HTML).',
  // A directory's row can run to dozens of links; its entries' length is the test.
  maxWords: 500,
  test: (text, _f, block) => {
    if (block.linkChars < MIN_LINK_DENSITY * text.length) return false;
    const entries = text.split(SEPARATOR).filter((e) => e.trim() !== '');
    return entries.length >= MIN_ENTRIES && entries.every((e) => e.trim().split(/\s+/).length <= MAX_ENTRY_WORDS) && `row of ${entries.length} links`;
  },
});
