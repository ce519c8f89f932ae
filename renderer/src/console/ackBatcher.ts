// Flow control for console output: the core stops reading the debugger when too
// much text is unacknowledged, so we report rendered characters (after xterm has
// parsed them) in batches — one ack per 64 KB, plus a flush once output goes quiet
// so the last partial batch never stays outstanding.

export interface AckBatcherOptions {
  /** Characters per ack while output streams. */
  batchChars?: number;
  /** Quiet time after which a partial batch is acknowledged. */
  idleFlushMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class AckBatcher {
  private unacked = 0;
  private timer: unknown = null;
  private readonly batchChars: number;
  private readonly idleFlushMs: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    private readonly sendAck: (chars: number) => void,
    options: AckBatcherOptions = {},
  ) {
    this.batchChars = options.batchChars ?? 64 * 1024;
    this.idleFlushMs = options.idleFlushMs ?? 100;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** Called from xterm's write callback with the length of the chunk it finished. */
  rendered(chars: number): void {
    if (chars <= 0) return;
    this.unacked += chars;
    if (this.unacked >= this.batchChars) {
      this.flush();
      return;
    }
    this.cancelTimer();
    this.timer = this.setTimer(() => {
      this.timer = null;
      this.flush();
    }, this.idleFlushMs);
  }

  flush(): void {
    this.cancelTimer();
    if (this.unacked === 0) return;
    const chars = this.unacked;
    this.unacked = 0;
    this.sendAck(chars);
  }

  /** Forget outstanding counts, e.g. when a new session starts with a fresh window. */
  reset(): void {
    this.cancelTimer();
    this.unacked = 0;
  }

  get pending(): number {
    return this.unacked;
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
  }
}
