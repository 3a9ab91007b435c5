// The `pith` command as a few bundled files (dist/bin/), built from tsc's output in dist/.
//
// Why: a cold `pith page.txt` spent most of its time loading some 200 ES modules one file at
// a time (resolve, read, compile, link), and the barrel files of dependencies pulled in code
// no run uses. esbuild joins them and drops what nothing imports. The library (dist/index.js)
// is tsc's output, unbundled.
//
// What a single-page run loads is CommonJS, like bin/pith.js: main.cjs (version, the process's
// IO), program.cjs (the option parser and the single-page run) and pipeline.cjs. Node loads
// CommonJS without its ES module loader's resolve-and-link of each file. The parts a single
// page never uses (batch mode, eval, check, --explain, completion scripts, user rules) are ES
// modules with fixed names (batch-command.js, ...), split into shared chunks, that program.cjs
// import()s when a run asks for them; the batch worker (worker.js) is one of them, where the
// pool looks for it (new URL('./worker.js', import.meta.url)). package.json is two levels up,
// as from dist/cli/.
//
// pipeline.cjs loads with V8's code cache (src/cli/cached-bundle.ts), which the last step here
// writes after extracting a few pages (scripts/code-cache.mjs).
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${root}dist/bin`;

/**
 * pith takes only the Parser and its Tokenizer from htmlparser2, but the package's index also
 * re-exports its feed and DOM helpers, so the whole of domutils and dom-serializer (with an
 * older copy of entities) would load with every page. The bundle imports those two modules
 * instead; any other name imported from htmlparser2 would fail this build, not a run.
 */
const parserOnly = {
  name: 'htmlparser2-parser-only',
  setup(b) {
    b.onResolve({ filter: /^htmlparser2$/ }, () => ({ path: 'htmlparser2', namespace: 'htmlparser2-parser-only' }));
    b.onLoad({ filter: /.*/, namespace: 'htmlparser2-parser-only' }, () => ({
      contents: `export { Parser } from './node_modules/htmlparser2/dist/esm/Parser.js';
export { default as Tokenizer } from './node_modules/htmlparser2/dist/esm/Tokenizer.js';`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/**
 * commander requires node:child_process up front for executable subcommands (`git-style`
 * `pith-foo` binaries), which pith does not have; loading it (with net and dgram behind it)
 * cost every run some 10 ms. commander gets a stand-in whose spawn loads the real module on
 * first use.
 */
const lazyChildProcess = {
  name: 'commander-lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

/**
 * The single-page run's `await import('../pipeline.js')` (dist/cli/program.js) and the batch
 * worker's import of it (dist/batch/run/worker.js: every batch run extracts on worker threads,
 * each of which starts cold) load pipeline.cjs with its code cache instead. eval and check
 * import the pipeline as before: long runs of one process, where start-up does not count.
 */
const CACHED_IMPORTERS = [`dist${sep}cli${sep}program.js`, `dist${sep}batch${sep}run${sep}worker.js`];
const cachedPipeline = {
  name: 'cached-pipeline',
  setup(b) {
    b.onResolve({ filter: /^(?:\.\.\/)+pipeline\.js$/ }, (args) =>
      CACHED_IMPORTERS.some((importer) => args.importer.endsWith(importer)) ? { path: 'pipeline', namespace: 'cached-pipeline' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'cached-pipeline' }, () => ({
      contents: `import { fileURLToPath } from 'node:url';
import { loadBundle } from './dist/cli/cached-bundle.js';
export const { extract } = loadBundle(fileURLToPath(new URL('./pipeline.cjs', import.meta.url))).exports;`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/** Settings both builds share. */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's table has Node 20 without regex property escapes (\p{L}), and would turn every
  // such literal into a `new RegExp(...)` call, made again each time the code around it runs
  // (in a function: on every call). Node has had them since 10.
  supported: { 'regexp-unicode-property-escapes': true },
  // encoding-sniffer loads with createRequire, only for a page that needs the charset prescan
  // (input/decode.ts); tinypool starts its threads from a script of its own package.
  external: ['encoding-sniffer', 'tinypool'],
  legalComments: 'none',
  // Whitespace and syntax minified, names kept: Node parses every file a run loads, and a third
  // less text to scan took some 10 ms off a cold start. No one reads these files; their sources
  // are dist/ (tsc's output), and which source went into which file is in bundle-meta.json.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: 'warning',
};

/** The parts program.js imports on demand, each an ES module entry of its own in dist/bin/. */
const ON_DEMAND = {
  'batch-command': 'dist/cli/batch-command.js',
  'eval-command': 'dist/cli/eval-command.js',
  'check-command': 'dist/cli/check-command.js',
  completion: 'dist/cli/completion.js',
  explain: 'dist/format/explain.js',
  'user-rules-load': 'dist/rules/user/load.js',
};

/**
 * program.cjs leaves its import()s of the on-demand parts to Node, pointed at their entries
 * beside it; chalk (to paint) and tinyglobby (batch mode's patterns) load from node_modules.
 * A dynamic import this does not know fails the build, so nothing on demand is bundled in.
 */
const onDemand = {
  name: 'on-demand-parts',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      if (args.path === 'chalk' || args.path === 'tinyglobby') return { path: args.path, external: true };
      if (/^(?:\.\.\/)+pipeline\.js$/.test(args.path)) return undefined; // cachedPipeline's
      const from = relative(root, resolve(args.resolveDir, args.path)).split(sep).join('/');
      const entry = Object.entries(ON_DEMAND).find(([, source]) => source === from)?.[0];
      if (entry === undefined) return { errors: [{ text: `${args.path}: a dynamic import program.cjs does not know (add it to ON_DEMAND)` }] };
      return { path: `./${entry}.js`, external: true };
    });
  },
};

/** main.cjs takes the option parser and the single-page run from program.cjs, with its code cache, on demand. */
const programBeside = {
  name: 'program-beside',
  setup(b) {
    b.onResolve({ filter: /^\.\/program\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: 'program', namespace: 'program-beside' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'program-beside' }, () => ({
      contents: `import { fileURLToPath } from 'node:url';
