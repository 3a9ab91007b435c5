/**
 * A block made mostly of web addresses: an image list or a script's data printed as text
 * ("cat_thumb_Bone: https://cdn.example.com/a.jpg,https://cdn.example.com/b.jpg,...", a
 * locale table {'en-in': 'https://...', ...}). Prose cites an address now and then; a block
 * that is mostly a run of ten or more addresses is data.
 */
import { blockRule } from './block-rule.js';
import { allMatches } from '../../matches.js';

const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s,;"'<>()[\]]+/gi;
/**
 * A post or a manual cites a few addresses in a line ("Sources: ... and ...", a code sample's
 * endpoints, an episode list); a dump holds dozens. Measured on wcxb-dev: blocks of 2 to 7
 * addresses were content as often as not, those of 13 and more never.
 */
const MIN_ADDRESSES = 10;
/** The share of the block's characters (spaces aside) the addresses fill. */
const ADDRESS_SHARE = 2 / 3;

/** The reason a block is an address dump, or false. */
export function addressDump(text: string): string | false {
  // Most blocks hold no address at all: two substring searches turn them away.
  if (!text.includes('://') && !text.includes('www.')) return false;
  let count = 0;
  let filled = 0;
  for (const match of allMatches(ADDRESS, text)) {
    count++;
    filled += match[0].length;
  }
  if (count < MIN_ADDRESSES) return false;
  const solid = text.length - (text.match(/\s/g)?.length ?? 0);
  return filled >= ADDRESS_SHARE * solid ? `${count} web addresses fill the block` : false;
}

export const dropUrlDumps = blockRule({
  id: 'drop-url-dumps',
  description: 'Drops blocks made mostly of web addresses (image lists, data printed as text).',
  maxWords: Number.POSITIVE_INFINITY,
  test: (text) => addressDump(text),
});
