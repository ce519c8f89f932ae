// Which handler answers which command word, and kd's answers for everything else
// ("No export foo found" for unknown extensions, a caret syntax error otherwise).
import { analyzeCommand, bugcheckCommand } from './commands/analyzeCommand';
import type { CommandContext, CommandHandler, CommandOutcome } from './commands/commandTypes';
import { syntaxError } from './commands/commandTypes';
import { lnCommand } from './commands/lnCommand';
import { dumpCommand, editCommand, unicodeCommand } from './commands/memoryCommands';
import { lmCommand, vertargetCommand } from './commands/moduleCommands';
import { poolCommand } from './commands/poolCommand';
import { poolfindCommand } from './commands/poolfindCommand';
import { poolusedCommand } from './commands/poolusedCommand';
import { echoCommand, goCommand, processorSwitchCommand, quitCommand } from './commands/sessionCommands';
import { isStackCommand, stackCommand } from './commands/stackCommand';
import { linesCommand, reloadCommand, symfixCommand, sympathCommand } from './commands/symbolCommands';
import { verifierCommand } from './commands/verifierCommand';
import { vmCommand } from './commands/vmCommand';

/** Command words, lower-case (kd's command words are case-insensitive except dS/ds). */
const COMMANDS: Record<string, CommandHandler> = {
  '!analyze': analyzeCommand,
  '.bugcheck': bugcheckCommand,
  '!verifier': verifierCommand,
  '!poolused': poolusedCommand,
  '!poolfind': poolfindCommand,
  '!pool': poolCommand,
  '!vm': vmCommand,
  ln: lnCommand,
  vertarget: vertargetCommand,
  '.echo': echoCommand,
  '.symfix': symfixCommand,
  '.symfix+': symfixCommand,
  '.sympath': sympathCommand,
  '.sympath+': sympathCommand,
  '.reload': reloadCommand,
  '.lines': linesCommand,
  dd: dumpCommand,
  dc: dumpCommand,
  db: dumpCommand,
  du: unicodeCommand,
  ed: editCommand,
  eb: editCommand,
  g: goCommand,
  q: quitCommand,
  qq: quitCommand,
};

function lookup(name: string): CommandHandler | null {
  if (name === 'dS') return unicodeCommand;
  if (/^~\d+s$/i.test(name)) return processorSwitchCommand;
  const lower = name.toLowerCase();
  const handler = COMMANDS[lower];
  if (handler) return handler;
  if (/^lm[vm]*$/.test(lower)) return lmCommand;
  if (isStackCommand(name)) return stackCommand;
  return null;
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