import { loadBundle } from './dist/cli/cached-bundle.js';
export const { runCli } = loadBundle(fileURLToPath(new URL('./program.cjs', import.meta.url))).exports;`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/**
 * program.cjs runs as a vm.Script (for its code cache), where V8 has no loader for import():
 * its import()s of the on-demand parts go through import-esm.cjs, a plain file beside it whose
 * import() Node resolves from dist/bin/, as it would have resolved program.cjs's own.
 */
const IMPORT_ESM = `// Written by scripts/bundle.mjs: the import() of program.cjs, which loads as a vm.Script.
module.exports = (specifier) => import(specifier);
`;
const importThroughFile = (source) => {
  const rewritten = source.replace(/\bimport\((?=["'])/g, '__pithImport(');
  if (/\bimport\(/.test(rewritten)) throw new Error('program.cjs: an import() left that import-esm.cjs does not load');
  return rewritten;
};

/** CommonJS output: decode.ts, guard.ts and version.ts read import.meta.url. */
const commonJs = {
  format: 'cjs',
  define: { 'import.meta.url': '__pithImportMetaUrl' },
  banner: { js: "var __pithImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await rm(outdir, { recursive: true, force: true });
const esm = await build({
  ...common,
  entryPoints: { ...ON_DEMAND, worker: 'dist/batch/run/worker.js' },
  outdir,
  chunkNames: '[name]-[hash]',
  splitting: true,
  format: 'esm',
  // Bundled CommonJS dependencies (commander, warcio's helpers) call require() for Node's
  // built-in modules; an ES module has none of its own.
  banner: { js: "import { createRequire as __pithCreateRequire } from 'node:module'; const require = __pithCreateRequire(import.meta.url);" },
  plugins: [parserOnly, lazyChildProcess, cachedPipeline],
});
const main = await build({ ...common, ...commonJs, entryPoints: ['dist/cli/main.js'], outfile: `${outdir}/main.cjs`, plugins: [programBeside] });
const program = await build({
  ...common,
  ...commonJs,
  entryPoints: ['dist/cli/program.js'],
  outfile: `${outdir}/program.cjs`,
  banner: { js: `${commonJs.banner.js}\nvar __pithImport = (specifier) => require('./import-esm.cjs')(specifier);` },
  plugins: [lazyChildProcess, cachedPipeline, onDemand],
});
await writeFile(`${outdir}/program.cjs`, importThroughFile(await readFile(`${outdir}/program.cjs`, 'utf8')));
await writeFile(`${outdir}/import-esm.cjs`, IMPORT_ESM);
const pipeline = await build({ ...common, ...commonJs, entryPoints: ['dist/pipeline.js'], outfile: `${outdir}/pipeline.cjs`, plugins: [parserOnly] });

// What each bundled file holds (esbuild's metafile, outputs only): the lazy-loading test reads
// it to name the sources a run loaded.
const outputs = Object.fromEntries(
  [esm, main, program, pipeline].flatMap(({ metafile }) => Object.entries(metafile.outputs)).map(([file, out]) => [file.replace(/^dist\/bin\//, ''), Object.keys(out.inputs)]),
);
await writeFile(`${outdir}/bundle-meta.json`, `${JSON.stringify(outputs, null, 1)}\n`);

// The code cache, written by a process of its own: it must run with the V8 flags bin/pith.js sets.
for (const bundle of ['pipeline.cjs', 'program.cjs']) {
  const cache = spawnSync(process.execPath, [`${root}scripts/code-cache.mjs`, `${outdir}/${bundle}`], { stdio: 'inherit' });
  if (cache.status !== 0) throw new Error(`scripts/code-cache.mjs ${bundle} failed`);
}
