// A CommandRunner that answers from a recorded session: the output a command had when
// someone ran it. Commands never run are not answered (hasAnswer false), so the same
// playbook can say which steps had no data. Repeated commands answer in recorded order,
// then keep giving the last answer.
import type { CommandRunner, RunnerCommandResult } from '../commandRunner';
import { commandKey } from './commandKey';

export interface RecordedCommand {
  command: string;
  output: string;
}

export class TranscriptCommandRunner implements CommandRunner {
  private readonly answers = new Map<string, { outputs: string[]; next: number }>();
  private readonly order: string[] = [];

  constructor(recorded: RecordedCommand[]) {
    for (const r of recorded) {
      this.order.push(r.command);
      const key = commandKey(r.command);
      if (key === '') continue;
      const entry = this.answers.get(key) ?? { outputs: [], next: 0 };
      entry.outputs.push(r.output);
      this.answers.set(key, entry);
    }
  }

  get commandCount(): number {
    return [...this.answers.values()].reduce((n, a) => n + a.outputs.length, 0);
  }

  recordedCommands(): string[] {
    return [...this.order];
  }

  hasAnswer(command: string): boolean {
    return this.answers.has(commandKey(command));
  }

  async execute(command: string): Promise<RunnerCommandResult> {
    const entry = this.answers.get(commandKey(command));
    if (!entry) throw new Error(`'${command}' is not in the recorded log.`);
    const output = entry.outputs[Math.min(entry.next, entry.outputs.length - 1)]!;
    entry.next++;
    return { command, output, durationMs: 0 };
  }

  async executeBatch(commands: string[]): Promise<RunnerCommandResult[]> {
    const results: RunnerCommandResult[] = [];
    for (const c of commands) results.push(await this.execute(c));
    return results;
  }
}
