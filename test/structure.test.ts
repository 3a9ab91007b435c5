/**
 * The body as structure: what each kept block is (src/assemble/structure.ts), and how Markdown,
 * text and --blocks draw it (src/format/). HTML says what a block is; a dump shows bullets and,
 * by their shape only, headings.
 */
import { describe, expect, it } from 'vitest';
import { formatArticle } from '../src/format/index.js';
import { extract } from '../src/pipeline.js';
import type { ExtractResult } from '../src/types.js';

const NOW = '2025-06-01';
const PROSE = 'The harbour ferry runs every day of the year, and the timetable changes twice a year, in spring and in autumn, when the evening sailings are added or cut.';

const PAGE = `<html><head><title>Ferry guide</title></head><body><article><h1>Ferry guide</h1>
<p>${PROSE}</p>
<h2>Tickets</h2>
<p>Tickets are sold at the pier office and on board; a return ticket costs less than two singles, and children under twelve travel free.</p>
<ol><li>Buy a ticket at the pier office.</li><li>Show it to the crew when you board.</li></ol>
<ul><li>Bicycles travel free.</li><li>Dogs must be kept on a lead.</li></ul>
<blockquote>We never cancel a sailing for fog alone, said the captain of the morning boat.</blockquote>
<table><tr><th>Day</th><th>First</th><th>Last</th></tr><tr><td>Weekdays</td><td>06:30</td><td>22:15</td></tr><tr><td>Sundays | holidays</td><td>08:00</td></tr></table>
<pre>ferry --from kelvik --to island
  --return</pre>
</article></body></html>`;

function ok(r: ExtractResult) {
  if (!r.ok) throw new Error(`no article: ${r.reason}`);
  return r;
}

describe('the body as structure', () => {
  const r = ok(extract(PAGE, { now: NOW }));

  it('gives one block per body paragraph, same text, same order', () => {
    expect(r.bodyBlocks.map((b) => b.text).join('\n\n')).toBe(r.article.body);
    expect(r.bodyBlocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'item', 'item', 'item', 'item', 'quote', 'row', 'row', 'row', 'code']);
  });

  it('Markdown draws headings, numbered and bulleted lists, quotes, a GFM table and fenced code', () => {
    const md = formatArticle(r.article, 'markdown', { structure: r.bodyBlocks });
    expect(md).toContain('\n\n## Tickets\n\n');
    expect(md).toContain('\n\n1. Buy a ticket at the pier office.\n2. Show it to the crew when you board.\n\n- Bicycles travel free.\n- Dogs must be kept on a lead.\n\n');
    expect(md).toContain('\n\n> We never cancel a sailing for fog alone, said the captain of the morning boat.\n\n');
    // The short row is padded; a | inside a cell is escaped.
    expect(md).toContain('\n\n| Day | First | Last |\n| --- | --- | --- |\n| Weekdays | 06:30 | 22:15 |\n| Sundays \\| holidays | 08:00 |  |\n\n');
    expect(md.endsWith('\n\n```\nferry --from kelvik --to island\n  --return\n```')).toBe(true);
  });

  it('text draws them with plain characters: an underline, markers, aligned columns, indented code', () => {
    const text = formatArticle(r.article, 'text', { structure: r.bodyBlocks });
    expect(text).toContain('\n\nTickets\n=======\n\n');
    expect(text).toContain('\n\n1. Buy a ticket at the pier office.\n2. Show it to the crew when you board.\n\n- Bicycles travel free.\n');
    expect(text).toContain('\n\nDay                 First  Last\nWeekdays            06:30  22:15\nSundays | holidays  08:00\n\n');
    expect(text.endsWith('\n\n    ferry --from kelvik --to island\n      --return')).toBe(true);
  });

  it('--blocks adds the body as [{kind, level, text}] to JSON', () => {
    const record = JSON.parse(formatArticle(r.article, 'jsonl', { structure: r.bodyBlocks, withBlocks: true }));
    expect(record.blocks[1]).toEqual({ kind: 'heading', level: 2, text: 'Tickets' });
    expect(record.blocks[0]).toEqual({ kind: 'paragraph', level: null, text: PROSE });
    expect(record.blocks[3]).toEqual({ kind: 'item', level: null, text: 'Buy a ticket at the pier office.', ordered: true });
    expect(record.blocks[8]).toEqual({ kind: 'row', level: null, text: 'Day First Last', cells: ['Day', 'First', 'Last'] });
    expect(JSON.parse(formatArticle(r.article, 'jsonl', { structure: r.bodyBlocks }))).not.toHaveProperty('blocks');
  });

  it('without structure, Markdown and text fall back to the body\'s paragraphs', () => {
    expect(formatArticle(r.article, 'text')).toBe(`${r.article.title}\n\n${r.article.body}`);
  });
});

