// The disk a session's spilled outputs may use, shared by all its spill files. A debugger
// that prints without end must not fill the disk: past the limit an output is cut (the
// command is marked truncated and the user warned), never silently.

/** Default: 2 GiB of spill files per session (a full `!verifier 0x80` is ~33 MB). */
export const defaultSpillDiskLimitBytes = 2 * 1024 * 1024 * 1024;

export class SpillDiskBudget {
  private used = 0;

  constructor(readonly limitBytes: number = defaultSpillDiskLimitBytes) {}

  get usedBytes(): number {
    return this.used;
  }

  /** Takes `bytes` from the budget; false (nothing taken) when they do not fit. */
  take(bytes: number): boolean {
    if (this.used + bytes > this.limitBytes) return false;
    this.used += bytes;
    return true;
  }
}
