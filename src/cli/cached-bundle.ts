/**
 * Loads a CommonJS bundle of the command (dist/bin/*.cjs) with V8's code cache beside it.
 *
 * Why: a cold `pith page.txt` spent a fifth of its time parsing and compiling the pipeline's
 * code, and as much again compiling each function on its first call. V8 can save that work
 * (`script.createCachedData()`) and take it back on the next start; Node 22 does this for ES
 * modules with `module.enableCompileCache()`, Node 20 only for a vm.Script. So the build
 * bundles the pipeline once more as CommonJS and writes its code cache after extracting a
 * few pages (scripts/code-cache.mjs), and a single-page run loads it here.
 *
 * The cache is only ever a shortcut: V8 checks that it was made by the same V8 with the same
 * flags for the same source, and rejects it otherwise (another Node, NODE_OPTIONS with V8
 * flags); the bundle is then compiled as usual. A missing cache file is the same.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

export interface LoadedBundle<T> {
  exports: T;
  /** The compiled script: the build calls createCachedData() on it after a warm-up. */
  script: Script;
  /** True when there was a cache and V8 did not take it. */
  cacheRejected: boolean;
}

/** The code cache of a bundle sits beside it. */
export const cachePath = (bundle: string) => `${bundle}.cache`;

/** Runs the CommonJS bundle at `path` (an absolute file path) and returns its exports. */
export function loadBundle<T>(path: string): LoadedBundle<T> {
  const source = readFileSync(path, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cachePath(path));
  } catch {
    cachedData = undefined; // no cache: compile as usual
  }
  // The same wrapper Node's own CommonJS loader puts around a file.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: path, cachedData });
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(path), module, path, dirname(path));
  return { exports: module.exports, script, cacheRejected: cachedData !== undefined && script.cachedDataRejected === true };
}
