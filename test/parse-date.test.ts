import { describe, expect, it } from 'vitest';
import { MONTHS, MONTH_NAMES, WEEKDAYS, lookupMonth } from '../src/metadata/date/months.js';
import { findDates, isDateOnlyLine, parseDate } from '../src/metadata/date/parse-date.js';
import { findRelativeDate } from '../src/metadata/date/relative-date.js';
import { pageReadsDayFirst, readsDayFirst, writesDayFirst } from '../src/metadata/date/date-order.js';

const now = new Date('2026-11-26T12:00:00Z');
const opts = { now };

describe('month table', () => {
  it('maps every spelling of a month to one number across languages (no collisions)', () => {
    const seen = new Map<string, number>();
    for (const [lang, table] of Object.entries(MONTH_NAMES)) {
      expect(table, lang).toHaveLength(12);
      table.forEach((spellings, i) => {
        for (const s of spellings) {
          const prev = seen.get(s);
          expect(prev === undefined || prev === i + 1, `${lang} ${s}`).toBe(true);
          seen.set(s, i + 1);
        }
      });
    }
  });

  it.each([
    ['october', 10], ['Oct.', 10], ['février', 2], ['fevrier', 2], ['févr.', 2], ['août', 8], ['aout', 8],
    ['März', 3], ['maerz', 3], ['Jänner', 1], ['septiembre', 9], ['setiembre', 9], ['ottobre', 10], ['março', 3],
    ['marco', 3], ['mrt', 3], ['mei', 5], ['Ekim', 10], ['şubat', 2], ['subat', 2], ['mayıs', 5], ['mayis', 5],
    ['NİSAN', 4], ['października', 10], ['desember', 12], ['agustus', 8],
  ])('lookupMonth(%j) = %i', (word, month) => {
    expect(lookupMonth(word)).toBe(month);
  });

  it('knows weekdays in every language and nothing silly', () => {
    for (const w of ['wednesday', 'wed.', 'mercredi', 'mittwoch', 'miércoles', 'miercoles', 'mercoledì', 'quarta-feira', 'woensdag', 'çarşamba', 'carsamba', 'środa', 'onsdag', 'rabu']) {
      expect(WEEKDAYS.has(w), w).toBe(true);
    }
    expect(MONTHS.has('the')).toBe(false);
    expect(lookupMonth('members')).toBeUndefined();
  });
});

