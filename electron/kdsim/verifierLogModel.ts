// The Driver Verifier pool Allocate/Free log as a sequence: generated background
// entries (the scenario's filler) followed by the explicit entries, capped at the log
// capacity (older entries are overwritten when the log wraps). Entries are produced on
// demand so a full 0x10000-entry log costs nothing until it is walked.
import { parseHex } from './addressFormat';
import type { VerifierLog, VerifierLogEntry } from './scenarioSchema';

export interface LogRecord {
  address: bigint;
  size: bigint;
  thread: bigint;
  operation: 'alloc' | 'free';
  frames: VerifierLogEntry['frames'];
}

export class VerifierLogModel {
  readonly capacity: number;
  /** Number of entries present (<= capacity). */
  readonly length: number;
  private readonly fillerCount: number;
  private readonly skipped: number;
  private readonly explicit: LogRecord[];

  constructor(private readonly log: VerifierLog) {
    this.capacity = log.capacity;
    this.explicit = log.entries.map((e) => ({
      address: parseHex(e.address),
      size: parseHex(e.size),
      thread: parseHex(e.thread),
      operation: e.operation,
      frames: e.frames,
    }));
    const total = (log.filler?.count ?? 0) + this.explicit.length;
    this.length = Math.min(total, this.capacity);
    this.skipped = total - this.length; // overwritten (oldest) entries
    this.fillerCount = log.filler?.count ?? 0;
  }

  /** Whether older entries were overwritten (the log wrapped). */
  get wrapped(): boolean {
    return this.skipped > 0;
  }

  /** Entry by age: 0 = oldest still in the log. */
  at(index: number): LogRecord {
    const absolute = index + this.skipped;
    if (absolute >= this.fillerCount) {
      const record = this.explicit[absolute - this.fillerCount];
      if (!record) throw new RangeError(`log index ${index} out of range`);
      return record;
    }
    return this.fillerAt(absolute);
  }

  private fillerAt(i: number): LogRecord {
    const f = this.log.filler!;
    const pair = Math.floor(i / 2);
    const slot = pair % f.distinctAddresses;
    const operation = i % 2 === 0 ? 'alloc' : 'free';
    return {
      address: parseHex(f.addressBase) + BigInt(slot) * parseHex(f.addressStride),
      size: parseHex(f.sizes[pair % f.sizes.length]!),
      thread: parseHex(f.threads[pair % f.threads.length]!),
      operation,
      frames: operation === 'alloc' ? f.allocFrames : f.freeFrames,
    };
  }

  /** Cheap check used before materialising a filler record during an address search. */
  fillerMayMatch(address: bigint): boolean {
    const f = this.log.filler;
    if (!f) return false;
    const base = parseHex(f.addressBase);
    const stride = parseHex(f.addressStride);
    if (address < base || stride === 0n) return false;
    const delta = address - base;
    return delta % stride === 0n && delta / stride < BigInt(f.distinctAddresses);
  }

  isFillerIndex(index: number): boolean {
    return index + this.skipped < this.fillerCount;
  }
}
