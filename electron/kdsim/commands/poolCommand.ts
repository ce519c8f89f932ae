// !pool address: the pool page around an address (small blocks with the one holding the
// address starred), a large or special pool allocation, or kd's "not valid pool" text.
import { formatPointer } from '../addressFormat';
import { knownBlocks, tagOwner, type KnownBlock } from '../poolModel';
import type { KdState } from '../kdState';
import { ExpressionError } from '../symbolResolver';
import type { CommandContext } from './commandTypes';
import { resolveError, syntaxError } from './commandTypes';

function ownerLine(state: KdState, tag: string): string {
  const owner = tagOwner(state, tag);
  return owner ? `\t\tPooltag ${tag} : ${owner}` : '\t\tOwning component : Unknown (update pooltag.txt)';
}

function contains(b: KnownBlock, address: bigint): boolean {
  return address >= b.address && address < b.address + (b.size > 0n ? b.size : 1n);
}

export async function poolCommand(ctx: CommandContext): Promise<void> {
  const state = ctx.state;
  const arch = state.arch;
  const arg = ctx.args.split(/\s+/)[0] ?? '';
  if (arg === '') {
    await ctx.write(syntaxError(ctx, ctx.text));
    return;
  }
  let address: bigint;
  try {
    address = state.evaluate(arg);
  } catch (err) {
    await ctx.write(err instanceof ExpressionError && err.kind === 'syntax' ? syntaxError(ctx, arg) : resolveError(arg));
    return;
  }
  const p = (v: bigint): string => formatPointer(arch, v);
  const tagWord = state.layout === 'win10' ? 'tag' : 'Tag';
  const blocks = knownBlocks(state);
  const pageStart = address & ~0xfffn;
  const page = state.scenario.poolPages.find((pg) => {
    const start = BigInt('0x' + pg.address.replace(/`/g, '').replace(/^0x/i, ''));
    return address >= start && address < start + 0x1000n;
  });
  const hit = blocks.find((b) => contains(b, address)) ?? null;
  const lines: string[] = [];
  if (page?.corruptionText) {
    lines.push(`Pool page ${p(address)} region is ${page.region}`, ...page.corruptionText);
  } else if (hit && hit.pool === 'Special pool') {
    const kind = hit.page?.specialPoolType ?? 'non-paged';
    lines.push(
      `Pool page ${p(address)} region is Special pool`,
      `*${p(hit.address)} size: ${hit.size.toString(16).padStart(4)} ${kind} special pool, ${tagWord} is ${hit.tag}`,
      ownerLine(state, hit.tag),
    );
  } else if (hit && hit.large) {
    lines.push(
      `Pool page ${p(address)} region is ${hit.pool}`,
      `*${p(hit.address)} : large page allocation, ${tagWord} is ${hit.tag}, size is 0x${hit.size.toString(16)} bytes`,
      ownerLine(state, hit.tag),
    );
  } else if (hit || page) {
    const region = page?.region ?? hit?.pool ?? 'Nonpaged pool';
    lines.push(`Pool page ${p(address)} region is ${region}`);
    const onPage = blocks
      .filter((b) => !b.large && (b.address & ~0xfffn) === pageStart)
      .sort((a, b) => (a.address < b.address ? -1 : 1));
    for (const b of onPage) {
      const star = contains(b, address);
      const stateText = (b.state === 'allocated' ? '(Allocated)' : '(Free)').padEnd(12);
      lines.push(
        `${star ? '*' : ' '}${p(b.address)} size: ${b.size.toString(16).padStart(4)} previous size: ${b.previousSize.toString(16).padStart(4)}  ${stateText}${star ? '*' : ' '}${b.tag}`,
      );
      if (star) lines.push(ownerLine(state, b.tag));
    }
  } else {
    lines.push(
      `Pool page ${p(address)} region is Unknown`,
      `${p(pageStart)} is not a valid large pool allocation, checking large session pool...`,
      `${p(pageStart)} is freed (or corrupt) pool`,
      `Bad previous allocation size @${p(pageStart)}, last size was 0`,
      '',
      '***',
      `*** An error (or corruption) in the pool was detected;`,
      `*** Attempting to diagnose the problem.`,
      '***',
      `*** Use !poolval ${p(pageStart)} for more details.`,
      '***',
    );
  }
  await ctx.write(lines.join('\n') + '\n');
}