describe('parseDate: forms', () => {
  it.each([
    // numeric, year first
    ['2025-10-22', '2025-10-22'],
    ['2025/10/22', '2025-10-22'],
    ['2025.10.22', '2025-10-22'],
    // ISO date-times
    ['2025-10-22T05:36:09+01:00', '2025-10-22T05:36:09+01:00'],
    ['2025-10-22T05:36:09.123Z', '2025-10-22T05:36:09Z'],
    ['2025-10-22T05:36+0530', '2025-10-22T05:36:00+05:30'],
    ['2025-10-22 05:36:09 -0400', '2025-10-22T05:36:09-04:00'],
    ['2025-10-22 05:36', '2025-10-22'], // no offset: the time is dropped, never invented
    ['2025-10-22T05:36:09', '2025-10-22'],
    // English, month first
    ['October 22, 2025', '2025-10-22'],
    ['Oct 22, 2025', '2025-10-22'],
    ['Oct. 22, 2025', '2025-10-22'],
    ['Sept. 3, 2025', '2025-09-03'],
    ['October 22 2025', '2025-10-22'],
    ['October 22nd, 2025', '2025-10-22'],
    ['Oct 1st 2025', '2025-10-01'],
    ['Wednesday, October 22, 2025', '2025-10-22'],
    ['Wed, Oct 22, 2025', '2025-10-22'],
    // day first, by language
    ['22 October 2025', '2025-10-22'],
    ['22 Oct 2025', '2025-10-22'],
    ['22nd October 2025', '2025-10-22'],
    ['22nd of October 2025', '2025-10-22'],
    ['22-Oct-2025', '2025-10-22'],
    ['22 octobre 2025', '2025-10-22'],
    ['1er octobre 2025', '2025-10-01'],
    ['mercredi 22 octobre 2025', '2025-10-22'],
    ['22 févr. 2025', '2025-02-22'],
    ['15 aout 2025', '2025-08-15'],
    ['22. Oktober 2025', '2025-10-22'],
    ['Mittwoch, 22. Oktober 2025', '2025-10-22'],
    ['3. März 2025', '2025-03-03'],
    ['22 de octubre de 2025', '2025-10-22'],
    ['miércoles, 22 de octubre de 2025', '2025-10-22'],
    ['1º de septiembre de 2025', '2025-09-01'],
    ['22 ottobre 2025', '2025-10-22'],
    ['mercoledì 22 ottobre 2025', '2025-10-22'],
    ['22 de outubro de 2025', '2025-10-22'],
    ['quarta-feira, 22 de outubro de 2025', '2025-10-22'],
    ['7 de março de 2025', '2025-03-07'],
    ['22 oktober 2025', '2025-10-22'],
    ['woensdag 22 okt. 2025', '2025-10-22'],
    ['5 mrt 2025', '2025-03-05'],
    ['22 Ekim 2025', '2025-10-22'],
    ['22 Ekim 2025 Çarşamba', '2025-10-22'],
    ['5 Şubat 2025', '2025-02-05'],
    ['5 ŞUBAT 2025', '2025-02-05'],
    ['22 KASIM 2025', '2025-11-22'],
    ['22 października 2025', '2025-10-22'],
    ['22 oktober 2025', '2025-10-22'],
    ['onsdag 22. oktober 2025', '2025-10-22'],
    ['22 Agustus 2025', '2025-08-22'],
    ['Rabu, 22 Oktober 2025', '2025-10-22'],
    // numeric, day or month first
    ['22.10.2025', '2025-10-22'],
    ['22/10/2025', '2025-10-22'],
    ['22-10-2025', '2025-10-22'],
    ['10/22/2025', '2025-10-22'],
    ['03/04/2025', '2025-03-04'], // ambiguous slash: US month first
    ['03.04.2025', '2025-04-03'], // ambiguous dot: day first
    ['03-04-2025', '2025-04-03'], // ambiguous dash: day first
    ['10-22-2025', '2025-10-22'],
    ['1.2.2025', '2025-02-01'],
    ['22.10.25', '2025-10-22'], // two-digit year, dotted form only
    ['Published: 22.10.2025', '2025-10-22'],
  ])('%j -> %s', (raw, iso) => {
    expect(parseDate(raw, opts)).toBe(iso);
  });
});

