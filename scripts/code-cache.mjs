// Writes the V8 code cache of one of the command's CommonJS bundles (dist/bin/pipeline.cjs.cache,
// program.cjs.cache), the last step of scripts/bundle.mjs: load the bundle, extract a few pages
// (the pipeline) or run the command on them (program.cjs) so that the functions a run calls are
// compiled, then save what V8 compiled (see src/cli/cached-bundle.ts).
//
// V8 takes a cache only from a process with the same flags, so this sets the ones bin/pith.js
// sets, before any regex runs. The pages are the command's own fixtures, a text dump and an
// HTML article, so that both front doors are warm.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { V8_FLAGS } from '../bin/v8-flags.js';

setFlagsFromString(V8_FLAGS);

const bundle = process.argv[2];
const root = new URL('../', import.meta.url);
const { loadBundle, cachePath } = await import(new URL('dist/cli/cached-bundle.js', root));
const { exports, script } = loadBundle(bundle);
// A checkout without the fixtures still gets a cache, of the code that loading compiled.
const pages = ['fixtures/cli/short-news.txt', 'fixtures/cli/page.html'].filter((page) => existsSync(new URL(page, root)));
if (exports.extract) {
  for (const page of pages) exports.extract(readFileSync(new URL(page, root)), { now: '2026-01-01T00:00:00Z' });
} else {
  // program.cjs: the command's single-page runs, output kept in memory.
  const io = { stdout: () => {}, stderr: () => {}, stdin: process.stdin, stderrIsTTY: false, stdoutIsTTY: false, env: {}, cwd: process.cwd() };
  for (const page of pages) {
    const code = await exports.runCli(io, [fileURLToPath(new URL(page, root)), '--now', '2026-01-01T00:00:00Z']);
    if (code !== 0) throw new Error(`pith ${page} exited ${code} while warming program.cjs`);
  }
}
writeFileSync(cachePath(bundle), script.createCachedData());
