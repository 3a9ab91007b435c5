#!/usr/bin/env node
// Hostile inputs, measured: every class of test/hostile/generate.mjs at two sizes (SIZES, in
// MB), each run as its own `pith` process, printing CPU seconds per MB of input and peak RSS
// (from the child's own resource usage, written by a preload hook at exit), the exit code
// and the records out. The goal (issue 11): <= 1 CPU s per MB and <= 1 GB, one record out.
// A script that prints figures, never a timed test.
//   SIZES=1,8 node test/bench/hostile.mjs [class...]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE, makeHostile } from '../hostile/generate.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const sizes = (process.env.SIZES ?? '2,16').split(',').map(Number);
const only = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'pith-hostile-'));
const hook = join(dir, 'usage-hook.mjs');
// Written at exit by the child itself: CPU and peak RSS of exactly that process.
writeFileSync(
  hook,
  `import { writeFileSync } from 'node:fs';
process.on('exit', () => { const u = process.resourceUsage(); writeFileSync(process.env.PITH_USAGE, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, rssMb: u.maxRSS / 1024 })); });
`,
);

/** One run: CPU s, peak RSS (MB), exit code, records out, first stderr line. */
function measure(file) {
  const usage = join(dir, 'usage.json');
  const r = spawnSync(process.execPath, ['--import', hook, join(repo, 'bin', 'pith.js'), '--now', '2026-01-01', file], {
    env: { ...process.env, PITH_USAGE: usage },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    timeout: 600_000,
  });
  let cpu = NaN;
  let rssMb = NaN;
  try {
    ({ cpu, rssMb } = JSON.parse(readFileSync(usage, 'utf8')));
  } catch {
    // Killed before its exit hook ran (out of memory, timeout): no figures.
  }
  const records = (r.stdout ?? '').trim() === '' ? 0 : 1 + ((r.stdout ?? '').match(/\n\{/g) ?? []).length;
  return { cpu, rssMb, code: r.status ?? r.signal, records, err: (r.stderr ?? '').split('\n').find((l) => l.trim()) ?? '' };
}

try {
  console.log(`hostile inputs: one pith process per page, sizes ${sizes.join(' and ')} MB (decompressed)`);
  console.log('| class | MB | CPU s | CPU s/MB | peak RSS MB | exit | records | stderr |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  let worst = 0;
  for (const [name, spec] of Object.entries(HOSTILE)) {
    if (only.length > 0 && !only.includes(name)) continue;
    for (const mb of sizes) {
      const { input, size } = makeHostile(name, mb * 1024 * 1024);
      const file = join(dir, `${name}.${spec.type === 'html' ? 'html' : 'txt'}${spec.gzip ? '.gz' : ''}`);
      writeFileSync(file, input);
      const m = measure(file);
      const perMb = m.cpu / (size / 1024 / 1024);
      if (mb === Math.max(...sizes)) worst = Math.max(worst, perMb);
      console.log(
        `| ${name} | ${(size / 1024 / 1024).toFixed(1)} | ${m.cpu.toFixed(2)} | ${perMb.toFixed(3)} | ${m.rssMb.toFixed(0)} | ${m.code} | ${m.records} | ${m.err.slice(0, 90).replace(/\|/g, '\\|')} |`,
      );
      rmSync(file);
    }
  }
  console.log(`worst CPU s per MB at the largest size: ${worst.toFixed(3)} (goal <= 1)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