describe('a dump\'s structure', () => {
  const dump = (lines: string[]) => ok(extract(lines.join('\n'), { now: NOW, inputType: 'text' }));

  it('reads bullets as items and a short line set apart before prose as a heading', () => {
    const r = dump([
      'Ferry guide', '', PROSE, '', 'Tickets and fares', '',
      'Tickets are sold at the pier office and on board, and a return ticket costs less than two singles on every route the company runs.', '',
      '• Bicycles travel free on every sailing', '• Dogs must be kept on a lead at all times', '',
      'The company plans a second boat for the summer months, when the island hotels are full and the queues at the pier grow long.',
    ]);
    const kinds = r.bodyBlocks.map((b) => `${b.kind}:${b.text.slice(0, 12)}`);
    expect(kinds).toContain('heading:Tickets and ');
    expect(kinds).toContain('item:Bicycles tra');
    expect(formatArticle(r.article, 'markdown', { structure: r.bodyBlocks })).toContain('\n\n## Tickets and fares\n\n');
  });

  it('keeps as paragraphs a short line that ends a sentence, one not followed by prose, or one not set apart', () => {
    const r = dump([
      'Ferry guide', '', PROSE, '', 'The ferry is late.', '', PROSE, '', 'Short note here', 'Another short line', '', PROSE,
    ]);
    expect(r.bodyBlocks.filter((b) => b.kind === 'heading')).toEqual([]);
  });

  it('never takes a handle, a price, an address or a time stamp for a heading; a numbered section title it does', () => {
    const prose = (i: number) => `Paragraph ${i} of the guide tells the reader about the ferry, its crew, its timetable and the island it serves in summer.`;
    const lines = ['Ferry guide', '', prose(0)];
    const labels = ['Account: @harbourferry', 'Get it at the pier for $38.99', 'See www.ferry.example', '32M ago', '2. Take the early boat'];
    labels.forEach((label, i) => lines.push('', label, '', prose(i + 1)));
    const headings = dump(lines).bodyBlocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(['2. Take the early boat']);
  });
});

describe('--links and --images', () => {
  const STORY = 'The harbour ferry runs every day of the year, as the <a href="/timetable">timetable</a> shows, and the <a href="https://ferry.example/">company site</a> lists the fares for each route.';
  const page = (head: string) => `<html><head>${head}</head><body><article><h1>Ferry guide</h1>
<p>The island council has published a new guide to the harbour ferry, its routes and its fares for the coming year.</p>
<p>Most of the guide is about the summer, when the boats are full and the queues at the pier grow long by mid-morning.</p>
<figure><img src="/img/ferry.jpg" alt="The morning ferry"><img src="data:image/gif;base64,R0lGOD" alt="pixel"></figure>
<p>${STORY}</p>
<a href="/cards/1"><h3>Island walks</h3><p>Paths that start at the pier and circle the island in an afternoon, with a map of each.</p></a>
<p>Tickets are sold at the pier office and on board; <a href="javascript:void(0)">call us</a> or <a href="mailto:office@ferry.example">write</a> for a group fare.</p>
<ul><li><a href="/bikes">Bicycles</a> travel free.</li><li>Dogs must be kept on a lead.</li></ul>
</article></body></html>`;
  const CANONICAL = '<link rel="canonical" href="https://harbour.example/news/ferry">';
  const run = (head: string, opts = { links: true, images: true }) => ok(extract(page(head), { now: NOW, ...opts }));

  it('keep inline links (absolute against the page\'s address) and images, and leave the body as it was', () => {
    const r = run(CANONICAL);
    const plain = run(CANONICAL, { links: false, images: false });
    expect(r.article).toEqual(plain.article);
    expect(plain.bodyBlocks.some((b) => b.links || b.images)).toBe(false);
    const story = r.bodyBlocks.find((b) => b.text.startsWith('The harbour ferry'))!;
    expect(story.links).toEqual([{ text: 'timetable', href: 'https://harbour.example/timetable' }, { text: 'company site', href: 'https://ferry.example/' }]);
    // The image comes before the block after it; a data: pixel is no image.
    expect(story.images).toEqual([{ src: 'https://harbour.example/img/ferry.jpg', alt: 'The morning ferry' }]);
  });

  it('drop javascript: links, keep mailto:, and leave out a card link that wraps whole blocks', () => {
    const r = run(CANONICAL);
    const tickets = r.bodyBlocks.find((b) => b.text.startsWith('Tickets'))!;
    expect(tickets.links).toEqual([{ text: 'write', href: 'mailto:office@ferry.example' }]);
    expect(r.bodyBlocks.filter((b) => b.text.startsWith('Island walks') || b.text.startsWith('Paths')).every((b) => !b.links)).toBe(true);
  });

  it('keep a relative address as it is when the page gives none', () => {
    const story = run('').bodyBlocks.find((b) => b.text.startsWith('The harbour ferry'))!;
    expect(story.links?.[0]).toEqual({ text: 'timetable', href: '/timetable' });
  });

  it('are drawn by Markdown, text and --blocks', () => {
    const r = run(CANONICAL);
    const md = formatArticle(r.article, 'markdown', { structure: r.bodyBlocks });
    expect(md).toContain('\n\n![The morning ferry](https://harbour.example/img/ferry.jpg)\n\nThe harbour ferry runs every day of the year, as the [timetable](https://harbour.example/timetable) shows, and the [company site](https://ferry.example/) lists');
    expect(md).toContain('\n- [Bicycles](https://harbour.example/bikes) travel free.\n');
    const text = formatArticle(r.article, 'text', { structure: r.bodyBlocks });
    expect(text).toContain('\n\n[image: The morning ferry] <https://harbour.example/img/ferry.jpg>\n\nThe harbour ferry runs every day of the year, as the timetable <https://harbour.example/timetable> shows');
    const blocks = JSON.parse(formatArticle(r.article, 'jsonl', { structure: r.bodyBlocks, withBlocks: true })).blocks;
    expect(blocks.find((b: { text: string }) => b.text.startsWith('The harbour')).links).toHaveLength(2);
  });
});
