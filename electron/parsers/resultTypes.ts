// Result types of every parser kind (contract: field names are checked from outside).
// Conventions: addresses are "0x…" lowercase strings as printed (backticks removed);
// sizes and counts are numbers; tags are strings as printed with trailing spaces trimmed;
// absent values are null; every result has `warnings`. Extra keys beyond the contract
// table are documented in docs/parsers.md.

export type ParserKind =
  | 'analyze'
  | 'verifier3'
  | 'verifier80'
  | 'ln'
  | 'poolused'
  | 'poolfind'
  | 'pool'
  | 'vm'
  | 'lm'
  | 'stack'
  | 'banner'
  | 'poolmon'
  | 'transcript';

export interface WithWarnings {
  warnings: string[];
}

/** Returned instead of a single result when the text holds several commands of the kind. */
export interface MultiResult<R> extends WithWarnings {
  results: R[];
}

// ---- stack (k, kb, kn, kv, kp) and analyze STACK_TEXT ----
export interface StackFrame {
  /** Frame number when printed (kn), else null. */
  frameNumber: number | null;
  /** Child-SP (x64) or ChildEBP (x86); null for inline frames. */
  childSp: string | null;
  retAddr: string | null;
  /** "Args to Child" as printed (kb/kv/STACK_TEXT), normalised addresses. */
  args: string[];
  /** "Module!Function+0x1b" (with FPO/CONV/TrapFrame annotations removed). */
  symbol: string | null;
  file: string | null;
  line: number | null;
}

export interface StackResult extends WithWarnings {
  command: string | null;
  frames: StackFrame[];
}

// ---- analyze ----
export interface BugcheckInfo {
  /** Minimal lowercase hex, e.g. "0xc4". */
  code: string | null;
  /** The name as printed ("DRIVER_VERIFIER_DETECTED_VIOLATION"), else the documented name of `code` (see nameSource). */
  name: string | null;
  /**
   * (extra) Where `name` comes from: "printed" (the "NAME (c4)" header), "table" (not in the text: the documented
   * name of the code, from bugCheckNames.ts, with a warning saying so), null when there is no name.
   */
  nameSource: 'printed' | 'table' | null;
  /** Four arguments, minimal lowercase hex ("0x62"); null where not printed. */
  args: (string | null)[];
  /** Meaning of Arg1 for bug check 0xC4 (see describeC4Subcode), else null. */
  subcodeMeaning: string | null;
  /** The text printed after each "ArgN: value," line, when any. */
  argDescriptions: (string | null)[];
}

/** One "Key : X" / "Value: Y" pair of the KEY_VALUES_STRING block, as printed; value null when its Value line is missing. */
export interface AnalysisKeyValue {
  key: string;
  value: string | null;
}

export interface AnalyzeResult extends WithWarnings {
  command: string | null;
  bugcheck: BugcheckInfo;
  imageName: string | null;
  moduleName: string | null;
  failureBucketId: string | null;
  /** "Probably caused by : X ( Y )" — the X part. */
  probablyCausedBy: string | null;
  /** (extra) "Followup: MachineOwner" / "Followup: Pool_corruption": whom the analysis routes the crash to. */
  followup: string | null;
  stack: StackFrame[];
  /** Every "UPPER_CASE_KEY: value" field printed (first occurrence, value trimmed). */
  fields: Record<string, string>;
  /** (extra) The KEY_VALUES_STRING pairs in printed order (Analysis.CPU.mSec, Bugcheck.Code.LegacyAPI, Failure.Bucket, …), at most 256. */
  keyValues: AnalysisKeyValue[];
}

// ---- verifier3 (!verifier 3 [drv], !verifier) ----
export interface PoolCounters {
  nonPagedAllocations: number | null;
  nonPagedBytes: number | null;
  pagedAllocations: number | null;
  pagedBytes: number | null;
}

export interface VerifierAllocation {
  address: string | null;
  size: number | null;
  tag: string | null;
  caller: string | null;
  callerSymbol: string | null;
}

export interface VerifiedDriver {
  name: string;
  /** As printed: "Loaded", "Unloaded", "Loaded and Unloaded", … */
  state: string | null;
  /** The verifier's per-driver entry address (MODULE: 0x…, Entry column). */
  entry: string | null;
  current: PoolCounters;
  peak: PoolCounters;
  allocations: VerifierAllocation[];
  /** True when the source elided rows with "..." (the list is incomplete). */
  allocationsTruncated: boolean;
}

export interface Verifier3Result extends WithWarnings {
  command: string | null;
  /** Verify flags as a number (0x209bb -> 133563); null when not printed. */
  flags: number | null;
  /** Names of the enabled options ([X] lines on Win8+, the option list on Win7). */
  enabledOptions: string[];
  /** Global statistics keyed by camelCase counter name ("poolAllocationsAttempted"). */
  stats: Record<string, number>;
  drivers: VerifiedDriver[];
}

