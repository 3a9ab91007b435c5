/**
 * The cores a batch run may use. `os.availableParallelism()` counts the CPUs the process's
 * affinity allows (taskset, a cpuset), but on Node 20 (libuv 1.46) not a CPU quota: in a
 * container started with `--cpus 2` on a 32-core host it says 32, and a batch run with the
 * default `--jobs` started 32 workers, each with a heap of its own, to take turns on two
 * cores. The quota (cgroup v2 `cpu.max`, v1 `cpu.cfs_quota_us` over `cpu.cfs_period_us`, the
 * tightest from the process's group up to the root) lowers the count, rounded down and at
 * least one, as libuv 1.49 (Node 22) does itself.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { lazy } from '../../lazy.js';

/** A file's text, or null when it cannot be read (tests give their own). */
export type ReadText = (path: string) => string | null;

const V2_ROOT = '/sys/fs/cgroup';
/** Where cgroup v1's cpu controller is mounted, by the usual names. */
const V1_ROOTS = ['/sys/fs/cgroup/cpu,cpuacct', '/sys/fs/cgroup/cpuacct,cpu', '/sys/fs/cgroup/cpu'];

/** This process's usable cores, read once. */
export const usableCores: () => number = lazy(() => coresWithin(availableParallelism(), readText));

/** The affinity's count lowered to the CPU quota, when one is set. */
export function coresWithin(affinity: number, read: ReadText): number {
  const quota = cpuQuota(read);
  return quota === null ? affinity : Math.max(1, Math.min(affinity, Math.floor(quota)));
}

/** The CPU quota in cores (1.5 for `--cpus 1.5`), or null when none is set or none can be read. */
export function cpuQuota(read: ReadText): number | null {
  const groups = read('/proc/self/cgroup');
  if (groups === null) return null;
  let tightest: number | null = null;
  const take = (cores: number | null) => {
    if (cores !== null && (tightest === null || cores < tightest)) tightest = cores;
  };
  for (const line of groups.split('\n')) {
    const m = /^\d+:([^:]*):(.*)$/.exec(line.trim());
    if (!m) continue;
    const [, controllers, path] = m;
    if (controllers === '') {
      for (const dir of upFrom(V2_ROOT, path)) take(v2Quota(read(`${dir}/cpu.max`)));
    } else if (controllers.split(',').includes('cpu')) {
      for (const root of V1_ROOTS) for (const dir of upFrom(root, path)) take(v1Quota(read(`${dir}/cpu.cfs_quota_us`), read(`${dir}/cpu.cfs_period_us`)));
    }
  }
  return tightest;
}

/**
 * The group's directory under `root` and each of its parents up to `root` itself: a parent's
 * quota binds its children too, and inside a container the group is often the mount's root.
 */
function upFrom(root: string, path: string): string[] {
  const parts = path.split('/').filter((p) => p !== '' && p !== '..');
  const dirs: string[] = [];
  for (let n = parts.length; n >= 0; n--) dirs.push(n === 0 ? root : `${root}/${parts.slice(0, n).join('/')}`);
  return dirs;
}

/** `cpu.max`: "max 100000" (no quota) or "150000 100000" (1.5 cores). */
function v2Quota(text: string | null): number | null {
  const m = text === null ? null : /^(\d+)\s+(\d+)/.exec(text.trim());
  return m && Number(m[2]) > 0 ? Number(m[1]) / Number(m[2]) : null;
}

/** v1's quota ("-1": none) over its period, both in microseconds. */
function v1Quota(quota: string | null, period: string | null): number | null {
  if (quota === null || period === null) return null;
  const q = Number(quota.trim());
  const p = Number(period.trim());
  return q > 0 && p > 0 ? q / p : null;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
