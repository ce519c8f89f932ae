// `!verifier 3 <driver>`: Driver Verifier's outstanding allocations of the driver
// (address, size, tag, caller) and its current pool counters. Without Pool Tracking
// there is nothing to read: say so plainly and point at the pool-growth playbook.
import { parseVerifierPoolOutput, type Verifier3Result, type VerifiedDriver } from '../../../parsers';
import type { LeakTotals } from '../../../contract/findingTypes';
import { outputLines } from '../../outputLines';
import { moduleNameOf, safeModule } from '../../safeCommandArguments';
import type { StepDefinition } from '../../stepTypes';
import { driversHoldingPool } from '../shared/verifierCheckStep';
import { skipWithoutDriver } from './leakStepPreconditions';

const POOL_TRACKING = 0x8;

export function findVerifiedDriver(result: Verifier3Result, image: string): VerifiedDriver | null {
  const want = moduleNameOf(image).toLowerCase();
  return result.drivers.find((d) => moduleNameOf(d.name).toLowerCase() === want) ?? null;
}

/** Whether Driver Verifier's flags include Pool Tracking (0x8). */
export function poolTrackingEnabled(result: Verifier3Result): boolean {
  return result.flags !== null && (result.flags & POOL_TRACKING) !== 0;
}

/** Why the verifier has no allocation data for this driver (warning code and text), or null when it has. */
export function verifierGapOf(result: Verifier3Result, image: string): { code: 'pool-tracking-disabled' | 'driver-not-verified'; detail: string } | null {
  const tracking = poolTrackingEnabled(result);
  const driver = findVerifiedDriver(result, image);
  if (!tracking && (!driver || result.flags !== null)) {
    return {
      code: 'pool-tracking-disabled',
      detail: `Pool Tracking was not enabled, so Driver Verifier kept no record of ${image}'s allocations. Enable it with "verifier /flags 0x8 /driver ${image}" (or /standard), reboot and reproduce; meanwhile the pool-growth playbook (!poolused, !poolfind) works without it.`,
    };
  }
  if (!driver) {
    return {
      code: 'driver-not-verified',
      detail: `${image} is not in Driver Verifier's list of verified drivers. Enable it with "verifier /flags 0x8 /driver ${image}", reboot and reproduce.`,
    };
  }
  return null;
}

/** Why the verifier has no allocation data for this driver, or null when it has. */
export function verifierGap(result: Verifier3Result, image: string): string | null {
  return verifierGapOf(result, image)?.detail ?? null;
}

export function leakTotalsOf(driver: VerifiedDriver): LeakTotals {
  const c = driver.current;
  const nonPagedAllocations = c.nonPagedAllocations ?? 0;
  const pagedAllocations = c.pagedAllocations ?? 0;
  const nonPagedBytes = c.nonPagedBytes ?? 0;
  const pagedBytes = c.pagedBytes ?? 0;
  const listed = driver.allocations.length;
  const listedBytes = driver.allocations.reduce((sum, a) => sum + (a.size ?? 0), 0);
  const counted = nonPagedAllocations + pagedAllocations > 0;
  return {
    allocations: counted ? nonPagedAllocations + pagedAllocations : listed,
    bytes: counted ? nonPagedBytes + pagedBytes : listedBytes,
    nonPagedAllocations,
    nonPagedBytes,
    pagedAllocations,
    pagedBytes,
  };
}

export const verifierPoolStep: StepDefinition = {
  id: 'verifier-pool',
  title: 'Read Driver Verifier’s outstanding allocations',
  why: '!verifier 3 lists every allocation the driver has not freed: address, size, pool tag and the caller that made it.',
  skipReason: skipWithoutDriver,
  async run(ctx) {
    const image = safeModule(ctx, ctx.facts.driver!.name, 'driver name');
    const command = `!verifier 3 ${image}`;
    // Which other verified drivers hold pool: a plain `!verifier` (counters only) in the
    // same round trip, unless the triage already asked.
    const askOverview = ctx.facts.verifiedDriversHoldingPool === null && ctx.canAnswer('!verifier');
    const [output, overview] = askOverview
      ? await ctx.runBatch([command, '!verifier'], { timeoutMs: ctx.options.longCommandTimeoutMs })
      : [await ctx.run(command, { timeoutMs: ctx.options.longCommandTimeoutMs }), null];
    if (overview) {
      const all = parseVerifierPoolOutput(outputLines(overview), '!verifier');
      if (all.flags !== null) ctx.facts.verifiedDriversHoldingPool = driversHoldingPool(all);
    }
    if (output === null || output === undefined) return;
    const result = parseVerifierPoolOutput(outputLines(output), command);
    ctx.facts.verifier = result;
    const gap = verifierGapOf(result, image);
    if (gap) {
      ctx.facts.verifierUnavailable = gap.detail;
      ctx.warn(gap.code, gap.detail);
      return;
    }
    const driver = findVerifiedDriver(result, image)!;
    ctx.facts.verifiedDriver = driver;
    const leak = leakTotalsOf(driver);
    ctx.facts.leak = leak;
    const hex = (n: number) => `0x${n.toString(16)}`;
    ctx.addFinding({
      kind: 'leak-summary',
      severity: leak.allocations > 0 ? 'warning' : 'info',
      leak,
      title:
        leak.allocations > 0
          ? `${driver.name} still holds ${leak.allocations} allocation${leak.allocations === 1 ? '' : 's'}, ${hex(leak.bytes)} bytes`
          : `${driver.name} holds no pool allocations`,
      detail: `NonPagedPool: ${leak.nonPagedAllocations} allocations, ${hex(leak.nonPagedBytes)} bytes; PagedPool: ${leak.pagedAllocations} allocations, ${hex(leak.pagedBytes)} bytes.`,
    });
    if (driver.allocationsTruncated || (leak.allocations > driver.allocations.length && driver.allocations.length > 0)) {
      ctx.warn('allocation-list-incomplete', `!verifier listed ${driver.allocations.length} of ${leak.allocations} allocations; the sites below cover only the listed ones.`);
    }
  },
};
