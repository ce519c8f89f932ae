// Commands about the session itself: .echo, q, g, ~Ns (processor switch).
import type { CommandContext, CommandOutcome } from './commandTypes';
import { syntaxError } from './commandTypes';

export async function echoCommand(ctx: CommandContext): Promise<void> {
  let text = ctx.args;
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1);
  await ctx.writeEcho(text + '\n');
}

export async function quitCommand(ctx: CommandContext): Promise<CommandOutcome> {
  await ctx.write('quit:\n');
  return 'quit';
}

export async function goCommand(ctx: CommandContext): Promise<CommandOutcome> {
  const kind = ctx.state.scenario.target.kind;
  if (kind === 'dump') {
    await ctx.write(`${' '.repeat(ctx.promptLength)}^ No runnable debuggees error in '${ctx.text}'\n`);
    return undefined;
  }
  if (kind === 'local') {
    await ctx.write(`${' '.repeat(ctx.promptLength)}^ Operation not supported in current debug session '${ctx.text}'\n`);
    return undefined;
  }
  return 'go';
}

export async function processorSwitchCommand(ctx: CommandContext): Promise<void> {
  const match = /^~(\d+)s$/i.exec(ctx.name);
  const processors = ctx.state.scenario.system.processors;
  const target = match ? Number(match[1]) : NaN;
  if (!match || target >= processors) {
    await ctx.write(syntaxError(ctx, ctx.text));
    return;
  }
  ctx.state.currentProcessor = target;
  ctx.state.currentStack = null;
}
