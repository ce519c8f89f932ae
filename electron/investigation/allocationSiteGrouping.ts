// Groups a driver's outstanding allocations by allocation site (caller address + tag):
// one leak bug usually shows up as many allocations from the same line. Pure.
import { normalizeAddress, type LnResult, type VerifierAllocation, type VerifierLogBlock } from '../parsers';
import type { AllocationSite, AllocationStack, LeakTotals, PoolKind } from '../contract/findingTypes';
import { poolTagMeaning } from './poolTagMeaning';

export interface SiteGroupingInput {
  allocations: VerifierAllocation[];
  /** ln per normalised caller address. */
  callers: ReadonlyMap<string, LnResult>;
  /** Allocation log entry per normalised allocation address. */
  stacks: ReadonlyMap<string, VerifierLogBlock>;
  /** Pool kind per site id, when it had to be looked up (driver with both pools). */
  poolKinds?: ReadonlyMap<string, PoolKind>;
  /** The driver's counters decide the pool kind when it uses only one pool. */
  totals?: LeakTotals | null;
}

const EXAMPLES = 5;

export function siteIdOf(caller: string | null, tag: string | null): string {
  return `${normalizeAddress(caller) ?? 'unknown'}:${tag ?? '????'}`;
}

/** The pool kind every allocation has when the driver's counters show one pool only. */
export function driverPoolKind(totals: LeakTotals | null | undefined): PoolKind {
  if (!totals) return 'unknown';
  if (totals.nonPagedBytes > 0 && totals.pagedBytes === 0) return 'nonpaged';
  if (totals.pagedBytes > 0 && totals.nonPagedBytes === 0) return 'paged';
  return totals.pagedBytes > 0 ? 'mixed' : 'unknown';
}

function groupStacks(addresses: string[], stacks: ReadonlyMap<string, VerifierLogBlock>): { stacks: AllocationStack[]; missing: number } {
  const byKey = new Map<string, AllocationStack>();
  let missing = 0;
  for (const address of addresses) {
    const block = stacks.get(address);
    if (!block) {
      missing++;
      continue;
    }
    const key = block.frames.map((f) => f.address).join(' ');
    let stack = byKey.get(key);
    if (!stack) {
      stack = { frames: block.frames.map((f) => ({ address: f.address, symbol: f.symbol })), allocations: 0, exampleAddresses: [], threads: [] };
      byKey.set(key, stack);
    }
    stack.allocations++;
    if (stack.exampleAddresses.length < EXAMPLES) stack.exampleAddresses.push(address);
    if (block.thread && !stack.threads.includes(block.thread) && stack.threads.length < EXAMPLES) stack.threads.push(block.thread);
  }
  return { stacks: [...byKey.values()].sort((a, b) => b.allocations - a.allocations), missing };
}

export function groupAllocationSites(input: SiteGroupingInput): AllocationSite[] {
  const groups = new Map<string, { caller: string | null; tag: string; callerSymbol: string | null; sizes: number; count: number; addresses: string[] }>();
  for (const a of input.allocations) {
    const id = siteIdOf(a.caller, a.tag);
    let g = groups.get(id);
    if (!g) {
      g = { caller: normalizeAddress(a.caller), tag: a.tag ?? '????', callerSymbol: a.callerSymbol, sizes: 0, count: 0, addresses: [] };
      groups.set(id, g);
    }
    g.sizes += a.size ?? 0;
    g.count++;
    const address = normalizeAddress(a.address);
    if (address) g.addresses.push(address);
  }
  const fallbackKind = driverPoolKind(input.totals);
  const sites: AllocationSite[] = [];
  for (const [id, g] of groups) {
    const ln = g.caller ? input.callers.get(g.caller) : undefined;
    const kind: PoolKind = fallbackKind === 'mixed' || fallbackKind === 'unknown' ? (input.poolKinds?.get(id) ?? 'unknown') : fallbackKind;
    const { stacks, missing } = groupStacks(g.addresses, input.stacks);
    sites.push({
      id,
      tag: g.tag,
      meaning: poolTagMeaning(g.tag),
      allocations: g.count,
      bytes: g.sizes,
      poolKind: kind,
      nonPagedBytes: kind === 'nonpaged' ? g.sizes : 0,
      pagedBytes: kind === 'paged' ? g.sizes : 0,
      caller: g.caller,
      symbol: ln?.symbol ?? g.callerSymbol,
      file: ln?.file ?? null,
      line: ln?.line ?? null,
      addresses: g.addresses,
      stacks,
      allocationsWithoutStack: missing,
    });
  }
  return sites.sort((a, b) => b.bytes - a.bytes || b.allocations - a.allocations || a.id.localeCompare(b.id));
}
