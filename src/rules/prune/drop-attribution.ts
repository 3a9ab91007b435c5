/**
 * Attribution lines: "SOURCE: TRT World & Agencies", "Quelle: dpa", "Fuente: EFE". The
 * source goes to the metadata, not the body.
 */
import type { Rule, RuleMark } from '../types.js';
import { SOURCE_LABELS } from '../vocab.js';
import { alternation } from '../label.js';

const ATTRIBUTION = new RegExp(String.raw`^(?:${alternation(SOURCE_LABELS)})\s*:\s*(\S.{0,80})$`, 'iu');

export function parseAttribution(text: string): string | null {
  const match = ATTRIBUTION.exec(text);
  if (!match) return null;
  const source = match[1].trim().replace(/[.;]$/, '');
  return source.split(/\s+/).length <= 10 ? source : null;
}

export const dropAttribution: Rule = {
  id: 'drop-attribution',
  stage: 'prune',
  description: 'Drops "Source: ..." attribution lines (and hands the source to the metadata).',
  apply({ blocks }) {
    const marks: RuleMark[] = [];
    for (const block of blocks) {
      const source = parseAttribution(block.text);
      if (source) marks.push({ index: block.index, verdict: 'boilerplate', reason: 'attribution', field: 'source', value: source });
    }
    return marks;
  },
};
