// A row of !poolused for the TypeScript scenarios, and the owner text kd prints for the
// well-known tags (its pooltag.txt line, "<what> , Binary: <module>" in the x64 debuggers
// the scenarios quote), written once here instead of in every scenario that lists the tag.
// Tags not in the table are a scenario's own: kd shows "UNKNOWN pooltag" for them.
import type { ScenarioInput } from '../scenarioSchema';

type PoolTagRow = NonNullable<ScenarioInput['poolTags']>[number];

const POOL_TAG_OWNERS: Readonly<Record<string, string>> = {
  File: 'File objects',
  Thre: 'Thread objects , Binary: nt!ps',
  EtwB: 'Etw Buffer , Binary: nt!etw',
  MmSt: 'Mm section object prototype ptes , Binary: nt!mm',
  MmCm: 'Calls made to MmAllocateContiguousMemory , Binary: nt!mm',
  CM31: 'Internal Configuration manager allocations , Binary: nt!cm',
  Pool: 'Pool tables, etc.',
  'Irp ': 'Io, IRP packets',
  Ntff: 'FCB_DATA , Binary: ntfs.sys',
  Ntfx: 'General Allocation , Binary: ntfs.sys',
  VMdl: 'Mdls allocated by Driver Verifier , Binary: nt!Vf',
  Vfwi: 'Work items allocated by Driver Verifier , Binary: nt!Vf',
};

export function poolTagOwner(tag: string): string | undefined {
  return Object.hasOwn(POOL_TAG_OWNERS, tag) ? POOL_TAG_OWNERS[tag] : undefined;
}

/** One tag's usage in !poolused's column order: nonpaged allocations and bytes, paged allocations and bytes. */
export function poolTagUsage(tag: string, nonPagedAllocs: number, nonPagedBytes: number, pagedAllocs: number, pagedBytes: number): PoolTagRow {
  const owner = poolTagOwner(tag);
  return { tag, nonPagedAllocs, nonPagedBytes, pagedAllocs, pagedBytes, ...(owner === undefined ? {} : { owner }) };
}
