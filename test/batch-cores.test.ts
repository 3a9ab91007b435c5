/**
 * The cores a batch run counts (cores.ts): the affinity's count, lowered to a container's CPU
 * quota, which Node 20 does not read. The cgroup files are given by hand.
 */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { coresWithin, cpuQuota, usableCores, type ReadText } from '../src/batch/run/cores.js';

const files = (entries: Record<string, string>): ReadText => (path) => entries[path] ?? null;

describe('cpuQuota', () => {
  it('reads cgroup v2: a quota over its period, none for "max"', () => {
    expect(cpuQuota(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': '200000 100000\n' }))).toBe(2);
    expect(cpuQuota(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': '150000 100000\n' }))).toBe(1.5);
    expect(cpuQuota(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': 'max 100000\n' }))).toBeNull();
  });

  it("takes the tightest quota from the process's group up to the root", () => {
    const read = files({
      '/proc/self/cgroup': '0::/kubepods/pod1/ctr\n',
      '/sys/fs/cgroup/kubepods/pod1/ctr/cpu.max': 'max 100000',
      '/sys/fs/cgroup/kubepods/pod1/cpu.max': '300000 100000',
      '/sys/fs/cgroup/kubepods/cpu.max': '800000 100000',
    });
    expect(cpuQuota(read)).toBe(3);
  });

  it('reads cgroup v1: cfs quota over period, none for -1', () => {
    const v1 = (quota: string) =>
      files({
        '/proc/self/cgroup': '12:memory:/docker/abc\n4:cpu,cpuacct:/docker/abc\n',
        '/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us': quota,
        '/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us': '100000\n',
      });
    expect(cpuQuota(v1('400000\n'))).toBe(4);
    expect(cpuQuota(v1('-1\n'))).toBeNull();
    // Inside the container the group is the mount's root.
    const inside = files({ '/proc/self/cgroup': '4:cpu,cpuacct:/docker/abc\n', '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '50000', '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000' });
    expect(cpuQuota(inside)).toBe(0.5);
  });

  it('knows no quota when nothing can be read, or the controller is not the cpu one', () => {
    expect(cpuQuota(files({}))).toBeNull();
    expect(cpuQuota(files({ '/proc/self/cgroup': '4:cpuset:/x\n', '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '100000' }))).toBeNull();
  });
});

describe('coresWithin', () => {
  const quota = (max: string) => files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': max });

  it('lowers the affinity count to the quota, rounded down, never below one', () => {
    expect(coresWithin(32, quota('200000 100000'))).toBe(2);
    expect(coresWithin(32, quota('250000 100000'))).toBe(2);
    expect(coresWithin(32, quota('50000 100000'))).toBe(1);
  });

  it('keeps the affinity count when it is the tighter, or when there is no quota', () => {
    expect(coresWithin(2, quota('800000 100000'))).toBe(2);
    expect(coresWithin(8, quota('max 100000'))).toBe(8);
    expect(coresWithin(8, files({}))).toBe(8);
  });

  it('counts no more cores on this machine than its affinity allows', () => {
    expect(usableCores()).toBeGreaterThanOrEqual(1);
    expect(usableCores()).toBeLessThanOrEqual(availableParallelism());
  });
});
