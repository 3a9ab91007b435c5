import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

/** A vBulletin thread's tools between the headline and the first post: past the headline's cluster. */
const TOOLS = ['Thread Tools', 'Show Printable Version', 'Email this Page', 'Display Modes', 'Linear Mode', 'Hybrid Mode', 'Threaded Mode', ''];

/**
 * A small thread dump: the header line under test (after the thread's tools when `tools`),
 * then replies stamped with other dates, under a masthead that shows the day and its latest post.
 */
function thread(startLine: string, tools = false): string {
  return [
    'Cycling Forum', 'Forums', 'New posts', 'Latest: Brake pads for a hardtail · May 27, 2025', 'Sat Nov 30, 2024', '',
    'Which chain lube lasts longest in the rain?', ...(tools ? TOOLS : []), startLine, '',
    'I ride to work all winter and my chain squeaks after every wet ride. Wax, dry lube or wet lube: which one actually lasts through a week of rain?', '',
    'rider42', 'Joined: Mar 3, 2019', 'Jun 15, 2024', '',
    'Wet lube, applied the evening before and wiped off in the morning. Wax is cleaner but it washes off within two or three rainy commutes.', '',
    'pedalpusher', 'Jun 16, 2024', '',
    'Agreed on wet lube. Clean the chain once a week or it turns into grinding paste.',
  ].join('\n');
}

describe("a thread's start stamp", () => {
  it.each([
    ['Discussion in \'Commuting\' started by pelex, June 4, 2024.', '2024-06-04'],
    ['Started by Biology Forums, June 04, 2024, 11:23:55 AM', '2024-06-04'],
    ['Post by galitsyn » 4. Jun 2024, 18:36', '2024-06-04'],
    ['Postby galitsyn » Tue Jun 04, 2024 1:47 am', '2024-06-04'],
    ['11-29-2024, 09:03 AM #1', '2024-11-29', true],
    ['29th November 2024, 09:03 #1 | Link', '2024-11-29', true],
  ])('%s dates the thread', (line, day, tools = false) => {
    const result = extract(thread(line, tools), { inputType: 'text', now: '2026-11-26T12:00:00Z' });
    expect(result.ok && result.article.date?.slice(0, 10)).toBe(day);
  });
});
