// What a playbook needs from a debugger: DebuggerSession satisfies this structurally,
// the offline transcript runner answers from a recorded log, tests wrap it to count
// round trips. One execute/executeBatch call is one round trip to the debugger.

export interface RunnerCommandResult {
  command: string;
  /** LF text, prompt and framing removed. */
  output: string;
  durationMs: number;
  /**
   * A live session's output past its memory cap: `output` holds only the head; the whole
   * text is read back from disk in chunks (DebuggerSession's CommandOutputSpill).
   */
  spilled?: { readonly length: number; chunks(): AsyncIterable<string> };
}

export interface RunnerOptions {
  timeoutMs?: number;
}

export interface CommandRunner {
  execute(command: string, options?: RunnerOptions): Promise<RunnerCommandResult>;
  /** Pipelined: all commands in one write. Must not contain commands that resume the target. */
  executeBatch(commands: string[], options?: RunnerOptions): Promise<RunnerCommandResult[]>;
  /** Break into a running target or abort a long command (Ctrl+C). */
  interrupt?(): Promise<void>;
  /**
   * Offline runners only: false when the log holds no answer for this command, so a
   * step can say "no data" instead of pretending the debugger printed nothing.
   */
  hasAnswer?(command: string): boolean;
  /** Offline runners only: the commands the log holds, in recorded order. */
  recordedCommands?(): string[];
}

/** Live text of the command being run (console stream), for progress such as "Parsed entry x/y". */
export interface OutputTap {
  subscribe(listener: (text: string) => void): () => void;
}

/** A tap fed by a session observer's console callback. */
export class ConsoleOutputTap implements OutputTap {
  private readonly listeners = new Set<(text: string) => void>();

  readonly push = (text: string): void => {
    for (const listener of this.listeners) listener(text);
  };

  subscribe(listener: (text: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
