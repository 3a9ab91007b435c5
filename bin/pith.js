#!/usr/bin/env node
// The installed `pith` command: the bundled CLI (npm run build writes dist/bin/, see scripts/bundle.mjs).
import module from 'node:module';
import { setFlagsFromString } from 'node:v8';

// Node 22.1 and later keep the compiled code of the bundle in a cache directory, so a cold
// start skips most of its parsing and compiling; on Node 20 there is no such call.
module.enableCompileCache?.();
// Each regex compiled once, straight to machine code. By default V8 first interprets a regex
// and compiles it again after one run, so pith's vocabulary regexes were compiled twice on
// every cold start: a sixth of a short page's run, a third of a long one's. Set before any
// regex runs; batch workers share the flag. Steady-state speed is the same either way.
setFlagsFromString('--no-regexp-tier-up');
await import('../dist/bin/main.js');
