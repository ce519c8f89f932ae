// What a command handler gets and returns. Handlers write through ctx.write (the
// fault-injecting output) and long ones poll ctx.interrupted() between chunks so
// Ctrl+C / SIGINT can abort them.
import type { KdState } from '../kdState';

export interface CommandContext {
  state: KdState;
  /** Command name as typed (e.g. "!verifier", "kb", "lmv"). */
  name: string;
  /** Everything after the name, trimmed. */
  args: string;
  /** The whole command segment as typed. */
  text: string;
  /** Width of the prompt, for kd's caret-style syntax errors. */
  promptLength: number;
  write(text: string): Promise<void>;
  writeEcho(text: string): Promise<void>;
  /** True once Ctrl+C / SIGINT arrived while this command ran. */
  interrupted(): boolean;
  /** Let timers and signals run (used between chunks of long outputs). */
  yieldToEvents(): Promise<void>;
  symbolDelayMs: number;
  /** Prints the symbol-loading progress (.reload), with the symbol-delay fault applied. */
  reloadSymbols(): Promise<void>;
}

/** 'go' = the target runs (no prompt until it breaks); 'quit' = end the session. */
export type CommandOutcome = 'go' | 'quit' | undefined;

export type CommandHandler = (ctx: CommandContext) => Promise<CommandOutcome | void>;

/** kd's answer to text it cannot parse: a caret under the prompt column. */
export function syntaxError(ctx: Pick<CommandContext, 'promptLength'>, text: string): string {
  return `${' '.repeat(ctx.promptLength)}^ Syntax error in '${text}'\n`;
}

export function resolveError(text: string): string {
  return `Couldn't resolve error at '${text}'\n`;
}
