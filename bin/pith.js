#!/usr/bin/env node
// The installed `pith` command: the compiled CLI (npm run build writes dist/).
import '../dist/cli/main.js';
