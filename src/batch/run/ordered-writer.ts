/**
 * Puts finished records out one at a time, in input order (or completion order with
 * `unordered`), through a sink that honours stream back-pressure. A broken pipe (`pith dump/ |
 * head`) is how a reader says "enough": the writer stops quietly and drops what is left.
 */
import type { Writable } from 'node:stream';

/** Receives whole record lines (ending in '\n'); resolves when more may be written. */
export interface LineSink {
  write(text: string): Promise<void>;
}

/** One finished record: how to put it out (a sink line, a file...), decided by the caller. */
export type Emit = () => Promise<void>;

export class OrderedWriter {
  /** Set when the reader went away (EPIPE); later records are dropped, not written. */
  brokenPipe = false;
  private next = 0;
  private readonly ready = new Map<number, { emit: Emit; done: () => void; fail: (err: unknown) => void }>();
  private readonly fifo: number[] = [];
  private pumping = false;
  private failure: unknown = null;

  constructor(private readonly unordered: boolean) {}

  /**
   * Hands over record `seq` (0, 1, 2... with no gaps); resolves once it is written or dropped.
   * Rejects on a write failure other than a broken pipe, which the run reports as fatal.
   */
  put(seq: number, emit: Emit): Promise<void> {
    return new Promise((done, fail) => {
      this.ready.set(seq, { emit, done, fail });
      if (this.unordered) this.fifo.push(seq);
      void this.pump();
    });
  }

  /** Writes while the record due next is ready; one write at a time, so lines never interleave. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let seq = this.due(); seq !== undefined; seq = this.due()) {
        const entry = this.ready.get(seq)!;
        this.ready.delete(seq);
        try {
          if (!this.brokenPipe && this.failure === null) await entry.emit();
          entry.done();
        } catch (err) {
          if (isBrokenPipe(err)) {
            this.brokenPipe = true;
            entry.done();
          } else {
            this.failure = err;
            entry.fail(err);
          }
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  private due(): number | undefined {
    if (this.unordered) return this.fifo.shift();
    if (!this.ready.has(this.next)) return undefined;
    return this.next++;
  }
}

export function isBrokenPipe(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'EPIPE';
}

/**
 * A sink over a Node stream (process.stdout, a file). Each record goes out in a single write
 * call, so an interrupted run never leaves half a line; when the stream's buffer is full the
 * promise waits for 'drain', which is what keeps memory flat behind a slow reader.
 */
export function streamSink(stream: Writable): LineSink {
  let failure: Error | null = null;
  // A listener for good: an EPIPE emitted between writes must not become an uncaught error.
  stream.on('error', (err) => (failure ??= err));
  return {
    write(text) {
      if (failure) return Promise.reject(failure);
      return new Promise<void>((resolve, reject) => {
        const settle = (err?: Error | null) => {
          stream.off('drain', onDrain);
          stream.off('close', onClose);
          if (err) reject(err);
          else resolve();
        };
        const onDrain = () => settle();
        const onClose = () => settle(failure ?? Object.assign(new Error('output closed'), { code: 'EPIPE' }));
        const flowing = stream.write(text, (err) => {
          if (err) settle((failure ??= err));
        });
        if (flowing) settle();
        else {
          stream.once('drain', onDrain);
          stream.once('close', onClose);
        }
      });
    },
  };
}