describe('parseDate: times and offsets', () => {
  it.each([
    ['Oct. 22, 2025 5:30 PM ET', '2025-10-22T17:30:00-04:00'],
    ['Jan. 22, 2025 5:30 PM ET', '2025-01-22T17:30:00-05:00'],
    ['Oct 22, 2025 5:30pm PT', '2025-10-22T17:30:00-07:00'],
    ['Dec 22, 2025 5.30pm CT', '2025-12-22T17:30:00-06:00'],
    ['July 4, 2025 9 am MT', '2025-07-04T09:00:00-06:00'],
    ['Oct 22, 2025 12:00 AM UTC', '2025-10-22T00:00:00Z'],
    ['Oct 22, 2025 12:15 PM GMT', '2025-10-22T12:15:00Z'],
    ['Oct 22, 2025 at 10:31 p.m. EDT', '2025-10-22T22:31:00-04:00'],
    ['Oct 22, 2025 17:30 EST', '2025-10-22T17:30:00-05:00'], // explicit EST is taken as written
    ['Oct 22, 2025 17:30 (PDT)', '2025-10-22T17:30:00-07:00'],
    ['22 October 2025 17:30 BST', '2025-10-22T17:30:00+01:00'],
    ['22 octobre 2025 à 17h30 CEST', '2025-10-22T17:30:00+02:00'],
    ['22.10.2025, 17:05 Uhr CET', '2025-10-22T17:05:00+01:00'],
    ['22 Oct 2025 5 pm IST', '2025-10-22T17:00:00+05:30'],
    ['22 Oct 2025 09:00 JST', '2025-10-22T09:00:00+09:00'],
    ['22 Oct 2025 09:00 AEDT', '2025-10-22T09:00:00+11:00'],
    ['22 Oct 2025 09:00 AEST', '2025-10-22T09:00:00+10:00'],
    ['22 Oct 2025 09:00 UTC+2', '2025-10-22T09:00:00+02:00'],
    ['Wed, 22 Oct 2025 05:36:09 +0100', '2025-10-22T05:36:09+01:00'],
    ['Mon, 03 Nov 2025 14:05:00 GMT', '2025-11-03T14:05:00Z'],
    ['Published 10:31 AM EST Nov 19, 2019', '2019-11-19T10:31:00-05:00'],
    ['Chris Davies - Nov 19, 2019, 10:31 pm CST', '2019-11-19T22:31:00-06:00'],
    ['22 Oktober 2025 pukul 14.30 WIB', '2025-10-22T14:30:00+07:00'],
    // US daylight-time edges (2025: Mar 9 and Nov 2; before 2007: first Sunday of April, last of October)
    ['March 8, 2025 3:00 AM ET', '2025-03-08T03:00:00-05:00'],
    ['March 9, 2025 3:00 AM ET', '2025-03-09T03:00:00-04:00'],
    ['Nov 1, 2025 10:00 AM PT', '2025-11-01T10:00:00-07:00'],
    ['Nov 2, 2025 2:30 AM PT', '2025-11-02T02:30:00-08:00'],
    ['Nov 3, 2025 10:00 AM PT', '2025-11-03T10:00:00-08:00'],
    ['2 Apr 2006 10:00 AM ET', '2006-04-02T10:00:00-04:00'],
    ['1 Nov 2006 10:00 AM ET', '2006-11-01T10:00:00-05:00'],
    // a time without a known offset is dropped
    ['Oct 22, 2025 5:30 PM', '2025-10-22'],
    ['22.10.2025, 17:05 Uhr', '2025-10-22'],
    ['22 octobre 2025 à 17h30', '2025-10-22'],
    ['Oct 22, 2025 10:00-11:00', '2025-10-22'], // a time range, not an offset of -11:00
    ['Oct 22, 2025 17:30 -0400', '2025-10-22T17:30:00-04:00'], // RFC 2822 style offset
  ])('%j -> %s', (raw, iso) => {
    expect(parseDate(raw, opts)).toBe(iso);
  });
});

describe('parseDate: rejections', () => {
  it.each([
    // impossible
    'February 30, 2025', 'Feb 29, 2025', '31.04.2025', '2025-13-01', '2025-00-10', '0.10.2025', '13/13/2025',
    '2025-10-22T25:00:00Z', 'Oct 22, 2025 at 25:00 ET', 'Oct 22, 2025 10:75 PM',
    // implausible: too old, or more than 2 days after now (2026-11-26T12:00Z)
    '1989-12-31', 'December 31, 1989', '2026-11-29', '29.11.2026', 'Nov 28, 2026 11:00 PM PT',
    // missing parts
    'October 2025', 'Oct 2025', 'October 22', '22 octobre', '22.10.', '10/22',
    // not dates
    '', 'hello', '2025', 'v1.12.2025', 'version 10.12.25',
  ])('%j -> null', (raw) => {
    expect(parseDate(raw, opts)).toBeNull();
  });

  it('accepts the edges of plausibility', () => {
    expect(parseDate('1990-01-01', opts)).toBe('1990-01-01');
    expect(parseDate('Feb 29, 2024', opts)).toBe('2024-02-29');
    expect(parseDate('2026-11-28', opts)).toBe('2026-11-28');
    expect(parseDate('2030-01-01', opts)).toBeNull();
    expect(parseDate('2030-01-01')).toBe('2030-01-01'); // without now, no future check
  });

  it('counts the days of every month by the calendar: the last day passes, the day after it does not', () => {
    // Without a clock every year to 9999 is plausible: the century rules show.
    for (const year of [1990, 1999, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let month = 1; month <= 12; month++) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const day = (d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(parseDate(day(last)), day(last)).toBe(day(last));
        expect(parseDate(day(last + 1)), day(last + 1)).toBeNull();
      }
    }
  });

  it('never throws on odd input', () => {
    expect(parseDate(undefined as unknown as string)).toBeNull();
    expect(findDates(null as unknown as string)).toEqual([]);
    expect(isDateOnlyLine(42 as unknown as string)).toBe(false);
    expect(parseDate('Oct 22, 2025', { now: new Date('nonsense') })).toBe('2025-10-22');
  });
});

