// The outputs a recording holds, looked up the way kd reads a command: by the
// normalising key (parsers/commandKey.ts), so `!verifier 80 FFFFFA80`05400000` finds
// `!verifier 0x80 0xfffffa8005400000`. A command recorded several times answers in
// recorded order, then keeps giving its last answer.
import { commandKey } from '../parsers/commandKey';
import type { RecordedCommand } from './replayRecording';

export class RecordedAnswers {
  private readonly answers = new Map<string, { outputs: string[]; next: number }>();

  constructor(private readonly recorded: readonly RecordedCommand[]) {
    for (const r of recorded) {
      const key = commandKey(r.command);
      if (key === '') continue;
      const slot = this.answers.get(key) ?? { outputs: [], next: 0 };
      slot.outputs.push(r.output);
      this.answers.set(key, slot);
    }
  }

  /** False when the recording holds no output for this command (in any spelling kd accepts). */
  has(command: string): boolean {
    return this.answers.has(commandKey(command));
  }

  /** The next recorded output of this command; null when it was never recorded. */
  take(command: string): string | null {
    const slot = this.answers.get(commandKey(command));
    if (!slot) return null;
    const output = slot.outputs[Math.min(slot.next, slot.outputs.length - 1)]!;
    slot.next++;
    return output;
  }

  /** The recorded commands, in recorded order. */
  commands(): string[] {
    return this.recorded.map((r) => r.command);
  }
}
