// `!vm`: how full the pools are. Pool exhaustion shows as usage close to the maximum
// (and kd's own "Excessive … Pool Usage" alert lines).
import { parseVmOutput } from '../../../parsers';
import { outputLines } from '../../outputLines';
import type { StepDefinition } from '../../stepTypes';

const NEAR_FULL = 0.8;

function share(usage: number | null, max: number | null): number | null {
  return usage !== null && max !== null && max > 0 ? usage / max : null;
}

/** kd's kilobytes in binary units, MB until 10,240 MB, then GB, then TB: "160 MB", "16 TB" (an x64 pool maximum). */
function kb(n: number | null): string {
  if (n === null) return '?';
  let value = n / 1024;
  let unit = 'MB';
  for (const larger of ['GB', 'TB']) {
    if (value < 10240) break;
    value /= 1024;
    unit = larger;
  }
  return `${Math.round(value).toLocaleString('en-US')} ${unit}`;
}

/**
 * "of 1,024 MB" against a real maximum; an x64 maximum larger than the machine's memory is
 * address space, not a limit (16 TB): then the share of physical memory says more.
 */
export function poolAmountText(usageKb: number | null, maxKb: number | null, physicalKb: number | null): string {
  if (maxKb !== null && (physicalKb === null || maxKb <= physicalKb)) return `${kb(usageKb)} of ${kb(maxKb)}`;
  if (usageKb !== null && physicalKb !== null && physicalKb > 0) return `${kb(usageKb)} (${Math.round((usageKb / physicalKb) * 100)}% of ${kb(physicalKb)} physical memory)`;
  return `${kb(usageKb)} in use`;
}

export const poolUsageStep: StepDefinition = {
  id: 'pool-usage',
  title: 'Check pool usage',
  why: '!vm shows how much NonPagedPool and PagedPool is in use against the maximum: a leak shows as usage that keeps climbing.',
  async run(ctx) {
    const output = await ctx.run('!vm');
    if (output === null) return;
    const vm = parseVmOutput(outputLines(output), '!vm');
    ctx.facts.vm = vm;
    const physicalKb = vm.counters.physicalMemory?.kb ?? null;
    // A maximum beyond physical memory (x64 address space) cannot be "80% full".
    const limit = (max: number | null) => (max !== null && physicalKb !== null && max > physicalKb ? null : max);
    const np = share(vm.nonPagedUsageKb, limit(vm.nonPagedMaxKb));
    const p = share(vm.pagedUsageKb, limit(vm.pagedMaxKb));
    const tight = (np ?? 0) >= NEAR_FULL || (p ?? 0) >= NEAR_FULL || vm.alerts.length > 0;
    ctx.addFinding({
      kind: 'pool-usage',
      severity: tight ? 'warning' : 'info',
      nonPagedUsageKb: vm.nonPagedUsageKb,
      nonPagedMaxKb: vm.nonPagedMaxKb,
      pagedUsageKb: vm.pagedUsageKb,
      pagedMaxKb: vm.pagedMaxKb,
      physicalMemoryKb: physicalKb,
      title: `NonPagedPool ${poolAmountText(vm.nonPagedUsageKb, vm.nonPagedMaxKb, physicalKb)}, PagedPool ${poolAmountText(vm.pagedUsageKb, vm.pagedMaxKb, physicalKb)}`,
      detail: vm.alerts.length > 0 ? vm.alerts.join(' ') : tight ? 'A pool is more than 80% full.' : null,
    });
  },
};