describe('findDates', () => {
  it.each([
    ['Chris Davies - Nov 19, 2019, 10:31 pm CST', [['2019-11-19T22:31:00-06:00', 'Nov 19, 2019, 10:31 pm CST', true]]],
    ['Published 10:31 AM EST Nov 19, 2019', [['2019-11-19T10:31:00-05:00', '10:31 AM EST Nov 19, 2019', true]]],
    ['Updated: 22.10.2025, 17:05 Uhr', [['2025-10-22', '22.10.2025, 17:05 Uhr', true]]],
    ['By Jane, Wednesday, October 22, 2025 in News', [['2025-10-22', 'Wednesday, October 22, 2025', false]]],
    ['Mi., 22.10.2025 um 17:05 Uhr', [['2025-10-22', 'Mi., 22.10.2025 um 17:05 Uhr', true]]],
    ['17:05 Uhr am 22.10.2025', [['2025-10-22', '17:05 Uhr am 22.10.2025', true]]],
    ['22.10.2025 17:05 am Main', [['2025-10-22', '22.10.2025 17:05', true]]], // German "am", not a.m.
    ['Tuesday Oct 21st 2025 @ 9am PT', [['2025-10-21T09:00:00-07:00', 'Tuesday Oct 21st 2025 @ 9am PT', true]]],
    ['Published Oct 22, 2025 · Updated Oct 23, 2025 10:00 AM ET', [
      ['2025-10-22', 'Oct 22, 2025', false],
      ['2025-10-23T10:00:00-04:00', 'Oct 23, 2025 10:00 AM ET', true],
    ]],
    ['From 22.10.2025 to 24/10/2025', [['2025-10-22', '22.10.2025', false], ['2025-10-24', '24/10/2025', false]]],
    ['Oct 22, 2025, 10:00-12:00', [['2025-10-22', 'Oct 22, 2025, 10:00', true]]],
    // A dump that glued a reading time or a time to the year.
    ['Mar 27, 20255 mins', [['2025-03-27', 'Mar 27, 2025', false]]],
    ['by Harsh Vaibhav May 2nd 202511 mins', [['2025-05-02', 'May 2nd 2025', false]]],
    ['15 August 20253 min read', [['2025-08-15', '15 August 2025', false]]],
    ['June 14, 20241 yr in Kerbal Network', [['2024-06-14', 'June 14, 2024', false]]],
    ['October 17, 20236:01 PM ET', [['2023-10-17T18:01:00-04:00', 'October 17, 20236:01 PM ET', true]]],
    // Digits after a year with no unit: a longer number, not a date.
    ['Call May 5, 202512', []],
    // A dump that glued a kicker or a name to the dateline: the month's capital starts a word.
    ['Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026', [['2022-12-22', 'DECEMBER 22, 2022', false], ['2026-01-02', 'JANUARY 02, 2026', false]]],
    ['annette thurmonJune 17, 2021garden, pest control', [['2021-06-17', 'June 17, 2021', false]]],
    // Glued in lower case is a word's end, not a month: "primarily 5, 2025" has none.
    ['the summary 5, 2025 report', []],
  ])('%j', (line, expected) => {
    const found = findDates(line, opts);
    expect(found.map((d) => [d.iso, d.text, d.hasTime])).toEqual(expected);
    for (const d of found) expect(line.slice(d.start, d.end)).toBe(d.text);
  });

  it('remembers a line read with page options, and hands out copies that callers may reorder', () => {
    const memo = new Map();
    const page = { ...opts, memo };
    const line = 'From 22.10.2025 to 24/10/2025';
    const first = findDates(line, page);
    first.reverse();
    expect(memo.size).toBe(1);
    expect(findDates(line, page).map((d) => d.iso)).toEqual(['2025-10-22', '2025-10-24']);
    // A line without two digits in a row is never a date, and is not remembered.
    expect(findDates('No date here', page)).toEqual([]);
    expect(memo.size).toBe(1);
  });

  it.each([
    ['release 2025-10-22', ['2025-10-22']],
    ['v. 22.10.2025', []],
    ['3 May, not a year', []],
    ['3 May 2025', ['2025-05-03']],
    ['22.10.25 um 17 Uhr', ['2025-10-22']],
  ])('looks for each form only where its digits are: %j', (line, expected) => {
    expect(findDates(line, opts).map((d) => d.iso)).toEqual(expected);
  });

  it('reports exact spans', () => {
    const line = 'Chris Davies - Nov 19, 2019, 10:31 pm CST';
    expect(findDates(line, opts)).toEqual([
      { iso: '2019-11-19T22:31:00-06:00', start: 15, end: line.length, text: 'Nov 19, 2019, 10:31 pm CST', hasTime: true },
    ]);
    const tr = 'Haber: 22 EKİM 2025 ÇARŞAMBA';
    expect(findDates(tr, opts)).toEqual([{ iso: '2025-10-22', start: 7, end: 19, text: '22 EKİM 2025', hasTime: false }]);
  });

  it.each([
    'in 2025 the 22 members',
    'between 2020 and 2025 roughly 22 of them',
    'He scored 22 in May 2025',
    'may 2025 be great',
    'upgrade to 3.5.1 now',
    'iOS 17.1.2 is out',
    'release v1.12.2025',
    'IP 192.168.10.22',
    'add 1/2 cup of flour',
    'call 555-123-4567 or +1 (555) 010-2025',
    'Call 06 12 34 56 78',
    'pages 12-14, 2025 edition',
    'Score 3-1 in 2025',
    'the 1990s and 2000s',
    'it costs 22.10 euros',
  ])('no date in %j', (line) => {
    expect(findDates(line, opts)).toEqual([]);
  });
});

