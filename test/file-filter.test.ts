/**
 * What a batch run takes when it finds files itself: page files by default, --include and
 * --exclude globs otherwise (src/batch/sources/file-filter.ts), and how a walk counts the rest.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileFilter, expandInputs, isPageFileName } from '../src/batch/sources/index.js';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fixtures-like tree: pages beside expected outputs, a script and notes. */
function mixedTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pith-filter-'));
  temps.push(dir);
  const files = ['a.html', 'a.expected.json', 'b.TXT', 'make.mjs', 'notes.md', 'sub/c.htm.gz', 'sub/expected.json', 'sub/dump.warc.gz', 'sub/rows.ndjson', 'amp/d.html'];
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '<p>x</p>');
  }
  return dir;
}

async function walked(dir: string, include?: string[], exclude?: string[]) {
  const passed: string[] = [];
  const taken: string[] = [];
  const filter = createFileFilter({ include, exclude });
  for await (const e of expandInputs([dir], { filter, onFilteredFile: (p) => passed.push(relative(dir, p)) })) {
    taken.push(relative(dir, e as string));
  }
  return { taken, passed };
}

describe('page files', () => {
  it('are pages and dumps by extension, any case, optionally gzipped', () => {
    for (const name of ['a.html', 'a.HTM', 'a.xhtml', 'a.shtml', 'a.txt', 'a.warc', 'a.jsonl', 'a.ndjson', 'a.html.gz', 'd.warc.gz']) {
      expect(isPageFileName(name), name).toBe(true);
    }
    for (const name of ['expected.json', 'make.mjs', 'notes.md', 'a.gz', 'html', 'a.html.bak', 'a.txt.zip']) {
      expect(isPageFileName(name), name).toBe(false);
    }
  });
});

describe('a directory walk', () => {
  it('takes page files only by default and reports each file it passes over', async () => {
    const { taken, passed } = await walked(mixedTree());
    expect(taken).toEqual(['a.html', 'amp/d.html', 'b.TXT', 'sub/c.htm.gz', 'sub/dump.warc.gz', 'sub/rows.ndjson']);
    expect(passed).toEqual(['a.expected.json', 'make.mjs', 'notes.md', 'sub/expected.json']);
  });

  it('takes what --include names instead (a name pattern, or a path pattern below the root)', async () => {
    const dir = mixedTree();
    expect((await walked(dir, ['*.json'])).taken).toEqual(['a.expected.json', 'sub/expected.json']);
    expect((await walked(dir, ['sub/*'])).taken).toEqual(['sub/c.htm.gz', 'sub/dump.warc.gz', 'sub/expected.json', 'sub/rows.ndjson']);
    expect((await walked(dir, ['*'])).passed).toEqual([]);
  });

  it('leaves out what --exclude names, even when --include takes it', async () => {
    const dir = mixedTree();
    expect((await walked(dir, undefined, ['amp/**', '*.gz'])).taken).toEqual(['a.html', 'b.TXT', 'sub/rows.ndjson']);
    expect((await walked(dir, ['*'], ['*.json', '*.md', '*.mjs'])).taken).toEqual(['a.html', 'amp/d.html', 'b.TXT', 'sub/c.htm.gz', 'sub/dump.warc.gz', 'sub/rows.ndjson']);
  });
});

describe('a glob argument', () => {
  it('takes every file it matches (the pattern chose them), less --exclude', async () => {
    const dir = mixedTree();
    const got = async (exclude?: string[]) => {
      const out: string[] = [];
      for await (const e of expandInputs([`${dir}/**/*.json`], { filter: createFileFilter({ exclude }) })) out.push(relative(dir, e as string));
      return out;
    };
    expect(await got()).toEqual(['a.expected.json', 'sub/expected.json']);
    expect(await got(['a.*'])).toEqual(['sub/expected.json']);
  });
});

describe('a file named on the command line', () => {
  it('is read whatever its name', async () => {
    const dir = mixedTree();
    const out: string[] = [];
    const filter = createFileFilter({ exclude: ['*.json'] });
    for await (const e of expandInputs([join(dir, 'a.expected.json'), join(dir, 'make.mjs')], { filter })) out.push(relative(dir, e as string));
    expect(out).toEqual(['a.expected.json', 'make.mjs']);
  });
});
