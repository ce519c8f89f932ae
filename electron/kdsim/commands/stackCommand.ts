// k, kb, kn, kv, kp (optionally with a frame count): the current thread's stack — the
// scenario's, or the allocation stack after a PoolHitTag hit, or the break-in stack.
import { formatStack } from '../outputLayout/stackLayout';
import type { CommandContext } from './commandTypes';
import { syntaxError } from './commandTypes';

export function isStackCommand(name: string): boolean {
  return /^k[bnvpcL]*$/i.test(name);
}

export async function stackCommand(ctx: CommandContext): Promise<void> {
  const flags = ctx.name.slice(1).toLowerCase();
  let maxFrames: number | undefined;
  if (ctx.args !== '') {
    const count = /^(?:0x)?([0-9a-f]+)$/i.exec(ctx.args.replace(/^=\s*/, ''));
    if (!count?.[1]) {
      await ctx.write(syntaxError(ctx, ctx.text));
      return;
    }
    maxFrames = parseInt(count[1], 16);
  }
  const state = ctx.state;
  await ctx.write(
    formatStack(state.stack(), {
      arch: state.arch,
      layout: state.layout,
      withArgs: /[bvp]/.test(flags),
      numbered: flags.includes('n'),
      withSource: state.linesEnabled,
      maxFrames,
    }),
  );
}
