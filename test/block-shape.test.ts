/**
 * Every block has one shape (src/parse/block.ts): the same fields in the same order, whichever
 * way the parse made it, so that V8 sees one object shape wherever blocks are read.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../src/parse/html/dom.js';
import { htmlToBlocks } from '../src/parse/html/html-blocks.js';
import { textToBlocks } from '../src/parse/text/text-blocks.js';
import { MAX_BLOCK_CHARS } from '../src/parse/limits.js';

/** A page whose blocks are made every way the parse makes them (`long`: a text longer than any paragraph). */
const pageOf = (long: string): string =>
  '<body><h2>Heading</h2><p>A plain paragraph.</p>' +
  '<table><tr><td>cell one</td><td>cell two</td></tr></table>' +
  '<p>A sentence broken<br>by a line break inside it.</p>' +
  `<p>${long}</p></body>`;
const WORDS = Math.ceil(MAX_BLOCK_CHARS / 5) + 10;
const PAGE = pageOf('word '.repeat(WORDS).trim());
const DUMP = 'A line of a dump\n\n* an item\n\nA third line.\n';

describe('one shape for every block', () => {
  it('gives each block of HTML and of text the same fields in the same order', () => {
    const html = htmlToBlocks(parseHtml(PAGE)).blocks;
    const text = textToBlocks(DUMP).blocks;
    // Every way is taken: a heading, a row with cells, a joined line, a long text in pieces.
    expect(html.some((b) => b.kind === 'heading' && b.level === 2)).toBe(true);
    expect(html.some((b) => b.cells?.length === 2)).toBe(true);
    expect(html.some((b) => b.text === 'A sentence broken by a line break inside it.')).toBe(true);
    expect(html.filter((b) => b.text.startsWith('word')).length).toBeGreaterThan(1);
    expect(text.some((b) => b.line !== undefined)).toBe(true);
    const keys = new Set([...html, ...text].map((b) => Object.keys(b).join(',')));
    expect([...keys]).toEqual(['index,text,kind,level,linkChars,hints,line,gapBefore,selectedBy,cells,links,images']);
  });

  it('gives them one object shape in V8', () => {
    // Object shapes are visible only to V8's own natives: asked in a child process, of the built modules.
    const dist = (path: string) => JSON.stringify(fileURLToPath(new URL(`../dist/${path}`, import.meta.url)));
    const script = `const { parseHtml } = await import(${dist('parse/html/dom.js')});
      const { htmlToBlocks } = await import(${dist('parse/html/html-blocks.js')});
      const { textToBlocks } = await import(${dist('parse/text/text-blocks.js')});
      const pageOf = ${pageOf.toString()};
      const blocks = [...htmlToBlocks(parseHtml(pageOf('word '.repeat(${WORDS}).trim()))).blocks, ...textToBlocks(${JSON.stringify(DUMP)}).blocks];
      console.log(JSON.stringify([blocks.length, blocks.every((b) => %HaveSameMap(b, blocks[0]))]));`;
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const [count, same] = JSON.parse(run.stdout) as [number, boolean];
    expect(count).toBeGreaterThan(6);
    expect(same).toBe(true);
  });
});
