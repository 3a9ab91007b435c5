/** Byline lines (src/rules/prune/byline.ts): which lines name an author, and which name. */
import { describe, expect, it } from 'vitest';
import { isBylineLabel, mayOpenWithName, nameOf, namePatterns, namesOf, parseByline } from '../src/rules/prune/byline.js';

const NOW = { now: new Date('2026-11-26T12:00:00Z') };
const author = (line: string) => parseByline(line, NOW)?.author ?? null;

describe('parseByline', () => {
  it.each([
    ['By Jane Doe and John Roe | Reuters', 'Jane Doe and John Roe'],
    ['Written By Stephen Jesudunsin', 'Stephen Jesudunsin'],
    ['ByRhonda Krause UpdatedJanuary 25, 2026', 'Rhonda Krause'],
    ['By THE INVESTOPEDIA TEAM Updated June 5, 2024', 'THE INVESTOPEDIA TEAM'],
    ['BY ALYSSA MAIO ON June 3, 2025', 'ALYSSA MAIO'],
    ['By Sean Peek, Senior Analyst', 'Sean Peek'],
    ['Posted on July 1, 2024 by infuy', 'infuy'],
    ['Last Updated on April 8, 2024 by Amanda Brooks', 'Amanda Brooks'],
    ['September 1st, 2023 By Ana Lind', 'Ana Lind'],
    ['Thread starter kbfan Start date Mar 3, 2024', 'kbfan'],
    ['Started by Wizzard', 'Wizzard'],
    ['Chris Davies - Nov 19, 2019, 10:31 pm CST', 'Chris Davies'],
    // A stamp line whose byline is a later piece: the reviewer is not the author.
    ['0 · by Dennis Moons · Updated on 8 January 2026', 'Dennis Moons'],
    ['Medically reviewed by Kim Rose-Francis RDN — Written by Jillian Kubala, MS, RD — Updated on June 12, 2018', 'Jillian Kubala, MS, RD'],
    ['March 15, 2022 · 3 min read · By ASU Online', 'ASU Online'],
    ['Dec 26, 2025 • Mahua Das in Project Management', 'Mahua Das'],
    ['Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group', 'Niko Matsakis'],
    ['Text by Hunter Dukes', 'Hunter Dukes'],
    ['Posted by John Scalzi', 'John Scalzi'],
    ['Geschrieben von Anna Schmidt', 'Anna Schmidt'],
    ['Escrito por Lucía Fernández', 'Lucía Fernández'],
    ['文・佐藤美咲', '佐藤美咲'],
    ['取材・文＝山田太郎', '山田太郎'],
    ['高橋直樹 記者', '高橋直樹'],
    ['김민수 기자', '김민수'],
    ['记者：张伟', '张伟'],
    // a stamp glued to or run into the names
    ['ByKathryn GiuffridaMar 5, 2025 | 6 comments', 'Kathryn Giuffrida'],
    ['by Jeffrey ZeldmanNovember 20, 2007', 'Jeffrey Zeldman'],
    ['By Sofia Gonzalez December 2, 2025', 'Sofia Gonzalez'],
    ['by: Ziyi Xu, Dec 17, 2025', 'Ziyi Xu'],
    ['JONATHAN JONESLAST UPDATED NOV 6, 2025', 'JONATHAN JONES'],
    ['By Jeff Cobb.  Last Updated on December 11, 2025', 'Jeff Cobb'],
    ['May 18, 2023 By Sara Harberson In', 'Sara Harberson'],
    // a job title after the name, with or without a comma; a collective keeps its word
    ['Written By: Catherine Boeckmann Executive Digital Editor and Master Gardener', 'Catherine Boeckmann'],
    ['By Shannon Williams, Journalist', 'Shannon Williams'],
    ['By Charles Patterson, WCI Columnist', 'Charles Patterson'],
    ['By Great Day Editorial Team', 'Great Day Editorial Team'],
  ])('%s -> %s', (line, expected) => {
    expect(author(line)).toBe(expected);
  });

  it.each(['11/25/2025 | The Sonoma Index-Tribune', '11/22/2025 | Arkansas Democrat-Gazette', '22 December 2025Pertlink LimitedTravel Technology', 'March 3, 2025 New York', 'Dec 26, 2025 Washington', 'By Friday, every seat was gone', 'Byzantine Empire history', 'By then, nobody was counting.', 'Posted on July 1, 2024', 'Medically reviewed by Kim Rose-Francis RDN · Updated on June 12, 2018', 'News | by the way March 3, 2025', '文化', '文部科学省', '新聞記者', '記者会見'])(
    'is not a byline: %s',
    (line) => {
      expect(author(line)).toBeNull();
    },
  );
});

