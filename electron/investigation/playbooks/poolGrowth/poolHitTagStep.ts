// The PoolHitTag assistant (live targets): `ed nt!PoolHitTag <tag as a little-endian
// DWORD>` makes the kernel break on every allocation/free with that tag; at each hit we
// collect `k` and let it run again, then aggregate the call paths. nt!PoolHitTag is
// ALWAYS cleared at the end — after the hits, on failure, and on cancel — or the target
// would keep breaking into the debugger.
import { parseStackOutput, poolHitTagCommand, type StackFrame } from '../../../parsers';
import type { PoolHitStack } from '../../../contract/findingTypes';
import { outputLines } from '../../outputLines';
import { safeTag } from '../../safeCommandArguments';
import type { StepDefinition } from '../../stepTypes';
import { primaryTag } from './primaryTag';

export const clearPoolHitTagCommand = 'ed nt!PoolHitTag 0';

const KERNEL_MODULES = /^(nt|hal|VerifierExt|ntkrnlmp|ntoskrnl)!/i;

function operationOf(frames: StackFrame[]): 'allocate' | 'free' | null {
  for (const f of frames.slice(0, 4)) {
    if (/free/i.test(f.symbol ?? '')) return 'free';
    if (/alloc/i.test(f.symbol ?? '')) return 'allocate';
  }
  return null;
}

export function aggregateHitStacks(stacks: StackFrame[][]): PoolHitStack[] {
  const byKey = new Map<string, PoolHitStack>();
  for (const frames of stacks) {
    const key = frames.map((f) => f.symbol ?? f.retAddr ?? '?').join('|');
    let entry = byKey.get(key);
    if (!entry) {
      const caller = frames.find((f) => f.symbol && !KERNEL_MODULES.test(f.symbol))?.symbol ?? null;
      entry = {
        operation: operationOf(frames),
        caller,
        frames: frames.map((f) => ({ symbol: f.symbol, file: f.file, line: f.line, retAddr: f.retAddr })),
        hits: 0,
      };
      byKey.set(key, entry);
    }
    entry.hits++;
  }
  return [...byKey.values()].sort((a, b) => b.hits - a.hits);
}

export const poolHitTagStep: StepDefinition = {
  id: 'pool-hit-tag',
  title: 'Catch the allocations of the top tag (PoolHitTag)',
  why: 'With nt!PoolHitTag set, the kernel breaks into the debugger on every allocation of the tag: the call stack at each hit shows the code that allocates it.',
  requires: ['resume'],
  skipReason: (facts, options) => (primaryTag(facts, options) ? null : { code: 'no-tag-to-watch' }),
  async run(ctx) {
    const tag = safeTag(ctx, primaryTag(ctx.facts, ctx.options)!.tag);
    const arm = poolHitTagCommand(tag);
    ctx.facts.poolHitTag = tag;
    if (!arm) throw new Error(`Cannot express tag '${tag}' as a DWORD.`);
    const stacks: StackFrame[][] = [];
    let armed = false;
    try {
      armed = true; // set before the command: a cancel mid-command must still clear it
      await ctx.run(arm);
      const wanted = ctx.options.poolHitCount;
      for (let hit = 0; hit < wanted; hit++) {
        ctx.progress(hit, wanted, `Waiting for allocation ${hit + 1} of '${tag}'`);
        const outcome = await ctx.runFor('g', ctx.options.poolHitWaitMs);
        if (outcome === 'waited') {
          ctx.addFinding({
            kind: 'note',
            severity: 'info',
            title: `No allocation of '${tag}' within ${Math.round(ctx.options.poolHitWaitMs / 1000)} s`,
            detail: 'The target was broken into by PoolSleuth. Reproduce the leak while the assistant waits, or raise the wait.',
          });
          break;
        }
        const k = await ctx.run('k');
        if (k === null) break;
        stacks.push(parseStackOutput(outputLines(k), 'k').frames);
      }
      ctx.progress(stacks.length, wanted);
    } finally {
      if (armed) {
        await ctx.ensureStopped();
        await ctx.cleanup().run(clearPoolHitTagCommand);
      }
    }
    const aggregated = aggregateHitStacks(stacks);
    ctx.facts.poolHitStacks = aggregated;
    if (aggregated.length === 0) return;
    const top = aggregated[0]!;
    ctx.addFinding({
      kind: 'pool-hit-stacks',
      severity: 'warning',
      tag,
      hits: stacks.length,
      stacks: aggregated,
      title: `${stacks.length} PoolHitTag hit${stacks.length === 1 ? '' : 's'} on '${tag}' from ${aggregated.length} call path${aggregated.length === 1 ? '' : 's'}; most from ${top.caller ?? 'the kernel'}`,
      detail: `nt!PoolHitTag was cleared afterwards (${clearPoolHitTagCommand}).`,
    });
  },
};
