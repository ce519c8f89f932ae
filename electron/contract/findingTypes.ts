// The findings model: what an investigation learned, typed and JSON-serialisable
// (plain objects, arrays, strings, numbers, booleans, null). Reports and the UI event
// stream carry these objects as they are.

export type Severity = 'info' | 'warning' | 'error';

/** Where a pool tag comes from and what releases it. */
export interface TagMeaning {
  tag: string;
  /** verifier: Driver Verifier's own tag for a tracked object; kernel: a Windows tag; driver: the driver's own. */
  origin: 'verifier' | 'kernel' | 'driver';
  /** The routine whose allocations carry this tag, e.g. "IoAllocateMdl". */
  allocator: string;
  /** The routine that releases them, e.g. "IoFreeMdl". */
  release: string;
  description: string;
  /** What to change in the driver, in one sentence. */
  fix: string;
}

export interface StackFrameView {
  address: string;
  symbol: string | null;
}

/** One distinct allocation call stack and how many of the site's allocations share it. */
export interface AllocationStack {
  frames: StackFrameView[];
  allocations: number;
  /** Up to a few example allocation addresses with this stack. */
  exampleAddresses: string[];
  threads: string[];
}

export type PoolKind = 'nonpaged' | 'paged' | 'mixed' | 'unknown';

export interface AllocationSite {
  /** Stable key: caller address and tag. */
  id: string;
  tag: string;
  meaning: TagMeaning;
  allocations: number;
  bytes: number;
  poolKind: PoolKind;
  nonPagedBytes: number;
  pagedBytes: number;
  caller: string | null;
  /** "MyDriver!DeviceControlDispatch+0x4c" from ln (or the verifier table). */
  symbol: string | null;
  file: string | null;
  line: number | null;
  /** Outstanding allocation addresses (all of them; the UI virtualises). */
  addresses: string[];
  stacks: AllocationStack[];
  /** Allocations of this site not found in the verifier log (it has wrapped since). */
  allocationsWithoutStack: number;
}

export interface LeakTotals {
  allocations: number;
  bytes: number;
  nonPagedAllocations: number;
  nonPagedBytes: number;
  pagedAllocations: number;
  pagedBytes: number;
}

export interface BugcheckSummary {
  /** "0xc4" */
  code: string;
  name: string | null;
  /** Four minimal-hex arguments ("0x62"); null where not printed. */
  args: (string | null)[];
  /** Plain-language meaning of the bug check / its Arg1 subcode. */
  meaning: string | null;
}

export type DriverSource = 'user' | 'image-name' | 'module-name' | 'bugcheck-argument' | 'verifier';

export interface TagUsage {
  tag: string;
  nonPagedAllocs: number | null;
  nonPagedBytes: number | null;
  pagedAllocs: number | null;
  pagedBytes: number | null;
  /** Owner as the debugger printed it (its own pooltag.txt), if any. */
  owner: string | null;
}

export interface TagGrowth {
  tag: string;
  nonPagedBytesDelta: number;
  pagedBytesDelta: number;
  allocsDelta: number;
  bytesPerMinute: number;
  allocsPerMinute: number;
  /** Wall time between the first and the last snapshot. */
  intervalMs: number;
  /** The tag's usage at every snapshot, in order (first at atMs 0); zeros where the tag was absent. */
  samples: GrowthSample[];
}

/** One snapshot's values for a tag (pool-growth chart points). */
export interface GrowthSample {
  /** Time since the first snapshot. */
  atMs: number;
  nonPagedBytes: number;
  pagedBytes: number;
  /** NonPagedPool + PagedPool allocations. */
  allocs: number;
}

export interface PoolHitStack {
  /** Allocation or free of the tag (PoolHitTag breaks on both). */
  operation: 'allocate' | 'free' | null;
  /** First frame outside the kernel: the code that asked for the pool. */
  caller: string | null;
  frames: { symbol: string | null; file: string | null; line: number | null; retAddr: string | null }[];
  hits: number;
}

export interface PoolBlockView {
  address: string | null;
  size: number | null;
  state: string | null;
  tag: string | null;
  owner: string | null;
  /** The block that contains the address asked about. */
  marked: boolean;
}

interface FindingBase {
  /** Unique within the investigation ("f12"). */
  id: string;
  /** The step that produced it. */
  stepId: string;
  severity: Severity;
  title: string;
  detail: string | null;
}

export type FindingPayload =
  | { kind: 'bugcheck'; bugcheck: BugcheckSummary }
  | { kind: 'driver'; driver: string; source: DriverSource }
  | { kind: 'symbols'; module: string; symbolStatus: string | null; lineInfo: boolean | null }
  | { kind: 'leak-summary'; leak: LeakTotals }
  | { kind: 'allocation-site'; site: AllocationSite }
  | {
      kind: 'pool-usage';
      nonPagedUsageKb: number | null;
      nonPagedMaxKb: number | null;
      pagedUsageKb: number | null;
      pagedMaxKb: number | null;
      /** !vm's physical memory: an x64 pool maximum above it (16 TB) is address space, not a limit to measure against. */
      physicalMemoryKb?: number | null;
    }
  | { kind: 'top-pool-tag'; pool: 'nonpaged' | 'paged'; rank: number; usage: TagUsage; meaning: TagMeaning | null }
  | { kind: 'tag-owner'; tag: string; owners: string[]; source: 'pooltag-file' | 'debugger' | 'findstr-suggestion'; command: string | null }
  | { kind: 'pool-blocks'; tag: string; allocated: number; free: number; examples: PoolBlockView[] }
  | { kind: 'pool-growth'; growth: TagGrowth }
  | { kind: 'pool-hit-stacks'; tag: string; hits: number; stacks: PoolHitStack[] }
  | { kind: 'pool-block'; address: string; region: string | null; blocks: PoolBlockView[] }
  | { kind: 'verifier-log-entries'; address: string; entries: { operation: string | null; size: number | null; thread: string | null; frames: StackFrameView[] }[] }
  | { kind: 'unsafe-target-text'; what: string; text: string }
  | { kind: 'warning'; code: string }
  | { kind: 'note' };

export type Finding = FindingBase & FindingPayload;

/** A finding as a step creates it; the engine assigns id and stepId. */
export type NewFinding = Omit<FindingBase, 'id' | 'stepId' | 'detail'> & { detail?: string | null } & FindingPayload;
