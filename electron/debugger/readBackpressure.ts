// Backpressure from the console consumers to the debugger's output pipe.
//
// The core hands console text to the UI through a flow-controlled outbox; text the UI has
// not taken yet waits there. A debugger that prints without end (a flood, a spinning kd)
// would grow that queue without bound, so above a high-water mark the transport stops
// reading its source (child stdout, SSH channel, kdsim's pipe) and the OS pipe or SSH
// window pushes back on the debugger itself; below the low-water mark reading resumes.
// Nothing is dropped: the debugger just waits to write.

/** A transport whose reading can be paused (the OS pipe or SSH window then fills up). */
export interface PausableSource {
  pauseReading(): void;
  resumeReading(): void;
}

export interface ReadBackpressureOptions {
  /** Pending characters at which reading pauses (default 4 M). */
  highWaterChars?: number;
  /** Pending characters at or below which reading resumes (default 1 M). */
  lowWaterChars?: number;
  /** Told when reading pauses or resumes (the session stops its silence timer meanwhile). */
  onChange?: (paused: boolean) => void;
}

export function isPausableSource(value: unknown): value is PausableSource {
  const v = value as Partial<PausableSource> | null;
  return typeof v?.pauseReading === 'function' && typeof v.resumeReading === 'function';
}

export class ReadBackpressure {
  private source: PausableSource | null = null;
  private pausedNow = false;
  private pending = 0;
  private pauses = 0;
  readonly highWaterChars: number;
  readonly lowWaterChars: number;

  constructor(private readonly options: ReadBackpressureOptions = {}) {
    this.highWaterChars = options.highWaterChars ?? 4 * 1024 * 1024;
    this.lowWaterChars = Math.min(options.lowWaterChars ?? 1024 * 1024, this.highWaterChars);
  }

  get paused(): boolean {
    return this.pausedNow;
  }

  /** How many times reading was paused (benchmarks and tests report it). */
  get pauseCount(): number {
    return this.pauses;
  }

  /** The transport now feeding the console; a paused state carries over to it. */
  attach(source: unknown): void {
    this.source = isPausableSource(source) ? source : null;
    if (this.pausedNow) this.source?.pauseReading();
  }

  /** The transport is gone: forget it (it is not resumed — it no longer reads). */
  detach(source: unknown): void {
    if (this.source === source) this.source = null;
  }

  /** The consumers' queue now holds `pendingChars` not yet taken. */
  update(pendingChars: number): void {
    this.pending = pendingChars;
    if (!this.pausedNow && pendingChars >= this.highWaterChars) {
      this.pausedNow = true;
      this.pauses++;
      this.source?.pauseReading();
      this.options.onChange?.(true);
    } else if (this.pausedNow && pendingChars <= this.lowWaterChars) {
      this.pausedNow = false;
      this.source?.resumeReading();
      this.options.onChange?.(false);
    }
  }

  get pendingChars(): number {
    return this.pending;
  }
}
