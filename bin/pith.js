#!/usr/bin/env node
// The installed `pith` command: the bundled CLI (npm run build writes dist/bin/, see scripts/bundle.mjs).
import '../dist/bin/main.js';
