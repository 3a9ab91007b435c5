/** A template's declared date against the date the page prints (src/metadata/shown-date.ts). */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';

const prose =
  '<p>The harbour bridge carries traffic again after eight months of repairs, and the ferry that stood in for it returns to its summer timetable next week.</p>' +
  '<p>Engineers replaced the deck joints and repainted the steel, and the council says the work should keep the bridge open for another forty years.</p>';
const page = (declared: string, modified: string, shown: string) =>
  `<html><head><script type="application/ld+json">{"@type":"Article","headline":"Harbour bridge reopens","datePublished":"${declared}","dateModified":"${modified}"}</script></head>` +
  `<body><article><h1>Harbour bridge reopens</h1><p class="date">${shown}</p>${prose}</article></body></html>`;
const dateOf = (html: string) => {
  const r = extract(html, { now: '2026-01-01', explain: true });
  return r.ok ? { date: r.article.date?.slice(0, 10), source: r.origins?.date?.source } : null;
};

describe('preferShownDate', () => {
  it('takes the printed date over a build stamp the page never prints', () => {
    expect(dateOf(page('2025-11-20T08:00:00Z', '2025-11-20T09:00:00Z', 'May 14, 2025'))).toMatchObject({ date: '2025-05-14', source: expect.stringMatching(/^text /) });
  });

  it('keeps a declared date the page also prints, or one set apart from its modified date', () => {
    expect(dateOf(page('2025-11-20T08:00:00Z', '2025-11-20T09:00:00Z', 'May 14, 2025 (first published November 20, 2025)'))?.date).toBe('2025-11-20');
    expect(dateOf(page('2025-03-01T08:00:00Z', '2025-05-14T09:00:00Z', 'Updated May 14, 2025'))?.date).toBe('2025-03-01');
  });
});

describe('a declared day without a time, one day off the printed date', () => {
  const day = (declared: string, shown: string) =>
    `<html><head><script type="application/ld+json">{"@type":"Article","headline":"Harbour bridge reopens","datePublished":"${declared}"}</script></head>` +
    `<body><article><h1>Harbour bridge reopens</h1><p class="date">${shown}</p>${prose}</article></body></html>`;

  it('gives way to the day printed under the headline (a UTC timestamp cut to its date)', () => {
    expect(dateOf(day('2025-11-13', '12 November 2025'))).toMatchObject({ date: '2025-11-12', source: expect.stringMatching(/^text /) });
  });

  it('stands when it carries a time of day, or when the printed date is further off', () => {
    expect(dateOf(day('2025-11-13T01:30:00-05:00', '12 November 2025'))).toMatchObject({ date: '2025-11-13', source: expect.stringMatching(/^html /) });
    expect(dateOf(day('2025-11-13', '10 November 2025'))?.date).toBe('2025-11-13');
  });
});

describe('a declared numeric date read the wrong way round', () => {
  const meta = (declared: string, shown: string) =>
    `<html><head><meta property="article:published_time" content="${declared}"></head>` +
    `<body><article><h1>Harbour bridge reopens</h1><p class="date">${shown}</p>${prose}</article></body></html>`;

  it('gives way to the date printed under the headline with its month named ("03-09-2025" meant March 9)', () => {
    expect(dateOf(meta('03-09-2025', 'Published March 9, 2025'))).toMatchObject({ date: '2025-03-09', source: expect.stringMatching(/^text /) });
  });

  it('stands when the printed date is numeric too, or is another day', () => {
    expect(dateOf(meta('03-09-2025', 'Published 09.03.2025'))?.date).toBe('2025-09-03');
    expect(dateOf(meta('03-09-2025', 'Published March 10, 2025'))?.date).toBe('2025-09-03');
  });
});