describe('isDateOnlyLine', () => {
  it.each([
    '22.10.2025',
    'October 22, 2025',
    'Published October 22, 2025',
    'Posted on Oct 22, 2025',
    'Last updated: Wednesday, 22 October 2025 (BST)',
    'Date: 2025-10-22',
    'Published Oct 22, 2025 · Updated Oct 23, 2025 10:00 AM',
    'Oct 22, 2025 | Updated 5:30 PM ET',
    'Oct. 22, 2025 5:30 PM ET',
    'Updated: 22.10.2025, 17:05 Uhr',
    'Stand: 22.10.2025',
    'veröffentlicht am 22. Oktober 2025',
    'aktualisiert am 22.10.2025 um 17:05 Uhr',
    'publié le 22 octobre 2025',
    'mis à jour le 22 octobre 2025 à 17h30',
    'Publicado el 22 de octubre de 2025',
    'actualizado: 22/10/2025',
    'Pubblicato il 22 ottobre 2025',
    'aggiornato - 22.10.2025',
    'Gepubliceerd op 22 oktober 2025',
    'bijgewerkt: 22-10-2025',
    'Yayınlanma: 22.10.2025 14:30',
    'Güncelleme: 22 Ekim 2025, 14:30',
    '— 22 Oct 2025 —',
    '• 22 Oct 2025 •',
  ])('dateline: %j', (line) => {
    expect(isDateOnlyLine(line, opts)).toBe(true);
  });

  it.each([
    'By Jane Doe | October 22, 2025',
    'Posted on Oct 22, 2025 by Jane',
    'The summit on October 22, 2025 ended early.',
    '22 octobre 2025 et demain',
    'Published',
    '',
    'in 2025 the 22 members',
    'Oct 2025',
    'Published 2026-12-25', // implausible date: not a dateline
  ])('not a dateline: %j', (line) => {
    expect(isDateOnlyLine(line, opts)).toBe(false);
  });
});

