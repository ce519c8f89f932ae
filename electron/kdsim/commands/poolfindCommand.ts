// !poolfind Tag [PoolType]: scans the large pool table and then each pool for blocks
// with the tag. It is a long command: output comes section by section and Ctrl+C stops it.
import { formatPointer, parseHex, ulongFromTag } from '../addressFormat';
import { knownBlocks, tagMatcher, type KnownBlock } from '../poolModel';
import type { CommandContext } from './commandTypes';
import { syntaxError } from './commandTypes';

const POOL_TYPES: Record<string, KnownBlock['pool'][]> = {
  '0': ['Nonpaged pool'],
  '1': ['Paged pool'],
  '2': ['Special pool'],
};

export async function poolfindCommand(ctx: CommandContext): Promise<void> {
  const [tag, type] = ctx.args.split(/\s+/).filter((t) => t !== '');
  if (!tag) {
    await ctx.write(syntaxError(ctx, ctx.text));
    return;
  }
  const state = ctx.state;
  const arch = state.arch;
  const pools = type !== undefined ? POOL_TYPES[type.replace(/^0x/i, '')] ?? [] : (['Nonpaged pool', 'Paged pool', 'Special pool'] as const);
  const match = tagMatcher(tag);
  const hits = knownBlocks(state).filter((b) => match(b.tag) && pools.includes(b.pool));
  const modern = state.layout === 'win10';
  const tagText = modern ? `tag 0x${ulongFromTag(tag).toString(16)} (${tag})` : `Tag: ${tag}`;
  const kernel = parseHex(state.scenario.system.kernelBase);
  const range = (offset: bigint, length: bigint): string =>
    `(${formatPointer(arch, kernel + offset)} : ${formatPointer(arch, kernel + offset + length)})`;

  await ctx.write(`\nScanning large pool allocation table for ${tagText} ${range(0x1c00000n, 0x200000n)}\n\n`);
  for (const b of hits.filter((h) => h.large)) {
    await ctx.write(
      `${formatPointer(arch, b.address)} : tag ${b.tag.padEnd(4)}, size ${('0x' + b.size.toString(16)).padStart(10)}, ${b.pool}\n`,
    );
  }
  await ctx.yieldToEvents();
  for (const pool of pools) {
    if (ctx.interrupted()) return;
    const label = pool === 'Nonpaged pool' ? 'NonPaged pool' : pool === 'Paged pool' ? 'Paged pool' : 'Special pool';
    await ctx.write(`\nSearching ${label} ${range(0x2000000n, 0x40000000n)} for ${tagText}\n\n`);
    for (const b of hits.filter((h) => !h.large && h.pool === pool)) {
      const state = b.state === 'allocated' ? '(Allocated)' : '(Free)     ';
      await ctx.write(
        `${formatPointer(arch, b.address)} size: ${b.size.toString(16).padStart(4)} previous size: ${b.previousSize.toString(16).padStart(4)}  ${state} ${b.tag}\n`,
      );
    }
    await ctx.yieldToEvents();
  }
}
