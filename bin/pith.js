#!/usr/bin/env node
// The installed `pith` command: the bundled CLI (npm run build writes dist/bin/, see scripts/bundle.mjs).
import module from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { V8_FLAGS } from './v8-flags.js';

// Node 22.1 and later keep the compiled code of the bundle in a cache directory, so a cold
// start skips most of its parsing and compiling; on Node 20 there is no such call (the
// pipeline has a code cache of its own: src/cli/cached-bundle.ts).
module.enableCompileCache?.();
setFlagsFromString(V8_FLAGS);
await import('../dist/bin/main.js');
