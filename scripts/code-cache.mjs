// Writes the V8 code cache of the pipeline's CommonJS bundle (dist/bin/pipeline.cjs.cache), the
// last step of scripts/bundle.mjs: load the bundle, extract a few pages so that the functions a
// run calls are compiled, then save what V8 compiled (see src/cli/cached-bundle.ts).
//
// V8 takes a cache only from a process with the same flags, so this sets the ones bin/pith.js
// sets, before any regex runs. The pages are the command's own fixtures, a text dump and an
// HTML article, so that both front doors are warm.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { V8_FLAGS } from '../bin/v8-flags.js';

setFlagsFromString(V8_FLAGS);

const bundle = process.argv[2];
const root = new URL('../', import.meta.url);
const { loadBundle, cachePath } = await import(new URL('dist/cli/cached-bundle.js', root));
const { exports, script } = loadBundle(bundle);
for (const page of ['fixtures/cli/short-news.txt', 'fixtures/cli/page.html']) {
  // A checkout without the fixtures still gets a cache, of the code that loading compiled.
  const file = new URL(page, root);
  if (existsSync(file)) exports.extract(readFileSync(file), { now: '2026-01-01T00:00:00Z' });
}
writeFileSync(cachePath(bundle), script.createCachedData());