// ---- verifier80 (!verifier 0x80 [addr]) ----
/** Frozen: the parser hands out one object per distinct frame line of a log. */
export interface LogFrame {
  readonly address: string;
  readonly symbol: string | null;
}

export interface VerifierLogBlock {
  address: string | null;
  size: number | null;
  thread: string | null;
  /** "allocate" | "free" inferred from the top frames; null when they do not say. */
  operation: 'allocate' | 'free' | null;
  frames: LogFrame[];
}

export interface Verifier80Result extends WithWarnings {
  command: string | null;
  /** "There are up to 0x10000 entries in the log." -> 65536. */
  logCapacity: number | null;
  /** "searching for address 0x…" when printed. */
  searchedAddress: string | null;
  /** "Parsing 0x00010000 log entries" -> 65536. */
  entriesToParse: number | null;
  /** True when "Finished parsing all pool tracking information." was seen. */
  finished: boolean;
  blocks: VerifierLogBlock[];
}

// ---- ln ----
export interface NearSymbol {
  symbol: string | null;
  address: string | null;
}

export interface LnResult extends WithWarnings {
  command: string | null;
  address: string | null;
  symbol: string | null;
  function: string | null;
  offset: number | null;
  file: string | null;
  line: number | null;
  /** "+0x15" after "file(line)" as a number, when printed. */
  lineDisplacement: number | null;
  before: NearSymbol;
  after: NearSymbol;
  exactMatches: string[];
}

// ---- poolused ----
export interface PoolUsedRow {
  tag: string;
  nonPagedAllocs: number | null;
  nonPagedBytes: number | null;
  pagedAllocs: number | null;
  pagedBytes: number | null;
  /** "Binary: x.sys" when printed, else the description; null for UNKNOWN pooltag / none. */
  owner: string | null;
  /** The description text printed after the numbers, as printed. */
  description: string | null;
  /**
   * (extra) Only with the verbose layout of `!poolused 1` ("Allocs Frees Diff Used" per pool): the frees
   * printed per pool. `nonPagedAllocs`/`pagedAllocs` are then the Diff column (allocations still
   * outstanding), the same meaning as the Allocs column of the short layout.
   */
  nonPagedFrees?: number | null;
  pagedFrees?: number | null;
}

export interface PoolUsedResult extends WithWarnings {
  command: string | null;
  /** "Tag", "NonPaged Pool Consumed", … as printed after "Sorting by". */
  sortedBy: string | null;
  rows: PoolUsedRow[];
  totals: Omit<PoolUsedRow, 'tag' | 'owner' | 'description'> | null;
}

// ---- poolfind ----
export interface PoolFindHit {
  address: string | null;
  size: number | null;
  state: 'allocated' | 'free';
  tag: string | null;
  /**
   * "nonpaged" | "paged" | "session" | "special" | "large" … or null: the pool the hit line names (newer one-line
   * form: "…, Nonpaged pool"), else the pool of the section being searched ("large" in the classic large pool table).
   */
  pool: string | null;
  /**
   * (extra) True when the hit was listed under "Scanning large pool allocation table" (allocations of a page or
   * more, tracked in the big-page table), in either form: the newer form prints the pool type ("nonpaged") in `pool`.
   */
  largePool: boolean;
}

export interface PoolFindResult extends WithWarnings {
  command: string | null;
  tag: string | null;
  hits: PoolFindHit[];
  /** True when the output says the search was stopped ("...terminating"). */
  interrupted: boolean;
}

// ---- pool ----
export interface PoolBlock {
  address: string | null;
  size: number | null;
  previousSize: number | null;
  /** "allocated" | "free" | other state as printed, lowercase. */
  state: string | null;
  tag: string | null;
  /** The block marked with "*" (contains the queried address). */
  marked: boolean;
  owner: string | null;
}

export interface PoolResult extends WithWarnings {
  command: string | null;
  address: string | null;
  /** "Paged pool", "Nonpaged pool", … from "Pool page X region is …". */
  region: string | null;
  blocks: PoolBlock[];
}

// ---- vm ----
export interface VmResult extends WithWarnings {
  command: string | null;
  nonPagedUsageKb: number | null;
  nonPagedMaxKb: number | null;
  pagedUsageKb: number | null;
  pagedMaxKb: number | null;
  /** Every "Name: pages ( kb Kb)" line, keyed by camelCase name. */
  counters: Record<string, { pages: number; kb: number }>;
  /** Lines like "********** Excessive NonPaged Pool Usage *****". */
  alerts: string[];
  /** (extra) The "System Region / Base Address / NumberOfBytes" table of Windows 10+ (`!vm 0x20`, `!vm 21`), keyed by region name. */
  regions: Record<string, { base: string; bytes: number }>;
}

