/**
 * The header zone: the blocks just before the article's first paragraph, where a page puts the
 * title, standfirst, byline and date. Metadata looks there first.
 */
import type { Run } from '../../assemble/pick-main-run.js';

/** How far before the main run a page's header may start, in blocks. */
export const HEADER_REACH = 40;

export function headerZone(run: Run | null, blockCount: number): { start: number; end: number } {
  if (!run) return { start: 0, end: Math.min(blockCount, HEADER_REACH) };
  return { start: Math.max(0, run.start - HEADER_REACH), end: run.start };
}