describe('isDateOnlyLine: a post stamp with its extras', () => {
  it.each(['Oct 22, 2025 | 5 min read', '23.07.2025 · 6 min read', '#1 2025-11-01 15:14:37', 'March 3, 2025 Link', 'Posted March 3, 2025 · 12 minute read'])('%s is a dateline', (line) => {
    expect(isDateOnlyLine(line, { now: new Date('2026-11-26') })).toBe(true);
  });

  it('still refuses a sentence with a date in it', () => {
    expect(isDateOnlyLine('The 6 min read on March 3, 2025 was long', { now: new Date('2026-11-26') })).toBe(false);
  });
});

describe('dates in more scripts and layouts', () => {
  it.each([
    ['12. 3. 2025 10:41', '2025-03-12'], // Czech, spaced
    ['2025. 3. 12.', '2025-03-12'], // Hungarian and Korean, year first
    ['8. října 2025, 7:15', '2025-10-08'], // Czech genitive month
    ['12 марта 2025, 10:41', '2025-03-12'], // Russian genitive month
    ['12 березня 2025 р.', '2025-03-12'], // Ukrainian
    ['2025年3月12日 10時41分', '2025-03-12'], // Japanese, Chinese
    ['2025년 3월 12일', '2025-03-12'], // Korean
  ])('%s -> %s', (line, iso) => {
    expect(parseDate(line, opts)).toBe(iso);
  });

  it.each(['12. 3. 2025 10:41', 'Aktualizováno 12. 3. 2025 14:05', '2025年3月12日 10時41分', 'Опубликовано 12 марта 2025 г.'])('%s is a dateline', (line) => {
    expect(isDateOnlyLine(line, opts)).toBe(true);
  });

  it('reads a spaced version number as no date', () => {
    expect(findDates('version 1. 2. 2025', opts)).toEqual([]);
  });
});

describe('day-first pages', () => {
  it('reads 03/06/2025 month first by default and day first when the page says so', () => {
    expect(parseDate('03/06/2025', opts)).toBe('2025-03-06');
    expect(parseDate('03/06/2025', { ...opts, dayFirst: true })).toBe('2025-06-03');
  });

  it('still takes a first number above 12 as the day', () => {
    expect(parseDate('22/10/2025', opts)).toBe('2025-10-22');
    expect(parseDate('10/22/2025', { ...opts, dayFirst: true })).toBe('2025-10-22');
  });

  it.each([
    ['es', true], ['it', true], ['id', true], ['en-GB', true], ['en-AU', true],
    ['en', false], ['en-US', false], ['en_PH', false], [null, false], ['', false],
  ] as const)('%s writes the day first: %s', (lang, dayFirst) => {
    expect(readsDayFirst(lang)).toBe(dayFirst);
  });
});

describe('writesDayFirst: an English page orders its dates as it prints them', () => {
  it.each([
    [['Posted 25/10/2023 by Ann'], true],
    [['Updated 10/25/2023'], false],
    [['Published 3 October 2023', 'Comments closed on 21st Oct 2023'], true],
    [['Published October 3, 2023'], false],
    // Most votes win: a page's own stamps outnumber a quoted date.
    [['3 October 2023', '4 October 2023', 'first aired on October 1, 2023'], true],
  ])('%j -> %s', (texts, dayFirst) => {
    expect(writesDayFirst(texts)).toBe(dayFirst);
  });

  it('says nothing when every date it prints reads both ways, or it prints none', () => {
    expect(writesDayFirst(['03/10/2023', 'Order number 12/11'])).toBeNull();
    expect(writesDayFirst(['No dates on this page at all'])).toBeNull();
  });

  it('lets an English page decide, whatever its region, and leaves other languages day first', () => {
    expect(pageReadsDayFirst('en', () => ['Published 3 October 2023'])).toBe(true);
    expect(pageReadsDayFirst('en-US', () => ['Posted 25/10/2023'])).toBe(true);
    expect(pageReadsDayFirst('en-GB', () => ['Published October 3, 2023'])).toBe(false);
    expect(pageReadsDayFirst('en', () => ['no dates'])).toBe(false);
    expect(pageReadsDayFirst('en-GB', () => ['no dates'])).toBe(true);
    expect(pageReadsDayFirst('fr', () => ['Published October 3, 2023'])).toBe(true);
  });
});

