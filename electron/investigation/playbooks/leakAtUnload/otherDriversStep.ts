// The investigated driver is not always the only one leaking: every other verified
// driver that still holds pool gets its allocations read (`!verifier 3 <driver>` each,
// one round trip) and their callers looked up (`ln`, one round trip), so its sites join
// the findings and the conclusion. Stacks stay with the investigated driver (one log pass).
import { normalizeAddress, parseLnOutput, parseVerifierPoolOutput, type LnResult } from '../../../parsers';
import { groupAllocationSites } from '../../allocationSiteGrouping';
import type { OtherLeakingDriver } from '../../investigationFacts';
import { outputLines } from '../../outputLines';
import { moduleNameOf, safeAddress, safeModule } from '../../safeCommandArguments';
import type { StepDefinition } from '../../stepTypes';
import { describeSite } from './allocationSitesStep';
import { findVerifiedDriver, leakTotalsOf } from './verifierPoolStep';

function othersHolding(facts: Parameters<NonNullable<StepDefinition['skipReason']>>[0]): string[] {
  const main = facts.driver ? moduleNameOf(facts.driver.name).toLowerCase() : null;
  return (facts.verifiedDriversHoldingPool ?? []).map((d) => d.name).filter((name) => moduleNameOf(name).toLowerCase() !== main);
}

export const otherDriversStep: StepDefinition = {
  id: 'other-drivers',
  title: 'Read the other verified drivers that hold pool',
  why: 'Driver Verifier tracks every verified driver: another one still holding allocations is a second leak, with its own allocation sites.',
  skipReason: (facts) => {
    if (facts.verifiedDriversHoldingPool === null) return { code: 'verifier-list-unread' };
    return othersHolding(facts).length > 0 ? null : { code: 'no-other-verified-driver' };
  },
  async run(ctx) {
    const names = othersHolding(ctx.facts).map((n) => safeModule(ctx, n, 'driver name'));
    const commands = names.map((n) => `!verifier 3 ${n}`);
    const outputs = await ctx.runBatch(commands, { timeoutMs: ctx.options.longCommandTimeoutMs });
    const drivers = names.flatMap((name, i) => {
      const output = outputs[i];
      if (output === null || output === undefined) return [];
      const driver = findVerifiedDriver(parseVerifierPoolOutput(outputLines(output), commands[i]!), name);
      return driver && driver.allocations.length > 0 ? [driver] : [];
    });
    const callers = new Set<string>();
    for (const d of drivers) for (const a of d.allocations) if (a.caller !== null) callers.add(safeAddress(ctx, a.caller, 'caller address'));
    const addresses = [...callers];
    const lnOutputs = addresses.length > 0 ? await ctx.runBatch(addresses.map((a) => `ln ${a}`)) : [];
    const lines = new Map<string, LnResult>();
    addresses.forEach((address, i) => {
      const output = lnOutputs[i];
      if (output !== null && output !== undefined) lines.set(normalizeAddress(address)!, parseLnOutput(outputLines(output), `ln ${address}`));
    });
    const others: OtherLeakingDriver[] = drivers.map((d) => {
      const leak = leakTotalsOf(d);
      return { name: d.name, leak, sites: groupAllocationSites({ allocations: d.allocations, callers: lines, stacks: new Map(), totals: leak }) };
    });
    ctx.facts.otherLeakingDrivers = others;
    const hex = (n: number) => `0x${n.toString(16)}`;
    for (const other of others) {
      ctx.addFinding({
        kind: 'leak-summary',
        severity: 'warning',
        leak: other.leak,
        title: `${other.name} also holds ${other.leak.allocations} allocation${other.leak.allocations === 1 ? '' : 's'}, ${hex(other.leak.bytes)} bytes`,
        detail: `A second verified driver with outstanding pool. NonPagedPool: ${other.leak.nonPagedAllocations} allocations, ${hex(other.leak.nonPagedBytes)} bytes; PagedPool: ${other.leak.pagedAllocations} allocations, ${hex(other.leak.pagedBytes)} bytes.`,
      });
      for (const site of other.sites) {
        ctx.addFinding({ kind: 'allocation-site', severity: 'warning', site, title: `${other.name}: ${describeSite(site)}`, detail: site.meaning.fix });
      }
    }
  },
};
