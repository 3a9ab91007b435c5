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
//
// --interrupt-budget=270336 (four times Node 20's): how much a function runs between V8's
// looks at whether to optimise it. With the default, optimising compiles took 38% of the CPU
// of a batch's first 180 pages, and a fifth of a 1,000-page run (perf; the sampling profiler
// never shows the compiler's thread): hundreds of functions compiled early, on little
// feedback, many of them code that a page runs once. With four times the budget, only what
// stays hot is compiled: a batch's first 181 pages took 0.77x-0.87x the CPU time (HTML) and
// 0.83x-0.85x (txt dumps), a run over 543 unique HTML pages 0.95x (mean of six alternated
// pairs), a cold `pith page.html` 145 against 151 ms, while the steady state after a few
// hundred pages is the same (round by round, alternated). A quarter of the default did the
// opposite: the steady state level, a cold start 1.02x-1.03x.
exports.V8_FLAGS = '--no-regexp-tier-up --no-allocation-site-pretenuring --interrupt-budget=270336';
