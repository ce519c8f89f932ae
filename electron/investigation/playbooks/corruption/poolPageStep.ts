// `!pool <address>`: the pool page around the faulting address — which block it is in
// (or next to), its tag and state, and whether the page's headers are intact.
import { normalizeAddress, parseHexBigInt, parsePoolOutput } from '../../../parsers';
import type { PoolBlockView } from '../../../contract/findingTypes';
import { outputLines } from '../../outputLines';
import { poolTagMeaning } from '../../poolTagMeaning';
import { safeAddress } from '../../safeCommandArguments';
import type { StepDefinition } from '../../stepTypes';
import { poolAddressOf } from './faultingAddress';

export const faultingAddressStep: StepDefinition = {
  id: 'pool-page',
  title: 'Inspect the pool around the faulting address',
  why: '!pool shows the pool blocks around an address: which allocation was overrun or freed twice, and its tag (which points at the driver).',
  skipReason: (facts) => {
    if (!facts.bugcheck) return { code: 'no-bugcheck-address' };
    return poolAddressOf(facts.bugcheck) ? null : { code: 'bugcheck-without-pool-address', params: { code: facts.bugcheck.code } };
  },
  async run(ctx) {
    const found = poolAddressOf(ctx.facts.bugcheck!)!;
    const address = safeAddress(ctx, found.address, 'bug check argument');
    ctx.facts.faultingAddress = normalizeAddress(address);
    // A special-pool guard page (D6/CC overrun) cannot be read: the block sits at the end
    // of the page before, so ask about the byte before the address too, in the same trip.
    const pageAligned = (parseHexBigInt(address)! & 0xfffn) === 0n;
    const before = pageAligned ? `0x${(parseHexBigInt(address)! - 1n).toString(16)}` : null;
    const commands = before ? [`!pool ${address}`, `!pool ${before}`] : [`!pool ${address}`];
    const outputs = await ctx.runBatch(commands);
    const parsed = commands.map((c, i) => (outputs[i] == null ? null : { output: outputs[i]!, pool: parsePoolOutput(outputLines(outputs[i]!), c), command: c }));
    const chosen = parsed.find((p) => p && p.pool.blocks.some((b) => b.marked)) ?? parsed.find((p) => p !== null) ?? null;
    if (!chosen) return;
    const { output, pool } = chosen;
    const pastEnd = chosen !== parsed[0];
    ctx.facts.pool = pool;
    const blocks: PoolBlockView[] = pool.blocks.map((b) => ({ address: b.address, size: b.size, state: b.state, tag: b.tag, owner: b.owner, marked: b.marked }));
    const marked = pool.blocks.find((b) => b.marked);
    const corrupt = /corrupt|bad|invalid/i.test(output) && pool.blocks.length === 0;
    const tagNote = marked?.tag ? ` Tag '${marked.tag}': ${poolTagMeaning(marked.tag).description}` : '';
    ctx.addFinding({
      kind: 'pool-block',
      severity: corrupt ? 'error' : 'warning',
      address: ctx.facts.faultingAddress!,
      region: pool.region,
      blocks,
      title: marked && pastEnd
        ? `Arg${found.argument} ${ctx.facts.faultingAddress} is just past the end of ${marked.state ?? ''} block ${marked.address} (${marked.tag ?? 'no tag'}, size 0x${(marked.size ?? 0).toString(16)}): a write or read beyond the allocation`
        : marked
        ? `Arg${found.argument} ${ctx.facts.faultingAddress} is in ${marked.state ?? ''} block ${marked.address} (${marked.tag ?? 'no tag'}, size 0x${(marked.size ?? 0).toString(16)})`
        : `Arg${found.argument} ${ctx.facts.faultingAddress}: ${pool.region ?? 'pool page'}${corrupt ? ' — the pool headers are corrupt' : ''}`,
      detail: `${pool.region ?? ''}${tagNote}`.trim() || null,
    });
  },
};
