// Test double: a CommandRunner answering from a table (string or function), with a
// `g` that runs until interrupt() (or a scripted hit) and a log of round trips.
import type { CommandRunner, RunnerCommandResult } from '../../../electron/investigation/commandRunner';

type Answer = string | ((command: string) => string | Promise<string>);

export class ScriptedRunner implements CommandRunner {
  readonly batches: string[][] = [];
  interrupts = 0;
  /** When set, `g` resolves at once (a PoolHitTag hit) instead of waiting for interrupt(). */
  goHits = false;
  private running: (() => void) | null = null;

  constructor(private readonly answers: Record<string, Answer> = {}) {}

  get commands(): string[] {
    return this.batches.flat();
  }

  async execute(command: string): Promise<RunnerCommandResult> {
    this.batches.push([command]);
    return this.answer(command);
  }

  async executeBatch(commands: string[]): Promise<RunnerCommandResult[]> {
    this.batches.push([...commands]);
    const out: RunnerCommandResult[] = [];
    for (const c of commands) out.push(await this.answer(c));
    return out;
  }

  async interrupt(): Promise<void> {
    this.interrupts++;
    const r = this.running;
    this.running = null;
    r?.();
  }

  private async answer(command: string): Promise<RunnerCommandResult> {
    if (command === 'g' && !this.goHits) {
      await new Promise<void>((resolve) => (this.running = resolve));
      return { command, output: 'Break instruction exception - code 80000003 (first chance)\n', durationMs: 1 };
    }
    const a = this.answers[command] ?? Object.entries(this.answers).find(([k]) => k.endsWith('*') && command.startsWith(k.slice(0, -1)))?.[1];
    const output = typeof a === 'function' ? await a(command) : (a ?? '');
    return { command, output, durationMs: 1 };
  }
}
