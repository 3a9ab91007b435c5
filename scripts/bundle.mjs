// The `pith` command as a few bundled files (dist/bin/), built from tsc's output in dist/.
//
// Why: a cold `pith page.txt` spent most of its time loading some 200 ES modules one file at
// a time (resolve, read, compile, link), and the barrel files of dependencies pulled in code
// no run uses. esbuild joins them and drops what nothing imports; code split at the CLI's
// dynamic imports (batch mode, eval, check, --explain, user rules) stays in chunks that load
// only when a run asks for them. The library (dist/index.js) is tsc's output, unbundled.
//
// The batch worker is an entry of its own beside the chunks, where the pool looks for it
// (new URL('./worker.js', import.meta.url)); package.json is two levels up, as from dist/cli/.
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${root}dist/bin`;

/**
 * pith takes only the Parser from htmlparser2, but the package's index also re-exports its
 * feed and DOM helpers, so the whole of domutils and dom-serializer (with an older copy of
 * entities) would load with every page. The bundle imports the Parser's own module instead;
 * a name dom.ts imported beyond the Parser would fail this build, not a run.
 */
const parserOnly = {
  name: 'htmlparser2-parser-only',
  setup(b) {
    b.onResolve({ filter: /^htmlparser2$/ }, () => ({ path: `${root}node_modules/htmlparser2/dist/esm/Parser.js` }));
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

await rm(outdir, { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: { main: 'dist/cli/main.js', worker: 'dist/batch/run/worker.js' },
  outdir,
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // encoding-sniffer loads with createRequire, only for a page that needs the charset prescan
  // (input/decode.ts); tinypool starts its threads from a script of its own package.
  external: ['encoding-sniffer', 'tinypool'],
  // Bundled CommonJS dependencies (commander, warcio's helpers) call require() for Node's
  // built-in modules; an ES module has none of its own.
  banner: { js: "import { createRequire as __pithCreateRequire } from 'node:module'; const require = __pithCreateRequire(import.meta.url);" },
  plugins: [parserOnly, lazyChildProcess],
  legalComments: 'none',
  // Whitespace and syntax minified, names kept: Node parses every file a run loads, and a third
  // less text to scan took some 10 ms off a cold start. No one reads these files; their sources
  // are dist/ (tsc's output), and which source went into which file is in bundle-meta.json.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: 'warning',
});

// What each bundled file holds (esbuild's metafile, outputs only): the lazy-loading test reads
// it to name the sources a run loaded.
const outputs = Object.fromEntries(
  Object.entries(metafile.outputs).map(([file, out]) => [file.replace(/^dist\/bin\//, ''), Object.keys(out.inputs)]),
);
await writeFile(`${outdir}/bundle-meta.json`, `${JSON.stringify(outputs, null, 1)}\n`);
