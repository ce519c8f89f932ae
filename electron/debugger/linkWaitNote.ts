// kd prints "Waiting to reconnect..." in two situations: while it opens a KDNET/COM link
// (its start-up banner; "Connected to target …" follows as soon as the target answers)
// and after the target went away (a reboot while running). The console note "waiting
// for the target" is true only for a wait that lasts: after the first prompt it is shown
// at once, before it only if no connection line came within the grace period.
export class LinkWaitNote {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly graceMs: number,
    private readonly show: () => void,
  ) {}

  /** kd said "Waiting to reconnect..."; `started`: the session had its first prompt. */
  waiting(started: boolean): void {
    this.cancel();
    if (started) {
      this.show();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.show();
    }, this.graceMs);
  }

  /** The link is up (a connection line) or the session ended: no note for that wait. */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
