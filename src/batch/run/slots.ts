/**
 * A counting semaphore: `acquire` waits for a free slot, `release` hands it to the next
 * waiter. The runner bounds the pages held in memory with one, the pool the pages handed to
 * its workers with another.
 */
export class Slots {
  private readonly waiters: (() => void)[] = [];
  constructor(
    private free: number,
    what = 'slots',
  ) {
    if (!(free >= 1)) throw new RangeError(`${what} must be at least 1, got ${free}`);
  }
  acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  release(): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter();
    else this.free++;
  }
  /** `n` more slots, taken at once by whoever waits. */
  grow(n: number): void {
    for (let i = 0; i < n; i++) this.release();
  }
}
