// Wraps a CommandRunner and counts round trips (one per execute/executeBatch call) and
// commands — how tests and the benchmark check that batching works.
import type { CommandRunner, RunnerCommandResult, RunnerOptions } from './commandRunner';

export class CountingRunner implements CommandRunner {
  roundTrips = 0;
  readonly commands: string[] = [];

  constructor(private readonly inner: CommandRunner) {
    if (inner.hasAnswer) this.hasAnswer = (command: string) => inner.hasAnswer!(command);
    if (inner.recordedCommands) this.recordedCommands = () => inner.recordedCommands!();
  }

  hasAnswer?: (command: string) => boolean;
  recordedCommands?: () => string[];

  execute(command: string, options?: RunnerOptions): Promise<RunnerCommandResult> {
    this.roundTrips++;
    this.commands.push(command);
    return this.inner.execute(command, options);
  }

  executeBatch(commands: string[], options?: RunnerOptions): Promise<RunnerCommandResult[]> {
    this.roundTrips++;
    this.commands.push(...commands);
    return this.inner.executeBatch(commands, options);
  }

  async interrupt(): Promise<void> {
    await this.inner.interrupt?.();
  }
}
