/**
 * A run loads only what it uses (issue 12): `--version` no pipeline, a single page none of the
 * batch, eval, check or --explain code, a text page and a UTF-8 HTML page no charset tables.
 * Each case runs the built command with V8's coverage on, whose report lists every script the
 * process (and its workers) compiled: ES modules, CommonJS files and the pipeline's bundle,
 * which loads through a vm.Script with its code cache. The bundle's metafile
 * (dist/bin/bundle-meta.json) names the sources and packages in those files; a hook prints the
 * Node built-in modules the process loaded.
 * Skipped when dist/ has not been built (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BUILT = existsSync('dist/bin/main.cjs');
/** Each bundled file (by name in dist/bin/) with the sources esbuild put in it. */
const BUNDLED: Record<string, string[]> = BUILT ? JSON.parse(readFileSync('dist/bin/bundle-meta.json', 'utf8')) : {};

/** Prints, at exit, the Node built-in modules the process loaded. */
const HOOK = `data:text/javascript,${encodeURIComponent(`
process.on('exit', () => process.stderr.write('BUILTINS ' + JSON.stringify(process.moduleLoadList) + '\\n'));
`)}`;

/** The URLs of every script the run compiled, from the coverage reports it wrote. */
function scriptsIn(coverageDir: string): string[] {
  return readdirSync(coverageDir).flatMap((file) =>
    (JSON.parse(readFileSync(join(coverageDir, file), 'utf8')) as { result: { url: string }[] }).result.map((script) => script.url),
  );
}

/** The sources (`dist/...`) and packages bundled in every file the run loaded. */
function loadedBy(args: string[], exitCode = 0): { files: string[]; sources: Set<string>; packages: Set<string>; builtins: Set<string> } {
  // No FORCE_COLOR from the test runner: a run into a pipe paints nothing.
  const { FORCE_COLOR: _, ...env } = process.env;
  const coverage = mkdtempSync(join(tmpdir(), 'pith-loads-'));
  const r = spawnSync(process.execPath, ['--import', HOOK, 'bin/pith.js', ...args], { encoding: 'utf8', env: { ...env, NODE_V8_COVERAGE: coverage } });
  expect(r.status, r.stderr).toBe(exitCode);
  const scripts = scriptsIn(coverage);
  rmSync(coverage, { recursive: true, force: true });
  const sources = new Set<string>();
  const packages = new Set<string>();
  const builtins = new Set<string>();
  for (const line of r.stderr.split('\n')) {
    if (!line.startsWith('BUILTINS ')) continue;
    for (const entry of JSON.parse(line.slice('BUILTINS '.length)) as string[]) if (entry.startsWith('NativeModule ')) builtins.add(entry.slice('NativeModule '.length));
  }
  for (const url of scripts) {
    if (!url.startsWith('file:')) continue;
    const path = fileURLToPath(url);
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
    if (pkg) packages.add(pkg);
    for (const marked of BUNDLED[basename(path)] ?? []) {
      const inPkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(marked)?.[1];
      if (inPkg) packages.add(inPkg);
      else sources.add(marked);
    }
  }
  const files = scripts.filter((url) => url.startsWith('file:')).map((url) => basename(fileURLToPath(url)));
  return { files, sources, packages, builtins };
}

const under = (sources: Set<string>, dir: string) => [...sources].filter((s) => s.startsWith(dir));

