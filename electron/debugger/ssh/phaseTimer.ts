// A timeout that does not run while the user is being asked something
// (host key, password): only the machine's time counts against the limit.
export class PhaseTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private remainingMs: number;
  private startedAt = 0;
  private paused = 0;
  private stopped = false;
  private readonly disabled: boolean;

  constructor(
    limitMs: number,
    private readonly onTimeout: () => void,
  ) {
    this.remainingMs = limitMs;
    this.disabled = limitMs <= 0;
  }

  start(): void {
    if (this.disabled || this.stopped || this.paused > 0) return;
    this.startedAt = Date.now();
    this.timer = setTimeout(() => {
      this.stopped = true;
      this.onTimeout();
    }, Math.max(0, this.remainingMs));
  }

  async whilePaused<T>(work: Promise<T>): Promise<T> {
    if (this.paused++ === 0 && this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      this.remainingMs -= Date.now() - this.startedAt;
    }
    try {
      return await work;
    } finally {
      if (--this.paused === 0) this.start();
    }
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.stopped = true;
  }
}
