// .symfix, .sympath[+], .reload and .lines: symbol path bookkeeping and the
// symbol-loading progress text (the symbol-delay fault applies to .reload too).
import type { CommandContext } from './commandTypes';

const MS_SYMBOL_SERVER = 'https://msdl.microsoft.com/download/symbols';

async function printSymbolPath(ctx: CommandContext): Promise<void> {
  const path = ctx.state.symbolPath;
  await ctx.write(
    [
      `Symbol search path is: ${path}`,
      `Expanded Symbol search path is: ${path.toLowerCase()}`,
      '',
      '************* Path validation summary **************',
      'Response                         Time (ms)     Location',
      ...path.split(';').filter((p) => p !== '').map((p) => `Deferred                                       ${p}`),
      '',
    ].join('\n'),
  );
}

export async function symfixCommand(ctx: CommandContext): Promise<void> {
  const append = ctx.name.endsWith('+');
  const cache = ctx.args.trim();
  const entry = cache ? `srv*${cache}*${MS_SYMBOL_SERVER}` : `srv*`;
  ctx.state.symbolPath = append && ctx.state.symbolPath ? `${ctx.state.symbolPath};${entry}` : entry;
}

export async function sympathCommand(ctx: CommandContext): Promise<void> {
  const value = ctx.args.trim();
  if (value) {
    const append = ctx.name.endsWith('+');
    ctx.state.symbolPath = append && ctx.state.symbolPath ? `${ctx.state.symbolPath};${value}` : value;
  }
  await printSymbolPath(ctx);
}

export async function reloadCommand(ctx: CommandContext): Promise<void> {
  await ctx.reloadSymbols();
}

export async function linesCommand(ctx: CommandContext): Promise<void> {
  const arg = ctx.args.trim().toLowerCase();
  const state = ctx.state;
  if (arg === '-e') state.linesEnabled = true;
  else if (arg === '-d') state.linesEnabled = false;
  else state.linesEnabled = !state.linesEnabled;
  await ctx.write(`Line number information will ${state.linesEnabled ? '' : 'not '}be loaded\n`);
}
