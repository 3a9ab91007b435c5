#!/usr/bin/env node
// The installed `pith` command: the bundled CLI (npm run build writes dist/bin/, see scripts/bundle.mjs).
//
// CommonJS (bin/package.json says so), and so is the bundle of a single-page run
// (dist/bin/main.cjs, program.cjs): Node starts a CommonJS entry without its ES module loader
// and loads CommonJS files without resolving and linking each one, which took a tenth of a
// cold `pith page.txt`. The parts a single page does not use (batch mode, eval, check,
// --explain, user rules) stay ES modules, imported when a run asks for them.
'use strict';
const { enableCompileCache } = require('node:module');
const { setFlagsFromString } = require('node:v8');
const { V8_FLAGS } = require('./v8-flags.js');

// Node 22.1 and later keep the compiled code of the bundle in a cache directory, so a cold
// start skips most of its parsing and compiling; on Node 20 there is no such call (the
// pipeline has a code cache of its own: src/cli/cached-bundle.ts).
enableCompileCache?.();
setFlagsFromString(V8_FLAGS);
require('../dist/bin/main.cjs');