// ---- lm ----
export interface ModuleEntry {
  start: string | null;
  end: string | null;
  name: string;
  /** "deferred", "pdb symbols", "private pdb symbols", "export symbols", "no symbols", … */
  symbolStatus: string | null;
  symbolFile: string | null;
  unloaded: boolean;
  imagePath: string | null;
  imageName: string | null;
  timestamp: string | null;
}

export interface LmResult extends WithWarnings {
  command: string | null;
  modules: ModuleEntry[];
}

// ---- banner ----
/** (extra) The kernel version line taken apart (targetVersionLines.ts). */
export interface KernelVersionParts {
  kernelBuild: number | null;
  /** The parenthesised text after the build: "Service Pack 1". */
  servicePack: string | null;
  /** MP (multiprocessor kernel) or UP (uniprocessor). */
  multiprocessor: boolean | null;
  /** "(4 procs)"; 1 for a UP kernel, which prints no count. */
  processorCount: number | null;
  buildType: 'Free' | 'Checked' | null;
  /** "x64" (also for AMD64), "x86", "arm64" ("ARM 64-bit (AArch64)"), "arm", "ia64". */
  architecture: string | null;
}

/** (extra) The other lines of `vertarget` / the banner about the target, as printed (targetVersionLines.ts). */
export interface TargetFacts {
  product: string | null;
  suite: string | null;
  machineName: string | null;
  psLoadedModuleList: string | null;
  debugSessionTime: string | null;
  systemUptime: string | null;
  systemUptimeSeconds: number | null;
  processUptime: string | null;
}

/** The start-up text of kd/cdb/windbg, or the output of `vertarget` (which prints the target lines of it). */
export interface BannerResult extends WithWarnings, KernelVersionParts, TargetFacts {
  debuggerVersion: string | null;
  target: 'dump' | 'live' | 'local' | 'remote' | null;
  kernelVersion: string | null;
  prompt: string | null;
  debuggerArchitecture: string | null;
  dumpFile: string | null;
  buildLab: string | null;
  kernelBase: string | null;
  connectedTo: string | null;
  /** (extra) What kind of dump, as kd names it: "Kernel Bitmap Dump", "Kernel Summary Dump", "Mini Kernel Dump", "User Mini Dump File with Full Memory", … */
  dumpKind: string | null;
  /** (extra) The comment a dump carries ("Comment: '…'": `.dump /c`, or the tool that wrote or converted it). */
  dumpComment: string | null;
  /** (extra) "Symbol search path is: srv*…" and "Executable search path is: …" as printed; null when empty. */
  symbolSearchPath: string | null;
  executableSearchPath: string | null;
}

// ---- poolmon ----
export interface PoolmonRow {
  tag: string;
  /** "Nonp" | "Paged" as printed. */
  type: string | null;
  allocs: number | null;
  frees: number | null;
  diff: number | null;
  bytes: number | null;
  perAlloc: number | null;
  mappedDriver: string | null;
  allocsDelta: number | null;
  freesDelta: number | null;
  bytesDelta: number | null;
}

export interface PoolmonResult extends WithWarnings {
  rows: PoolmonRow[];
  memoryKb: number | null;
  availKb: number | null;
  pageFaults: number | null;
  inRamKernelKb: number | null;
  inRamPagedKb: number | null;
  commitKb: number | null;
  limitKb: number | null;
  peakKb: number | null;
  poolNonPagedKb: number | null;
  poolPagedKb: number | null;
  /** "System pool information", "All sessions pool information", … */
  title: string | null;
}

// ---- transcript ----
export interface TranscriptCommand {
  prompt: string;
  command: string;
  kind: ParserKind | null;
  result: KindResult | MultiResult<KindResult> | null;
  /** Index of the prompt line in the input, and number of output lines after it. */
  startLine: number;
  outputLineCount: number;
}

export interface TranscriptResult extends WithWarnings {
  /** Parsed start-up text before the first command, when it looks like a debugger banner. */
  banner: BannerResult | null;
  commands: TranscriptCommand[];
}

export interface ResultByKind {
  analyze: AnalyzeResult;
  verifier3: Verifier3Result;
  verifier80: Verifier80Result;
  ln: LnResult;
  poolused: PoolUsedResult;
  poolfind: PoolFindResult;
  pool: PoolResult;
  vm: VmResult;
  lm: LmResult;
  stack: StackResult;
  banner: BannerResult;
  poolmon: PoolmonResult;
  transcript: TranscriptResult;
}

export type KindResult = ResultByKind[ParserKind];

export type ParseOutput<K extends ParserKind> = ResultByKind[K] | MultiResult<ResultByKind[K]>;

export function isMultiResult<R>(value: R | MultiResult<R>): value is MultiResult<R> {
  return typeof value === 'object' && value !== null && Array.isArray((value as MultiResult<R>).results);
}
