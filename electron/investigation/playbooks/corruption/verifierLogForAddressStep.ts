// `!verifier 0x80 <block>`: the verifier log's allocate/free history of the block —
// who allocated it and, for a double free or use after free, who freed it first.
import { VerifierLogStream } from '../../../parsers';
import { safeAddress } from '../../safeCommandArguments';
import type { StepDefinition } from '../../stepTypes';

export const verifierLogForAddressStep: StepDefinition = {
  id: 'verifier-log-for-address',
  title: 'Read the verifier log for the block',
  why: "Driver Verifier's pool log keeps the stack of each recent allocate and free: it names the code that allocated (and freed) the damaged block.",
  skipReason: (facts) => (facts.faultingAddress ? null : { code: 'no-pool-address' }),
  async run(ctx) {
    const marked = ctx.facts.pool?.blocks.find((b) => b.marked);
    // The log is keyed by the allocation's address; a guard-page fault is past its end.
    const target = marked?.address ?? ctx.facts.faultingAddress!;
    const address = safeAddress(ctx, target, 'pool address');
    const command = `!verifier 0x80 ${address}`;
    // Streamed: an output past the session's memory cap is read back from disk, tail included.
    const output = await ctx.runStreamed(command, { timeoutMs: ctx.options.longCommandTimeoutMs });
    if (output === null) return;
    const stream = new VerifierLogStream({ command });
    for await (const chunk of output.chunks) stream.push(chunk);
    stream.end();
    const log = stream.result();
    ctx.facts.blockHistory = log.blocks;
    if (log.blocks.length === 0) {
      ctx.warn(
        'verifier-log-no-entry',
        `!verifier 0x80 has no entry for ${address}: ` +
          (log.logCapacity === null ? 'Pool Tracking keeps no log on this target (verifier /flags 0x8).' : 'the log has wrapped since the block was allocated, or the address is not a block start.'),
      );
      return;
    }
    ctx.addFinding({
      kind: 'verifier-log-entries',
      severity: 'warning',
      address,
      entries: log.blocks.map((b) => ({ operation: b.operation, size: b.size, thread: b.thread, frames: b.frames })),
      title: `${log.blocks.length} verifier log entr${log.blocks.length === 1 ? 'y' : 'ies'} for ${address}: ${log.blocks.map((b) => b.operation ?? '?').join(', ')} (newest first)`,
      detail: log.blocks[0]?.frames.find((f) => f.symbol && !/^(nt|VerifierExt|hal)!/i.test(f.symbol))?.symbol ?? null,
    });
  },
};