describe('a label line and a name line', () => {
  it('reads "Written by", "By" and "Author:" as labels, and a bare "Author" except on a shop page', () => {
    for (const label of ['Written by', 'By', 'Author:', 'Von']) expect(isBylineLabel(label, { bareNouns: false })).toBe(true);
    expect(isBylineLabel('Author')).toBe(true);
    expect(isBylineLabel('Author', { bareNouns: false })).toBe(false);
    expect(isBylineLabel('By the sea')).toBe(false);
  });

  it('takes a two-to-five-word name, not a role or a phrase', () => {
    expect(nameOf('Stephen Jesudunsin')).toBe('Stephen Jesudunsin');
    expect(nameOf('Ana de la Cruz')).toBe('Ana de la Cruz');
    expect(nameOf('Madonna')).toBeNull();
    expect(nameOf('Senior Editor')).toBeNull();
    expect(nameOf('the garden in spring')).toBeNull();
  });

  it('reads the names of a name line before their role (namesOf), and nothing else', () => {
    expect(namesOf('Audrey Huang, Print Managing Editor')).toBe('Audrey Huang');
    expect(namesOf('Manoj Jain and Jagpreet Chhatwal  |  Guest Columnists')).toBe('Manoj Jain and Jagpreet Chhatwal');
    expect(namesOf('Andrew King')).toBe('Andrew King');
    for (const line of ['Salt and Pepper', 'Tips and Tricks', 'Harbour Gazette | Local News', 'April Fulton']) expect(namesOf(line)).toBeNull();
    expect(namesOf('Everfit Team')).toBe('Everfit Team');
    expect(namesOf('Podium Staff')).toBe('Podium Staff');
    for (const line of ['The Team', 'Our Team', 'Meet the Team']) expect(namesOf(line)).toBeNull();
  });

  it('lets a name open with a month only under a label', () => {
    expect(nameOf('April Fulton')).toBeNull();
    expect(nameOf('April Fulton', { labelled: true })).toBe('April Fulton');
    expect(nameOf('Genevieve Carlton, Ph.D.', { labelled: true })).toBe('Genevieve Carlton, Ph.D.');
    expect(nameOf('Eliz - Product marketer', { labelled: true, oneWord: true })).toBe('Eliz');
    expect(nameOf('Emma Ryan Writer', { labelled: true })).toBe('Emma Ryan');
    expect(nameOf('Lauren', { labelled: true, oneWord: true })).toBe('Lauren');
    for (const word of ['Lauren', 'Abstract']) expect(nameOf(word, { labelled: true })).toBeNull();
    for (const word of ['LIMIT', 'Updated', 'Share']) expect(nameOf(word, { labelled: true, oneWord: true })).toBeNull();
  });

  it('never takes a label that holds a function word for a name', () => {
    for (const label of ['POSTED ON', 'No Comments', 'The Rundown', 'Find Your Store']) expect(nameOf(label, { labelled: true })).toBeNull();
  });

  it('does not take a bare "Authors" menu entry for a label', () => {
    expect(isBylineLabel('Authors')).toBe(false);
  });
});

describe('mayOpenWithName: what the name patterns need before they are asked', () => {
  const PATTERNS = namePatterns();

  it('says no to prose, dates and labels, and yes to names', () => {
    for (const line of ['The small harbour town of Kelvik opened a library', 'June 3, 2024', 'Share this article', '"People come here"', '', 'dell Rossi', 'de', '3 min read'])
      expect(mayOpenWithName(line), line).toBe(false);
    for (const line of ['Marta Lind', 'Ana de la Cruz', 'van Gogh', 'Manoj Jain and Jagpreet Chhatwal', 'Audrey Huang, Print Managing Editor', 'Everfit Team', 'Jane|Editor', 'Sean Peek - Analyst', 'José Álvarez', 'Émile Zola', 'Kelvik', 'Jane and Doe', 'Ana y Luis', 'Jane & Doe', 'Jane, Doe', 'Lind och Berg'])
      expect(mayOpenWithName(line), line).toBe(true);
  });

  it('never says no where a name pattern matches (random lines of names, particles, joins and noise)', () => {
    const pieces = ['Jane', 'Doe', 'O’Brien', 'Mc.Kay', 'Anne-Marie', 'de', 'la', 'van', 'del', 'and', '&', 'y', 'och', 'Team', 'Staff', 'staff', 'the', 'small', 'Émile', 'élan', '3', '2024', ',', '|', '-', '–', ':', '"', '.', 'é', ' ', ' ', '  ', '\t', '\u00a0', ', ', ' | ', ' – '];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let matched = 0;
    for (let n = 0; n < 20000; n++) {
      let line = '';
      const count = 1 + Math.floor(next() * 7);
      // Pieces glued or a space apart: names, particles and joins stand between spaces.
      for (let k = 0; k < count; k++) line += (k > 0 && next() < 0.5 ? ' ' : '') + pieces[Math.floor(next() * pieces.length)];
      line = line.trim();
      const any = PATTERNS.some((p) => p.test(line));
      if (any) matched++;
      if (any) expect(mayOpenWithName(line), JSON.stringify(line)).toBe(true);
    }
    expect(matched).toBeGreaterThan(500);
  });
});
