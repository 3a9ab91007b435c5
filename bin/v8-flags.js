// The V8 flags of the `pith` command, in one place: bin/pith.js sets them before any regex runs,
// and scripts/code-cache.mjs sets the same ones, since V8 takes a code cache only from a
// process with the flags it runs under. (CommonJS, like everything in bin/: see bin/pith.js.)
//
// --no-regexp-tier-up: each regex compiled once, straight to machine code. By default V8 first
// interprets a regex and compiles it again after one run, so pith's vocabulary regexes were
// compiled twice on every cold start: a sixth of a short page's run, a third of a long one's.
// Steady-state speed is the same either way; batch workers share the flag.
exports.V8_FLAGS = '--no-regexp-tier-up';
