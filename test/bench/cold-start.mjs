// Cold start: how long one `pith` process takes from exec to exit, against `node -e 0` measured
// in the same run (the machine is shared and noisy: only the ratios compare across runs).
// Runs the commands round-robin, RUNS times each after a warm-up, and prints the median wall
// time and the mean CPU time (user + system, from the children's rusage in /proc/self/stat).
// When NODE_EXTRA_CA_CERTS is set, every node process reads those certificates as it starts
// (on this machine a whole CA bundle: some 50 ms, more than node's own start), which the ratios
// to `node -e 0` then hide: the commands are measured a second time without it.
//   node test/bench/cold-start.mjs            RUNS=21 node test/bench/cold-start.mjs
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pith = `${root}bin/pith.js`;
const runs = Number(process.env.RUNS ?? 11);
const commands = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'pith --version', args: [pith, '--version'], target: 1.5 },
  { name: 'pith fixtures/cli/short-news.txt', args: [pith, 'fixtures/cli/short-news.txt'], target: 2 },
  { name: 'pith fixtures/cli/page.html', args: [pith, 'fixtures/cli/page.html'] },
];

/** CPU seconds used by waited-for children so far (Linux: cutime + cstime, in clock ticks). */
function childCpuSeconds() {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  // After the command name: field 3 is state, so cutime (16) and cstime (17) sit at 13 and 14.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function runOnce(args, env) {
  const cpu0 = childCpuSeconds();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { wall, cpu: childCpuSeconds() - cpu0 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Every command RUNS times, round-robin, under `env`; prints the table under `title`. */
function measure(title, env) {
  const samples = commands.map(() => ({ wall: [], cpu: 0 }));
  for (const c of commands) runOnce(c.args, env); // warm the file cache
  for (let i = 0; i < runs; i++) {
    for (const [k, c] of commands.entries()) {
      const s = runOnce(c.args, env);
      samples[k].wall.push(s.wall);
      samples[k].cpu += s.cpu;
    }
  }
  const base = median(samples[0].wall);
  const baseCpu = samples[0].cpu / runs;
  console.log(`${title}, ${runs} runs each, round-robin\n`);
  console.log('command                                median ms  x node -e 0  CPU ms  x node -e 0 (CPU)  target');
  console.log('-------------------------------------  ---------  -----------  ------  -----------------  ------');
  for (const [k, c] of commands.entries()) {
    const wall = median(samples[k].wall);
    const cpu = (samples[k].cpu / runs) * 1000;
    const ratio = wall / base;
    const target = c.target ? `<= ${c.target}x${ratio <= c.target ? '' : ' (missed)'}` : '';
    console.log(
      `${c.name.padEnd(37)}  ${wall.toFixed(0).padStart(9)}  ${ratio.toFixed(2).padStart(10)}x  ${cpu.toFixed(0).padStart(6)}  ${(cpu / (baseCpu * 1000)).toFixed(2).padStart(16)}x  ${target}`,
    );
  }
}

measure('cold start', process.env);
if (process.env.NODE_EXTRA_CA_CERTS) {
  const { NODE_EXTRA_CA_CERTS: _certificates, ...withoutCertificates } = process.env;
  console.log('');
  measure('cold start without NODE_EXTRA_CA_CERTS (set here: every node process reads it as it starts)', withoutCertificates);
}
