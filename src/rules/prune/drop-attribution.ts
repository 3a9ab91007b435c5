/**
 * Attribution lines: "SOURCE: TRT World & Agencies", "Quelle: dpa", "Fuente: EFE". The
 * source goes to the metadata, not the body.
 */
import type { Rule, RuleMark } from '../types.js';
import { SOURCE_LABELS } from '../vocab.js';
import { alternation } from '../label.js';
import { caseless } from '../caseless.js';
import { GatedRegex } from '../openings.js';

const ATTRIBUTION = new GatedRegex(new RegExp(String.raw`^(?:${alternation(SOURCE_LABELS)})\s*:\s*(\S.{0,80})$`, 'i'));

export function parseAttribution(text: string): string | null {
  const match = ATTRIBUTION.exec(text);
  if (!match) return null;
  const source = match[1].trim().replace(/[.;]$/, '');
  return source.split(/\s+/).length <= 10 ? source : null;
}

/** Wire-service credit lines: "(Reporting by Jane Doe; Editing by John Roe)". */
const ROLE = String.raw`(?:additional )?(?:reporting|writing|editing|compiled|translated|research|graphics) by`;
// (\p{Ll} where a name starts: the line is matched lower-cased, as the i flag did.)
const CREDIT = caseless(String.raw`^(?:\(${ROLE}\b[^()]{1,200}\)|${ROLE} \p{Ll}[^.;]{0,60}(?:;\s*${ROLE} [^.;]{1,60})+)\.?$`);

export const dropAttribution: Rule = {
  id: 'drop-attribution',
  stage: 'prune',
  description: 'Drops "Source: ..." attribution lines (handing the source to the metadata) and wire credit lines.',
  apply({ blocks }) {
    const marks: RuleMark[] = [];
    for (const block of blocks) {
      const source = parseAttribution(block.text);
      if (source) marks.push({ index: block.index, verdict: 'boilerplate', reason: 'attribution', field: 'source', value: source });
      else if (CREDIT.test(block.text)) marks.push({ index: block.index, verdict: 'boilerplate', reason: 'wire credit line' });
    }
    return marks;
  },
};