describe('findRelativeDate', () => {
  const now = new Date('2026-02-10T15:00:00Z');
  it.each([
    ['3 hours ago', '2026-02-10'],
    ['Posted 5 days ago', '2026-02-05'],
    ['an hour ago', '2026-02-10'],
    ['vor 3 Tagen', '2026-02-07'],
    ['il y a 2 jours', '2026-02-08'],
    ['hace 3 días', '2026-02-07'],
    ['há 2 dias', '2026-02-08'],
    ['3 giorni fa', '2026-02-07'],
    ['2 dagen geleden', '2026-02-08'],
    ['Yesterday at 4:25 AM', '2026-02-09'],
    ['Posted yesterday', '2026-02-09'],
    ['submitted 17 hours ago by someone', '2026-02-09'],
  ])('%s -> %s', (line, iso) => {
    expect(findRelativeDate(line, now)?.iso).toBe(iso);
  });

  it('gives the words as the line writes them, and where they stand', () => {
    expect(findRelativeDate('Updated 3 Hours AGO by the desk', now)).toEqual({ iso: '2026-02-10', start: 8, end: 19, text: '3 Hours AGO' });
    expect(findRelativeDate('GESTERN um 17:05', now)).toEqual({ iso: '2026-02-09', start: 0, end: 7, text: 'GESTERN' });
  });

  it.each(['2 weeks ago', '3 months ago', 'Today', "Today's Hours", 'I saw her yesterday and we talked for a long time about it', 'Stay here at 10:15'])(
    'names no day: %s',
    (line) => {
      expect(findRelativeDate(line, now)).toBeNull();
    },
  );
});

describe('findDates: day-month-year forms tried where digits start', () => {
  it.each([
    ['22nd October 2025', ['2025-10-22']],
    ['1er octobre 2025 et 3 mai 2024', ['2025-10-01', '2024-05-03']],
    ['22 de octubre de 2025', ['2025-10-22']],
    ['x22 May 2025', []],
    ['122 May 2025', []],
    ['On 5 May 2025, 6 June 2025.', ['2025-05-05', '2025-06-06']],
  ])('%j', (line, expected) => {
    expect(findDates(line, {}).map((d) => d.iso)).toEqual(expected);
  });
});

describe('findDates: what a day, a time or a weekday must have before its pattern is asked', () => {
  // The day-month-year pattern is asked only after a day of one or two digits that a letter,
  // a dot, a dash, a space or a character beyond ASCII follows; these are all of its openings.
  it.each([
    ['22. Oktober 2025', ['2025-10-22']],
    ['3-Oct-2025', ['2025-10-03']],
    ['3\u00a0May 2025', ['2025-05-03']],
    ['3\tMay 2025', ['2025-05-03']],
    ['1º de mayo de 2025', ['2025-05-01']],
    ['7th of May 2024', ['2024-05-07']],
    ['3, May 2025', []],
    ['Room 3/May 2025', []],
  ])('a day then %j', (line, expected) => {
    expect(findDates(line, {}).map((d) => d.iso)).toEqual(expected);
  });

  // The time patterns are asked only where a digit stands beside the date; the weekday's only
  // where anything stands before it.
  it.each([
    ['March 3, 2025', '2025-03-03', 'March 3, 2025'],
    ['March 3, 2025 at 10:31 pm CST', '2025-03-03T22:31:00-06:00', 'March 3, 2025 at 10:31 pm CST'],
    ['10:31 AM EST Nov 19, 2019', '2019-11-19T10:31:00-05:00', '10:31 AM EST Nov 19, 2019'],
    ['Monday, 3 March 2025', '2025-03-03', 'Monday, 3 March 2025'],
    ['Published March 3, 2025 · news', '2025-03-03', 'March 3, 2025'],
  ])('%j', (line, iso, text) => {
    const [date] = findDates(line, {});
    expect([date?.iso, date?.text]).toEqual([iso, text]);
  });

  it('still reads a stray time beside a dateline as part of it', () => {
    expect(isDateOnlyLine('March 3, 2025 · 10:31')).toBe(true);
    expect(isDateOnlyLine('March 3, 2025 · room 10')).toBe(false);
  });
});
