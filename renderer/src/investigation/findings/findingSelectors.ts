// Typed views of the findings list, by kind. The findings are the contract's
// Finding objects, in the order the core added them.
import type { AllocationSite, BugcheckSummary, Finding, LeakTotals } from '../../../../electron/contract';

export type FindingOf<K extends Finding['kind']> = Extract<Finding, { kind: K }>;

export function findingsOf<K extends Finding['kind']>(findings: readonly Finding[], kind: K): FindingOf<K>[] {
  return findings.filter((f): f is FindingOf<K> => f.kind === kind);
}

export function firstFinding<K extends Finding['kind']>(findings: readonly Finding[], kind: K): FindingOf<K> | null {
  return (findings.find((f) => f.kind === kind) as FindingOf<K> | undefined) ?? null;
}

export function allocationSites(findings: readonly Finding[]): AllocationSite[] {
  return findingsOf(findings, 'allocation-site').map((f) => f.site);
}

/** The verifier's totals when the step reported them, else the sum of the sites. */
export function leakTotals(findings: readonly Finding[], sites: readonly AllocationSite[]): LeakTotals | null {
  const summary = firstFinding(findings, 'leak-summary');
  if (summary) return summary.leak;
  if (sites.length === 0) return null;
  const totals: LeakTotals = { allocations: 0, bytes: 0, nonPagedAllocations: 0, nonPagedBytes: 0, pagedAllocations: 0, pagedBytes: 0 };
  for (const s of sites) {
    totals.allocations += s.allocations;
    totals.bytes += s.bytes;
    totals.nonPagedBytes += s.nonPagedBytes;
    totals.pagedBytes += s.pagedBytes;
    if (s.poolKind === 'nonpaged') totals.nonPagedAllocations += s.allocations;
    if (s.poolKind === 'paged') totals.pagedAllocations += s.allocations;
  }
  return totals;
}

export function bugcheckOf(findings: readonly Finding[]): BugcheckSummary | null {
  return firstFinding(findings, 'bugcheck')?.bugcheck ?? null;
}

export function driverOf(findings: readonly Finding[]): string | null {
  return firstFinding(findings, 'driver')?.driver ?? null;
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/** Warnings, refusals of unsafe target text and notes: most severe first, then in order. */
export function noticesOf(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.kind === 'warning' || f.kind === 'unsafe-target-text' || f.kind === 'note')
    .sort((a, b) => severityRank[a.f.severity] - severityRank[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/** The module part of a driver image name: "MyDriver.sys" → "mydriver" (for colouring its frames). */
export function moduleOfDriver(driver: string | null): string | null {
  if (!driver) return null;
  return driver.replace(/\.(sys|dll|exe)$/i, '').toLowerCase();
}

/** "MyDriver!DeviceControlDispatch+0x4c" → "mydriver". */
export function moduleOfSymbol(symbol: string | null): string | null {
  if (!symbol) return null;
  const bang = symbol.indexOf('!');
  return bang > 0 ? symbol.slice(0, bang).toLowerCase() : null;
}
