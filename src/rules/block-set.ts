/**
 * Block indexes as a flag per block: the blocks earlier rules dropped. Every rule asks of
 * every block whether it is one (some thirty rules, each over every block of the page, on an
 * HTML page after two thirds of them are dropped): a flag is read faster than a Set is
 * searched (a Set's lookups were 1% of a dump's time).
 */

/** What readers ask of a set of block indexes; a Set<number> is one too. */
export interface BlockIndexes {
  has(index: number): boolean;
}

export class BlockSet implements BlockIndexes, Iterable<number> {
  private readonly flags: Uint8Array;
  private count = 0;

  constructor(blockCount: number) {
    this.flags = new Uint8Array(blockCount);
  }

  has(index: number): boolean {
    return this.flags[index] === 1;
  }

  add(index: number): this {
    if (index >= 0 && index < this.flags.length && this.flags[index] === 0) {
      this.flags[index] = 1;
      this.count++;
    }
    return this;
  }

  get size(): number {
    return this.count;
  }

  *[Symbol.iterator](): Iterator<number> {
    for (let i = 0; i < this.flags.length; i++) if (this.flags[i] === 1) yield i;
  }
}
