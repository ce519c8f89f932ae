// Why a step stopped. StepFailure carries a message meant for the user; RunnerFailure
// wraps an error from the debugger connection (a dead debugger ends the playbook,
// a command timeout only fails its step).

export class StepFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StepFailure';
  }
}

export class RunnerFailure extends Error {
  constructor(
    message: string,
    readonly command: string,
    /** A timeout leaves the debugger usable; anything else means it is gone. */
    readonly timedOut: boolean,
  ) {
    super(message);
    this.name = 'RunnerFailure';
  }
}

export class StepCancelled extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'StepCancelled';
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