describe.skipIf(!BUILT)('what a run loads', () => {
  it('--version: neither the option parser nor the pipeline', () => {
    const { sources, packages } = loadedBy(['--version']);
    expect(packages.has('commander')).toBe(false);
    expect(sources.has('dist/cli/version.js')).toBe(true);
    expect(sources.has('dist/pipeline.js')).toBe(false);
    // The rules file is looked for on every run, but nothing of the rules themselves loads.
    expect(under(sources, 'dist/rules/').filter((s) => !['dist/rules/user/find.js', 'dist/rules/user/health.js'].includes(s))).toEqual([]);
    expect([...packages].filter((p) => ['htmlparser2', 'entities', 'encoding-sniffer', 'iconv-lite', 'warcio', 'tinypool', 'zod'].includes(p))).toEqual([]);
  });

  it('a text page: the pipeline, none of batch mode, eval, check, --explain, user rules or charset tables', () => {
    const { files, sources, packages, builtins } = loadedBy(['fixtures/cli/short-news.txt']);
    // The pipeline once, from its CommonJS bundle (the one with a code cache), not the ES chunks eval and check use.
    expect(files.filter((file) => BUNDLED[file]?.includes('dist/pipeline.js'))).toEqual(['pipeline.cjs']);
    // All of it CommonJS: no ES module of the command's, whose loading resolves and links file by file.
    expect(files.filter((file) => BUNDLED[file] !== undefined && !file.endsWith('.cjs'))).toEqual([]);
    // commander's executable subcommands need child_process (and net and dgram behind it): not pith's.
    expect(builtins.has('fs')).toBe(true);
    expect(builtins.has('child_process')).toBe(false);
    expect(builtins.has('internal/perf/performance')).toBe(false);
    // zlib for gzipped pages only; chalk (with os and tty) only to paint.
    for (const lazy of ['zlib', 'os', 'tty', 'internal/util/parse_args/parse_args']) expect(builtins.has(lazy), lazy).toBe(false);
    expect(packages.has('chalk')).toBe(false);
    expect(sources.has('dist/pipeline.js')).toBe(true);
    expect(under(sources, 'dist/batch/run/')).toEqual([]);
    expect(under(sources, 'dist/eval/')).toEqual([]);
    expect(under(sources, 'dist/check/')).toEqual([]);
    expect(sources.has('dist/format/explain.js')).toBe(false);
    expect(sources.has('dist/rules/user/load.js')).toBe(false);
    expect([...packages].filter((p) => ['encoding-sniffer', 'iconv-lite', 'whatwg-encoding', 'warcio', 'pako', 'tinypool', 'tinyglobby', 'zod', 'css-select', 'domutils', 'dom-serializer'].includes(p))).toEqual([]);
  });

  it('a gzipped page loads zlib', () => {
    // (a one-line page with no article: exit 1)
    expect(loadedBy(['fixtures/batch/tree/sub/c.html.gz'], 1).builtins.has('zlib')).toBe(true);
  });

  it('a UTF-8 HTML page: htmlparser2 without its feed and DOM helpers; --explain loads its view', () => {
    const page = loadedBy(['fixtures/cli/page.html']);
    expect(page.packages.has('htmlparser2')).toBe(true);
    expect([...page.packages].filter((p) => ['domutils', 'dom-serializer', 'warcio', 'tinypool'].includes(p))).toEqual([]);
    expect(page.sources.has('dist/format/explain.js')).toBe(false);
    expect(loadedBy(['--explain', 'fixtures/cli/page.html']).sources.has('dist/format/explain.js')).toBe(true);
  });

  it('a directory: batch mode loads its own code', () => {
    // fixtures/cli/ holds a page with no article: exit 1.
    const { files, sources, packages } = loadedBy(['--quiet', '--jobs', '1', 'fixtures/cli/'], 1);
    expect(under(sources, 'dist/batch/run/').length).toBeGreaterThan(0);
    expect(packages.has('tinypool')).toBe(true);
    // The worker threads start cold too: they take the pipeline with its code cache.
    expect(new Set(files.filter((file) => BUNDLED[file]?.includes('dist/pipeline.js')))).toEqual(new Set(['pipeline.cjs']));
  });
});

describe.skipIf(!BUILT)('the code cache of the pipeline and of the command', () => {
  it.each([
    ['pipeline.cjs', 'extract'],
    ['program.cjs', 'runCli'],
  ])('%s: written by the build and taken by V8 under the flags bin/pith.js sets', (bundle, entry) => {
    const script = `
      import { setFlagsFromString } from 'node:v8';
      import { V8_FLAGS } from './bin/v8-flags.js';
      setFlagsFromString(V8_FLAGS);
      const { loadBundle } = await import('./dist/cli/cached-bundle.js');
      const { exports, cacheRejected } = loadBundle(process.cwd() + '/dist/bin/${bundle}');
      console.log(JSON.stringify({ cacheRejected, entry: typeof exports.${entry} }));`;
    expect(existsSync(`dist/bin/${bundle}.cache`)).toBe(true);
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ cacheRejected: false, entry: 'function' });
  });

  it('is only a shortcut: a cache V8 rejects (other flags) still loads the pipeline', () => {
    const script = `
      import { setFlagsFromString } from 'node:v8';
      setFlagsFromString('--regexp-interpret-all');
      const { loadBundle } = await import('./dist/cli/cached-bundle.js');
      const { exports, cacheRejected } = loadBundle(process.cwd() + '/dist/bin/pipeline.cjs');
      const { article: { title } } = exports.extract('<html><head><title>Kept</title></head><body><article><h1>Kept</h1><p>' + 'Words of a page. '.repeat(40) + '</p></article></body></html>');
      console.log(JSON.stringify({ cacheRejected, title }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ cacheRejected: true, title: 'Kept' });
  });
});
