// The V8 flags of the `pith` command, in one place: bin/pith.js sets them before any regex runs,
// and scripts/code-cache.mjs sets the same ones, since V8 takes a code cache only from a
// process with the flags it runs under. The benchmarks run pith under them too (test/bench/).
// (CommonJS, like everything in bin/: see bin/pith.js.)
//
// --no-regexp-tier-up: each regex compiled once, straight to machine code. By default V8 first
// interprets a regex and compiles it again after one run, so pith's vocabulary regexes were
// compiled twice on every cold start: a sixth of a short page's run, a third of a long one's.
// Steady-state speed is the same either way; batch workers share the flag.
//
// --no-allocation-site-pretenuring: a page's DOM lives through several young-generation
// collections, and V8 at times (about one process in three, measured over 30 runs of the
// ScrapingHub HTML pages) decides from that to allocate such objects in the old generation
// from then on. The pages that die there keep their young parts alive until a full collection
// (old-to-new pointers are roots to the scavenger): every scavenge then copied 5-6 MB instead
// of 1 and took 10 ms instead of 1.5, and collecting went from 2.5% of the run to 16%, for
// the rest of the process. Without pretenuring, no run of 24 fell into it, and the runs
// that never did are as fast as before.
exports.V8_FLAGS = '--no-regexp-tier-up --no-allocation-site-pretenuring';
