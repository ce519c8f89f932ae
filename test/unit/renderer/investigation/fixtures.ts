// Findings from real runs (kdsim mydriver-x86 leak-at-unload, live-growth-x64 pool-growth),
// trimmed: what the core sent the UI for the seeds' walkthrough.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AllocationSite, Finding } from '../../../../electron/contract';

const dir = path.join(import.meta.dirname, 'fixtures');

export const mydriverReportJson = readFileSync(path.join(dir, 'mydriverReport.json'), 'utf8');
export const mydriverReport = JSON.parse(mydriverReportJson) as { findings: Finding[]; steps: { id: string; title: string; why: string }[] };
export const mydriverSites: AllocationSite[] = mydriverReport.findings.flatMap((f) => (f.kind === 'allocation-site' ? [f.site] : []));
export const liveGrowthFindings = JSON.parse(readFileSync(path.join(dir, 'liveGrowthFindings.json'), 'utf8')) as Finding[];

/** A site with the given numbers; everything else plausible. */
export function makeSite(over: Partial<AllocationSite> & { id: string }): AllocationSite {
  return {
    tag: 'Tst1',
    meaning: { tag: 'Tst1', origin: 'driver', allocator: 'ExAllocatePoolWithTag', release: 'ExFreePoolWithTag', description: '', fix: 'Free it.' },
    allocations: 1,
    bytes: 16,
    poolKind: 'nonpaged',
    nonPagedBytes: 16,
    pagedBytes: 0,
    caller: '0x1000',
    symbol: 'drv!Alloc+0x10',
    file: 'c:\\src\\a.c',
    line: 1,
    addresses: ['0x2000'],
    stacks: [],
    allocationsWithoutStack: 0,
    ...over,
  };
}
