import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { ALL_TITLE_FACTS } from '../src/metadata/text/title-facts.js';
import { TITLE_WEIGHTS } from '../src/metadata/text/title-weights.js';
import { scoreFacts } from '../src/metadata/text/title.js';

/** The scored candidates of a dump, best first, as --explain reports them. */
function candidates(text: string) {
  const result = extract(text, { explain: true, inputType: 'text', now: new Date('2025-06-01') });
  return result.origins?.title?.candidates ?? [];
}

const PAGE = [
  'Harbour Daily',
  'News',
  'Sport',
  'Business',
  '',
  'Ferry fares to rise by a fifth from April',
  'Commuters face higher ferry fares from April as the operator passes on fuel costs',
  'By Tomas Reyes',
  '12 February 2025',
  '',
  'Ferry fares will rise by a fifth from April, the operator said on Wednesday, blaming the cost of fuel and a shortage of crew for the increase.',
  '',
  'The rise adds about £2 to a return ticket for commuters who cross the harbour each day, and the operator said season tickets would rise by the same share.',
  '',
  'Photo: the morning ferry leaves the east quay / Harbour Daily',
].join('\n');

describe('the title model', () => {
  it('has a weight for every fact, so a new fact cannot go unweighed', () => {
    for (const fact of ALL_TITLE_FACTS) expect(TITLE_WEIGHTS[fact], fact).toBeTypeOf('number');
  });

  it("scores a line as the sum of its facts' values times their weights", () => {
    const facts = { cueBelow: 1, distanceAbove: 2 } as const;
    expect(scoreFacts(facts, { cueBelow: 3, distanceAbove: -0.5 })).toBeCloseTo(2);
    expect(scoreFacts({}, TITLE_WEIGHTS)).toBe(0);
  });

  it('reports every candidate with its facts, best first, and the pick is the best', () => {
    const found = candidates(PAGE);
    expect(found[0].text).toBe('Ferry fares to rise by a fifth from April');
    for (let k = 1; k < found.length; k++) expect(found[k - 1].score).toBeGreaterThanOrEqual(found[k].score);
    const best = found[0];
    expect(best.facts).toMatchObject({ cueBelow: 1, headlineLength: 1 });
    expect(best.score).toBeCloseTo(scoreFacts(best.facts), 1);
  });

  it('never offers a line a rule dropped for what it says (a caption, a byline)', () => {
    const texts = candidates(PAGE).map((c) => c.text);
    expect(texts).not.toContain('By Tomas Reyes');
    expect(texts).not.toContain('Photo: the morning ferry leaves the east quay / Harbour Daily');
  });

  it("offers the page's first lines even when the content starts right below them", () => {
    const lines = ['Harbour Community Forum', ...Array.from({ length: 70 }, (_, k) => `Board ${k + 1}`), 'Which ferry runs late on Sundays?', 'asked by mara_k', '', 'Does anyone know whether the late ferry still runs on Sundays in winter? The timetable on the quay says one thing and the website another.'];
    const indexes = candidates(lines.join('\n')).map((c) => c.index);
    expect(indexes).toContain(0);
  });
});
