// The verifier table has no pool type per allocation. When the driver holds both
// NonPagedPool and PagedPool, `!pool` on one allocation per site (one round trip for
// all sites) tells which pool each site allocates from.
import { parsePoolOutput } from '../../../parsers';
import { driverPoolKind, siteIdOf } from '../../allocationSiteGrouping';
import type { PoolKind } from '../../../contract/findingTypes';
import { outputLines } from '../../outputLines';
import { safeAddress } from '../../safeCommandArguments';
import type { StepDefinition } from '../../stepTypes';
import { hasOutstandingAllocations } from './leakStepPreconditions';

/** "Paged pool" / "Nonpaged pool" region, or the special pool's "paged special pool" note. */
export function poolKindOfPoolOutput(output: string): PoolKind {
  const result = parsePoolOutput(outputLines(output), null);
  const text = `${result.region ?? ''}\n${output}`;
  // Newer special-pool lines say "(NonPaged)" / "(Paged)" after the data address.
  if (/non-?paged/i.test(result.region ?? '') || /non-?paged special pool|\(NonPaged\)/i.test(output)) return 'nonpaged';
  if (/paged/i.test(result.region ?? '') || /paged special pool|\(Paged\)/i.test(text)) return 'paged';
  return 'unknown';
}

export const sitePoolKindsStep: StepDefinition = {
  id: 'site-pool-kinds',
  title: 'Tell paged from nonpaged sites',
  why: 'The driver holds both NonPagedPool and PagedPool; !pool on one allocation per site tells which pool each site uses.',
  skipReason: (facts) => {
    if (!hasOutstandingAllocations(facts)) return { code: 'no-allocations' };
    const kind = driverPoolKind(facts.leak);
    return kind === 'mixed' ? null : { code: kind === 'paged' ? 'paged-only' : 'nonpaged-only' };
  },
  async run(ctx) {
    const firstAddress = new Map<string, string>();
    for (const a of ctx.facts.verifiedDriver!.allocations) {
      const id = siteIdOf(a.caller, a.tag);
      if (!firstAddress.has(id) && a.address) firstAddress.set(id, safeAddress(ctx, a.address, 'allocation address'));
    }
    const ids = [...firstAddress.keys()];
    const outputs = await ctx.runBatch(ids.map((id) => `!pool ${firstAddress.get(id)}`));
    ids.forEach((id, i) => {
      const output = outputs[i];
      if (output !== null && output !== undefined) ctx.facts.sitePoolKinds.set(id, poolKindOfPoolOutput(output));
    });
  },
};
