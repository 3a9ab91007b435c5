import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { ALL_TITLE_FACTS } from '../src/metadata/text/title-facts.js';
import { TITLE_WEIGHTS } from '../src/metadata/text/title-weights.js';
import { scoreFacts, scoreLineFacts } from '../src/metadata/text/title.js';

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

  it('reads a subheading by the paragraph above it, and a headline by how much of the page it names', () => {
    const page = [
      'Green Streets',
      'Guides',
      'Recycling',
      'Quiz',
      '',
      'Zero Waste 101: a beginner guide to sending less to landfill',
      '',
      'Over the last decade the zero waste movement has grown as households look for ways to throw less away and save money while doing it.',
      '',
      'What is zero waste?',
      '',
      'Zero waste is a set of habits for sending as little as possible to landfill. Zero waste households refuse what they do not need and reuse what they have.',
      '',
      'Zero waste also means composting food scraps. A zero waste kitchen keeps a caddy by the sink, and a zero waste bathroom swaps plastic for bars of soap.',
      '',
      'How to start with zero waste',
      '',
      'Begin with one room. A beginner guide to zero waste usually starts in the kitchen, where most of the waste a household sends to landfill is made.',
    ].join('\n');
    const found = candidates(page);
    expect(found[0].text).toBe('Zero Waste 101: a beginner guide to sending less to landfill');
    const sub = found.find((c) => c.text === 'What is zero waste?');
    expect(sub?.facts.proseAbove).toBe(1);
    expect(found[0].facts.proseAbove).toBeUndefined();
    expect(found[0].facts.namedTotal!).toBeGreaterThan(sub!.facts.namedTotal!);
  });

  it('counts the words a Japanese headline shares with its article by pairs of characters', () => {
    const page = ['ホーム', '経済', '', '県産ワインの輸出額が過去最高', '', '県内のワイナリーがつくるワインの輸出額が過去最高に達した。アジア向けの輸出が全体の七割を占めた。', '', '輸出額は五年前のおよそ三倍に増えた。ワインの輸出を伸ばす取り組みが続く。'].join('\n');
    const headline = candidates(page).find((c) => c.text === '県産ワインの輸出額が過去最高');
    expect(headline?.facts.namedInContent).toBeGreaterThan(0.5);
  });
});

describe('the breadcrumb fact', () => {
  const PROMO = 'Bring the best of human knowledge and careful practice together at your yard.';
  const page = (crumb: string) =>
    [
      'Harbour Q&A',
      '',
      `Harbour Teams is now called Harbour Work. ${PROMO}`,
      '',
      crumb,
      '',
      PROMO,
      '',
      'Why does my outboard stall when I open the throttle quickly?',
      'Asked 1 year, 8 months ago',
      '',
      'My 5 hp outboard idles well and runs smoothly at half throttle, but when I open the throttle quickly it coughs and stalls. The fuel is fresh and the filter is new.',
    ].join('\n');
  const factsOf = (text: string, line: string) => {
    const result = extract(text, { explain: true, inputType: 'text', now: new Date('2026-06-01') });
    return result.origins?.title?.candidates?.find((c) => c.text === line)?.facts;
  };

  it("is a line a breadcrumb ends with, not a paragraph's last sentence repeated", () => {
    expect(factsOf(page('Questions › Outboards › Why does my outboard stall when I open the throttle quickly?'), 'Why does my outboard stall when I open the throttle quickly?')).toMatchObject({ crumbEnd: 1 });
    const promo = factsOf(page('Questions'), PROMO);
    expect(promo).toBeDefined();
    expect(promo?.crumbEnd).toBeUndefined();
  });
});

describe('a line\'s facts scored fact by fact (scoreLineFacts)', () => {
  it('gives exactly what scoreFacts gives for facts holding every fact in order, to the last bit', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 200; n++) {
      const facts = Object.fromEntries(ALL_TITLE_FACTS.map((name) => [name, next() < 0.7 ? 0 : next() * 4 - 1]));
      expect(Object.is(scoreLineFacts(facts), scoreFacts(facts))).toBe(true);
    }
  });
});

describe('title facts read dates as the rest of the page does', () => {
  /** The facts of a line among a dump's title candidates, read with the given clock. */
  function factsOf(text: string, line: string, now: string) {
    const result = extract(text, { explain: true, inputType: 'text', now: new Date(now) });
    return result.origins?.title?.candidates?.find((c) => c.text === line)?.facts;
  }

  it('takes a line that opens with "By" and a capital for a stamp, though no rule read it as a byline', () => {
    // "By Friday" names no one (a weekday alone), so it stays a candidate, and a stamp under the headline.
    const page = PAGE.replace('By Tomas Reyes', 'By Friday');
    expect(factsOf(page, 'By Friday', '2025-06-01')?.stamp).toBe(1);
    expect(factsOf(page.replace('By Friday', 'Bye Friday'), 'Bye Friday', '2025-06-01')?.stamp).toBeUndefined();
    expect(factsOf(page.replace('By Friday', 'BYFriday'), 'BYFriday', '2025-06-01')?.stamp).toBeUndefined();
  });

  it('takes a date that lies in the page\'s future for no stamp, as the date rules do', () => {
    const line = 'Offer valid through March 20, 2025';
    const page = PAGE.replace('By Tomas Reyes', line);
    // On 1 June 2025 the line holds a past date: a stamp under the headline.
    expect(factsOf(page, 'Ferry fares to rise by a fifth from April', '2025-06-01')?.cueBelow).toBe(1);
    expect(factsOf(page, line, '2025-06-01')?.stamp).toBe(1);
    // On 1 January 2025 the same date is months ahead: no publication stamp.
    expect(factsOf(page, line, '2025-01-01')?.stamp).toBeUndefined();
  });
});
