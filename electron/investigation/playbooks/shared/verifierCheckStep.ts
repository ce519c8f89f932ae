// Triage, after !analyze -v: a bug check that is neither a leak at unload (C4/0x60-0x62)
// nor pool corruption (0xD1 in seed 003, a manual crash, no bug check at all) does not
// say whether a driver leaks. One `!verifier` answers it: when Driver Verifier tracks a
// driver's pool and the driver still holds allocations, the leak-at-unload playbook can
// read them (`!verifier 3 <driver>` works without a C4); otherwise pool growth.
import { parseVerifierPoolOutput, type Verifier3Result } from '../../../parsers';
import { outputLines } from '../../outputLines';
import { moduleNameOf } from '../../safeCommandArguments';
import type { StepContext, StepDefinition } from '../../stepTypes';
import { poolTrackingEnabled } from '../leakAtUnload/verifierPoolStep';
import { isLeakAtUnload, isPoolCorruption } from './bugcheckCodes';

export interface LeakingDriver {
  name: string;
  bytes: number;
  allocations: number;
}

/** Verified drivers that still hold pool, largest first (nothing when Pool Tracking is off). */
export function driversHoldingPool(result: Verifier3Result): LeakingDriver[] {
  if (!poolTrackingEnabled(result)) return [];
  return result.drivers
    .map((d) => ({
      name: d.name,
      bytes: (d.current.nonPagedBytes ?? 0) + (d.current.pagedBytes ?? 0),
      allocations: (d.current.nonPagedAllocations ?? 0) + (d.current.pagedAllocations ?? 0),
    }))
    .filter((d) => d.bytes > 0 || d.allocations > 0)
    .sort((a, b) => b.bytes - a.bytes);
}

/**
 * The driver to investigate for a leak: the first preferred name (--driver, IMAGE_NAME,
 * MODULE_NAME) that holds tracked pool, else the verified driver holding the most.
 */
export function chooseLeakingDriver(result: Verifier3Result, preferred: readonly (string | null | undefined)[]): LeakingDriver | null {
  const holding = driversHoldingPool(result);
  for (const want of preferred) {
    if (!want) continue;
    const key = moduleNameOf(want).toLowerCase();
    const hit = holding.find((d) => moduleNameOf(d.name).toLowerCase() === key);
    if (hit) return hit;
  }
  return holding[0] ?? null;
}

/** Offline, when the log has no plain `!verifier`: the `!verifier 3 <driver>` someone ran. */
function recordedVerifier3(ctx: StepContext): string | null {
  return (ctx.recordedCommands() ?? []).find((c) => /^!verifier\s+(?:0x)?3\s+\S+\s*$/i.test(c.trim()))?.trim() ?? null;
}

export const verifierCheckStep: StepDefinition = {
  id: 'verifier-check',
  title: 'Check Driver Verifier pool tracking',
  why: 'This bug check does not say whether a driver leaks pool. When Driver Verifier tracks a driver’s pool, the allocations it still holds show a leak directly, with the code that made them; without it, pool usage (!poolused) is the way in.',
  skipReason(facts, options) {
    if (isLeakAtUnload(facts.bugcheck) || isPoolCorruption(facts.bugcheck)) return { code: 'bugcheck-chooses-playbook' };
    if (facts.bugcheck === null && options.driver) return { code: 'driver-named' };
    return null;
  },
  async run(ctx) {
    const command = ctx.canAnswer('!verifier') ? '!verifier' : recordedVerifier3(ctx);
    if (command === null) return; // offline, and nobody asked the verifier
    const output = await ctx.run(command, { timeoutMs: ctx.options.longCommandTimeoutMs });
    if (output === null) return;
    const result = parseVerifierPoolOutput(outputLines(output), command);
    const analyze = ctx.facts.analyze;
    const holding = driversHoldingPool(result);
    if (result.flags !== null) ctx.facts.verifiedDriversHoldingPool = holding;
    const chosen = chooseLeakingDriver(result, [ctx.options.driver, analyze?.imageName, analyze?.moduleName]);
    ctx.facts.verifierLeakDriver = chosen?.name ?? null;
    if (chosen) {
      const hex = (n: number) => `0x${n.toString(16)}`;
      if (holding.length > 1) {
        ctx.warn(
          'several-verified-drivers',
          `${holding.length} verified drivers hold pool: ${holding.map((d) => `${d.name} (${hex(d.bytes)} bytes)`).join(', ')}. Investigating ${chosen.name} first; the others' allocations are read after it.`,
        );
      }
      ctx.addFinding({
        kind: 'note',
        severity: 'info',
        title: 'Driver Verifier tracks pool that a driver still holds',
        detail: `${chosen.name} holds ${chosen.allocations > 0 ? `${chosen.allocations} allocations, ` : ''}${hex(chosen.bytes)} bytes under Pool Tracking: the leak-at-unload playbook reads them with !verifier 3 ${chosen.name}.`,
      });
      return;
    }
    if (result.flags !== null && !poolTrackingEnabled(result)) {
      ctx.warn(
        'pool-tracking-disabled',
        `Driver Verifier's flags (0x${result.flags.toString(16)}) do not include Pool Tracking (0x8), so it kept no record of pool allocations; the investigation follows pool usage (!poolused, !poolfind) instead. To see the allocating code of a suspect driver, run "verifier /flags 0x8 /driver NAME.sys", reboot and reproduce.`,
      );
      return;
    }
    if (result.flags !== null) {
      ctx.addFinding({
        kind: 'note',
        severity: 'info',
        title: 'No verified driver holds tracked pool',
        detail: 'Pool Tracking is on, but no driver in Driver Verifier’s list still holds pool allocations; the investigation follows pool usage (!poolused, !poolfind).',
      });
    }
  },
};
