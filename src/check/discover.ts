/**
 * Finding fixtures under a directory, in two layouts:
 *   pair:   `ferry.html` (or .htm, .txt; each optionally .gz) beside `ferry.expected.json`;
 *   folder: `ferry/input.html` (or input.txt, optionally .gz) beside `ferry/expected.json`.
 * The walk is recursive, skips hidden names and node_modules, follows symbolic links once
 * (a loop is walked once), and sorts by code unit so every machine gives the same order.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { Discovery, Fixture } from './types.js';

/** A page file: its stem is the fixture name (`ferry` for `ferry.html.gz`). */
const PAGE_RE = /^(.+)\.(?:html?|txt)(?:\.gz)?$/i;
const PAIR_EXPECTED_RE = /^(.+)\.expected\.json$/;
const FOLDER_EXPECTED = 'expected.json';
const FOLDER_INPUT_STEM = 'input';

/** A directory argument that cannot be walked: a usage error, not a failing fixture. */
export class DiscoveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DiscoveryError';
  }
}

/** Every fixture under `root`, and the pages there that have no expected file yet. */
export async function discoverFixtures(root: string): Promise<Discovery> {
  let info;
  try {
    info = await stat(root);
  } catch {
    throw new DiscoveryError(`${root}: no such directory`);
  }
  if (!info.isDirectory()) throw new DiscoveryError(`${root}: not a directory`);

  const found: Discovery = { fixtures: [], unpaired: [] };
  const seen = new Set([await realpath(root).catch(() => resolve(root))]);
  await walk(root, root, seen, found);
  found.fixtures.sort(byName);
  found.unpaired.sort(byName);
  return found;
}

async function walk(root: string, dir: string, seen: Set<string>, out: Discovery): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith('.') && n !== 'node_modules').sort(byCodeUnit);
  } catch (err) {
    throw new DiscoveryError(`${dir}: cannot read directory (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const files: string[] = [];
  const dirs: string[] = [];
  for (const name of names) {
    // stat follows links; a broken link is neither a page nor a folder, so it is left out.
    const isDir = await stat(join(dir, name)).then((s) => (s.isDirectory() ? true : s.isFile() ? false : null), () => null);
    if (isDir === true) dirs.push(name);
    else if (isDir === false) files.push(name);
  }
  fixturesIn(root, dir, files, out);
  for (const name of dirs) {
    const path = join(dir, name);
    const real = await realpath(path).catch(() => resolve(path));
    if (seen.has(real)) continue;
    seen.add(real);
    await walk(root, path, seen, out);
  }
}

/** The fixtures made by the files of one directory (sorted names). */
function fixturesIn(root: string, dir: string, files: readonly string[], out: Discovery): void {
  const fileSet = new Set(files);
  const pagesByStem = new Map<string, string[]>();
  for (const file of files) {
    const stem = PAGE_RE.exec(file)?.[1];
    if (stem !== undefined) pagesByStem.set(stem, [...(pagesByStem.get(stem) ?? []), file]);
  }
  const nameOf = (stem: string) => toName(relative(root, join(dir, stem)));

  // Pair layout, driven by the expected files so one without a page is reported, not lost.
  for (const file of files) {
    const stem = PAIR_EXPECTED_RE.exec(file)?.[1];
    if (stem === undefined) continue;
    const pages = pagesByStem.get(stem) ?? [];
    out.fixtures.push(fixture(nameOf(stem), 'pair', dir, pages, file));
    pagesByStem.delete(stem);
  }

  // Folder layout: `input.*` pages not already paired with an `input.expected.json`.
  const inputs = pagesByStem.get(FOLDER_INPUT_STEM) ?? [];
  pagesByStem.delete(FOLDER_INPUT_STEM);
  const folderName = toName(relative(root, dir)) || basename(resolve(dir));
  if (fileSet.has(FOLDER_EXPECTED)) {
    out.fixtures.push(fixture(folderName, 'folder', dir, inputs, FOLDER_EXPECTED));
  } else if (inputs.length > 0) {
    out.unpaired.push(fixture(folderName, 'folder', dir, inputs, FOLDER_EXPECTED));
  }

  for (const [stem, pages] of pagesByStem) {
    out.unpaired.push(fixture(nameOf(stem), 'pair', dir, pages, `${stem}.expected.json`));
  }
}

function fixture(name: string, layout: Fixture['layout'], dir: string, pages: readonly string[], expected: string): Fixture {
  const base: Fixture = { name, layout, page: pages.length === 1 ? join(dir, pages[0]) : null, expected: join(dir, expected) };
  if (pages.length === 0) {
    const want = layout === 'folder' ? 'input.html or input.txt' : 'page (.html, .htm or .txt)';
    return { ...base, problem: `no ${want} beside ${expected}` };
  }
  if (pages.length > 1) return { ...base, problem: `several pages for ${expected}: ${pages.join(', ')}` };
  return base;
}

/** Names are shown and sorted with `/` on every platform. */
function toName(relPath: string): string {
  return relPath.split(sep).join('/');
}

/** Plain code-unit order: the same on every machine, unlike localeCompare. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byName(a: Fixture, b: Fixture): number {
  return byCodeUnit(a.name, b.name);
}
