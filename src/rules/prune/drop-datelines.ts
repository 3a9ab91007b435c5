/**
 * Datelines: a line that is only a date, maybe with a label and a time ("October 22, 2025",
 * "Published 10:31 AM EST Nov 19, 2019"). The date goes to the metadata, not the body.
 */
import type { Rule, RuleMark } from '../types.js';
import { findDates, isDateOnlyLine } from '../../metadata/date/parse-date.js';

export const dropDatelines: Rule = {
  id: 'drop-datelines',
  stage: 'prune',
  description: 'Drops lines that only give a date (and hands the date to the metadata).',
  apply({ blocks, features, dates }) {
    const marks: RuleMark[] = [];
    for (const block of blocks) {
      if (features[block.index].words > 16) continue;
      if (!isDateOnlyLine(block.text, dates)) continue;
      const date = findDates(block.text, dates)[0];
      marks.push({ index: block.index, verdict: 'boilerplate', reason: 'dateline', field: 'date', value: date?.iso });
    }
    return marks;
  },
};
