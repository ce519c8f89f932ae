// ln address: "file(line)+disp" (private symbols with .lines on), then
// "(start)   mod!func+off   |  (next)   mod!next", and "Exact matches:" on a hit.
import { formatPointerTick } from '../addressFormat';
import { ExpressionError } from '../symbolResolver';
import type { CommandContext } from './commandTypes';
import { resolveError, syntaxError } from './commandTypes';

export async function lnCommand(ctx: CommandContext): Promise<void> {
  const { state } = ctx;
  if (ctx.args === '') {
    await ctx.write(syntaxError(ctx, ctx.text));
    return;
  }
  let address: bigint;
  try {
    address = state.evaluate(ctx.args);
  } catch (err) {
    await ctx.write(err instanceof ExpressionError && err.kind === 'syntax' ? syntaxError(ctx, ctx.args) : resolveError(ctx.args));
    return;
  }
  const r = state.resolver.resolve(address);
  if (!r) return;
  const arch = state.arch;
  const lines: string[] = [];
  if (r.sourceLine && state.linesEnabled) {
    lines.push(`${r.sourceLine.file}(${r.sourceLine.line})+0x${r.sourceLine.displacement.toString(16)}`);
  }
  const start = r.symbol ? r.symbol.address : r.module.base;
  const name = r.symbol ? `${r.module.name}!${r.symbol.name}` : r.module.name;
  const here = `(${formatPointerTick(arch, start)})   ${name}${r.offset === 0n ? '' : `+0x${r.offset.toString(16)}`}`;
  if (r.next) {
    const nextName = r.symbol?.lnNextSymbolText ?? `${r.module.name}!${r.next.name}`;
    lines.push(`${here}   |  (${formatPointerTick(arch, r.next.address)})   ${nextName}`);
  } else {
    lines.push(here);
  }
  if (r.symbol && r.offset === 0n) lines.push('Exact matches:', `    ${name} (<no parameter info>)`);
  await ctx.write(lines.join('\n') + '\n');
}
