// Which handler answers which command word, and kd's answers for everything else
// ("No export foo found" for unknown extensions, a caret syntax error otherwise).
import { analyzeCommand, bugcheckCommand } from './commands/analyzeCommand';
import type { CommandContext, CommandHandler, CommandOutcome } from './commands/commandTypes';
import { syntaxError } from './commands/commandTypes';
import { lnCommand } from './commands/lnCommand';
import { echoCommand, goCommand, processorSwitchCommand, quitCommand } from './commands/sessionCommands';
import { linesCommand, reloadCommand, symfixCommand, sympathCommand } from './commands/symbolCommands';
import { verifierCommand } from './commands/verifierCommand';

const EXACT: Record<string, CommandHandler> = {
  '!analyze': analyzeCommand,
  '.bugcheck': bugcheckCommand,
  '!verifier': verifierCommand,
  ln: lnCommand,
  '.echo': echoCommand,
  q: quitCommand,
  qq: quitCommand,
  g: goCommand,
  '.symfix': symfixCommand,
  '.symfix+': symfixCommand,
  '.sympath': sympathCommand,
  '.sympath+': sympathCommand,
  '.reload': reloadCommand,
  '.lines': linesCommand,
};

const extraHandlers: Record<string, CommandHandler> = {};

/** Lets command modules register more words (keeps this table free of import cycles). */
export function registerCommand(name: string, handler: CommandHandler): void {
  extraHandlers[name.toLowerCase()] = handler;
}

function lookup(name: string): CommandHandler | null {
  if (/^~\d+s$/i.test(name)) return processorSwitchCommand;
  const exact = EXACT[name] ?? EXACT[name.toLowerCase()];
  if (exact) return exact;
  // dS is case-sensitive in kd (dS = UNICODE_STRING, ds = ASCII string struct).
  return extraHandlers[name] ?? extraHandlers[name.toLowerCase()] ?? null;
}

export async function dispatchCommand(ctx: CommandContext): Promise<CommandOutcome> {
  const handler = lookup(ctx.name);
  if (handler) return (await handler(ctx)) ?? undefined;
  if (ctx.name.startsWith('!')) {
    await ctx.write(`No export ${ctx.name.slice(1)} found\n`);
    return undefined;
  }
  await ctx.write(syntaxError(ctx, ctx.text));
  return undefined;
}
