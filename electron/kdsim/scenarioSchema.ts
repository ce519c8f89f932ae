// The kdsim scenario format: everything the simulated kd knows about its target.
// Scenarios are JSON (or TS objects of the same shape) validated with this schema;
// other parts of the app read them too (e.g. to know which scenario is live), so the
// type and the schema are exported from here. Numbers that kd prints in hex are kept
// as hex strings ("0x9a3bf6ac", "9a3bf6ac" or "fffff880`0447d634"); counts that kd
// prints in decimal are JSON numbers. Optional fields have documented defaults, and new
// optional fields can be added without breaking existing files (schemaVersion stays 1).
import { z } from 'zod';

const HEX_PATTERN = /^(0x)?[0-9a-fA-F]+(`[0-9a-fA-F]+)?$/;

/** A hex number as kd prints it: optional 0x, optional backtick between the halves. */
export const hexString = z
  .string()
  .regex(HEX_PATTERN, 'expected a hex number such as "0x9a3bf6ac" or "fffff880`0447d634"');

/** A pool tag: one to four characters (kd pads shorter tags with spaces). */
export const poolTag = z.string().min(1).max(4);

const stackFrameText = z.object({
  /** Return address of the frame, e.g. "9a3bf6ac". */
  address: hexString,
  /** Symbol text exactly as kd prints it, e.g. "MyDriver!DeviceControlDispatch+0x4c". */
  symbol: z.string(),
});

const lineEntry = z.object({
  /** First instruction address of this source line. */
  address: hexString,
  line: z.number().int().positive(),
  /** Source file; defaults to the symbol's file. */
  file: z.string().optional(),
});

const symbolEntry = z.object({
  /** Function name without module prefix, e.g. "DeviceControlDispatch". */
  name: z.string().min(1),
  address: hexString,
  /** Source file of the function (private symbols only). */
  file: z.string().optional(),
  /** Line table: each entry starts a source line (private symbols with line info). */
  lines: z.array(lineEntry).optional(),
  /**
   * Text ln prints for the following symbol instead of its real name. Only needed to
   * reproduce a transcript verbatim (the MS docs walkthrough shows such a quirk).
   */
  lnNextSymbolText: z.string().optional(),
});

const moduleEntry = z.object({
  /** Module name as kd shows it, e.g. "MyDriver" or "nt". */
  name: z.string().min(1),
  /** Image file name, e.g. "MyDriver.sys" or "ntkrpamp.exe". */
  image: z.string().min(1),
  base: hexString,
  size: hexString,
  /** pdb = public/private PDB loaded, export = export symbols only, none = no symbols. */
  symbolStatus: z.enum(['pdb', 'private pdb', 'export', 'none', 'deferred']),
  pdbPath: z.string().optional(),
  imagePath: z.string().optional(),
  /** Link timestamp as 8 hex digits. */
  timestamp: hexString.optional(),
  timestampText: z.string().optional(),
  checksum: hexString.optional(),
  fileVersion: z.string().optional(),
  companyName: z.string().optional(),
  fileDescription: z.string().optional(),
  symbols: z.array(symbolEntry).default([]),
});

const poolCounts = z.object({
  nonPagedAllocations: hexString,
  nonPagedBytes: hexString,
  pagedAllocations: hexString,
  pagedBytes: hexString,
});

const verifierAllocation = z.object({
  address: hexString,
  size: hexString,
  tag: poolTag,
  caller: hexString,
  poolType: z.enum(['NonPaged', 'Paged']).default('NonPaged'),
});

const verifiedDriver = z.object({
  /** Image name as verifier lists it, e.g. "MyDriver.sys". */
  name: z.string().min(1),
  /** Address of the verifier's per-driver entry (MODULE: / Entry column). */
  entry: hexString,
  state: z.enum(['Loaded', 'Unloaded', 'Loaded and Unloaded']).default('Loaded'),
  current: poolCounts,
  peak: poolCounts,
  contiguousBytes: hexString.default('0'),
  peakContiguousBytes: hexString.default('0'),
  /** Outstanding (not yet freed) allocations tracked for this driver. */
  allocations: z.array(verifierAllocation).default([]),
});

const verifierStats = z.object({
  raiseIrqls: hexString.default('0'),
  acquireSpinLocks: hexString.default('0'),
  synchExecutions: hexString.default('0'),
  trims: hexString.default('0'),
  poolAllocationsAttempted: hexString,
  poolAllocationsSucceeded: hexString,
  poolAllocationsSucceededSpecialPool: hexString,
  poolAllocationsWithNoTag: hexString.default('0'),
  poolAllocationsFailed: hexString.default('0'),
  resourceAllocationsFailedDeliberately: hexString.default('0'),
  currentPagedAllocations: hexString,
  currentPagedBytes: hexString,
  peakPagedAllocations: hexString,
  peakPagedBytes: hexString,
  currentNonPagedAllocations: hexString,
  currentNonPagedBytes: hexString,
  peakNonPagedAllocations: hexString,
  peakNonPagedBytes: hexString,
});

const logEntry = z.object({
  address: hexString,
  size: hexString,
  thread: hexString,
  operation: z.enum(['alloc', 'free']).default('alloc'),
  frames: z.array(stackFrameText),
});

/** Deterministic background traffic that fills the rest of the log (alloc/free pairs). */
const logFiller = z.object({
  /** Number of generated entries (the explicit entries come after them, newest last). */
  count: z.number().int().nonnegative(),
  /** First block address and the distance between generated blocks. */
  addressBase: hexString,
  addressStride: hexString,
  /** How many distinct block addresses the generator cycles through. */
  distinctAddresses: z.number().int().positive().default(512),
  sizes: z.array(hexString).min(1),
  threads: z.array(hexString).min(1),
  allocFrames: z.array(stackFrameText).min(1),
  freeFrames: z.array(stackFrameText).min(1),
});

const verifierLog = z.object({
  /** Log capacity; kd prints it in "There are up to 0x10000 entries in the log." */
  capacity: z.number().int().positive().default(0x10000),
  filler: logFiller.optional(),
  /** Explicit entries, oldest first; they are the most recent entries of the log. */
  entries: z.array(logEntry).default([]),
});

const verifierState = z.object({
  /** Verifier flags (e.g. 0x209bb standard flags, 0x8 pool tracking only). */
  flags: hexString,
  stats: verifierStats,
  drivers: z.array(verifiedDriver).default([]),
  log: verifierLog.optional(),
});

const poolTagUsage = z.object({
  tag: poolTag,
  nonPagedAllocs: z.number().int().nonnegative(),
  nonPagedBytes: z.number().int().nonnegative(),
  pagedAllocs: z.number().int().nonnegative(),
  pagedBytes: z.number().int().nonnegative(),
  /** pooltag.txt description, e.g. "Pool tables, etc." or "ACPI data , Binary: acpi.sys". */
  owner: z.string().optional(),
});

const poolBlock = z.object({
  address: hexString,
  /** Block size in bytes (including the pool header for small blocks). */
  size: hexString,
  previousSize: hexString.default('0'),
  state: z.enum(['allocated', 'free']).default('allocated'),
  tag: poolTag,
  /** Large allocations are listed from the big pool table (!poolfind/!pool show them so). */
  large: z.boolean().default(false),
});

const poolPage = z.object({
  address: hexString,
  region: z.enum(['Nonpaged pool', 'Paged pool', 'Special pool']),
  /** For special pool pages: the block is "non-paged special pool" or "paged special pool". */
  specialPoolType: z.enum(['non-paged', 'paged']).optional(),
  /** Text printed instead of the block list, e.g. a corruption message for a bad header. */
  corruptionText: z.array(z.string()).optional(),
  blocks: z.array(poolBlock).default([]),
});

const memoryCounters = z.object({
  physicalPages: z.number().int(),
  availablePages: z.number().int(),
  resAvailPages: z.number().int(),
  lockedIoPages: z.number().int().default(0),
  freeSystemPtes: z.number().int(),
  modifiedPages: z.number().int().default(0),
  nonPagedPoolUsage: z.number().int(),
  nonPagedPoolMax: z.number().int(),
  pagedPoolUsage: z.number().int(),
  pagedPoolMax: z.number().int(),
  specialPool: z.number().int().default(0),
  committedPages: z.number().int(),
  commitLimit: z.number().int(),
  pageFile: z.string().default('\\??\\C:\\pagefile.sys'),
});

const stackFrame = z.object({
  childSp: hexString,
  retAddr: hexString,
  /** Args to Child (3 on x86, 4 on x64); shown by kb. */
  args: z.array(hexString).default([]),
  symbol: z.string(),
  /** Source location, shown when .lines is on: " [file @ line]". */
  file: z.string().optional(),
  line: z.number().int().optional(),
});

const memoryString = z.object({
  address: hexString,
  value: z.string(),
  /**
   * When set, `address` holds a UNICODE_STRING whose Buffer is this address (dS shows the
   * string; du at the Buffer shows it too). Otherwise the UTF-16 text starts at `address`.
   */
  unicodeStringBuffer: hexString.optional(),
});

const bugcheck = z.object({
  code: hexString,
  args: z.tuple([hexString, hexString, hexString, hexString]),
  /** Overrides the description printed for each argument (defaults come from kdsim's table). */
  argDescriptions: z.array(z.string()).length(4).optional(),
  /** Lines printed under the arguments (e.g. the "Type !verifier 3 ..." hint). */
  argNotes: z.array(z.string()).optional(),
  /** The "Debugging Details" of !analyze -v. */
  analysis: z
    .object({
      imageName: z.string().optional(),
      moduleName: z.string().optional(),
      processName: z.string().default('System'),
      currentIrql: z.number().int().optional(),
      failureBucketId: z.string(),
      defaultBucketId: z.string().optional(),
      probablyCausedBy: z.string().optional(),
      faultingAddress: hexString.optional(),
      extraFields: z.array(z.tuple([z.string(), z.string()])).default([]),
    })
    .optional(),
});

const liveGrowth = z.object({
  tag: poolTag,
  nonPagedAllocsPerRun: z.number().int().nonnegative().default(0),
  nonPagedBytesPerRun: z.number().int().nonnegative().default(0),
  pagedAllocsPerRun: z.number().int().nonnegative().default(0),
  pagedBytesPerRun: z.number().int().nonnegative().default(0),
  /** Where new blocks of this tag appear (for !poolfind after growth). */
  blockAddressBase: hexString.optional(),
  blockSize: hexString.optional(),
});

const poolHitSite = z.object({
  tag: poolTag,
  size: hexString,
  poolType: z.enum(['NonPaged', 'Paged']).default('NonPaged'),
  /** Symbol kd prints for the break location, e.g. "nt!ExAllocatePoolWithTag+0x7bb". */
  breakSymbol: z.string(),
  /** Address of the int 3 instruction. */
  breakAddress: hexString,
  /** The allocating thread's stack, innermost first (k shows it after the hit). */
  stack: z.array(stackFrame).min(1),
});

const liveModel = z.object({
  /** Where the target is when kd starts: broken in (prompt) or running (no prompt). */
  initialState: z.enum(['broken', 'running']).default('broken'),
  /** Stack shown after a manual break-in (nt!DbgBreakPointWithStatus ...). */
  breakInStack: z.array(stackFrame).default([]),
  /** Address of the int 3 shown at break-in; defaults to nt!DbgBreakPointWithStatus. */
  breakInAddress: hexString.optional(),
  /** Pool usage that grows each time the target runs and is broken into. */
  growth: z.array(liveGrowth).default([]),
  /** Allocation sites that hit when nt!PoolHitTag matches their tag. */
  poolHitSites: z.array(poolHitSite).default([]),
  /**
   * The target bug checks (with the scenario's `bugcheck`) while it runs for the Nth time
   * (1 = the first g): kd prints "*** Fatal System Error" and stops. Without it, a live
   * scenario with a bug check is already stopped on it when kd connects.
   */
  bugCheckOnRun: z.number().int().positive().optional(),
});

const faultSpec = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exit-mid-output'), afterBytes: z.number().int().nonnegative().default(64) }),
  z.object({ kind: z.literal('hang'), afterCommands: z.number().int().nonnegative().default(0) }),
  z.object({ kind: z.literal('slow'), msPerByte: z.number().nonnegative().default(1) }),
  z.object({ kind: z.literal('garbage'), seed: z.number().int().default(1) }),
  z.object({ kind: z.literal('symbol-delay'), ms: z.number().nonnegative().default(500) }),
  z.object({ kind: z.literal('crlf') }),
  z.object({ kind: z.literal('close-output'), afterCommands: z.number().int().nonnegative().default(0) }),
  z.object({ kind: z.literal('eof-spin') }),
  z.object({ kind: z.literal('lose-early-break'), ms: z.number().nonnegative().default(300) }),
  z.object({ kind: z.literal('ignore-break') }),
  z.object({ kind: z.literal('ignore-quit') }),
  z.object({ kind: z.literal('reconnect-on-run'), ms: z.number().nonnegative().default(300) }),
  z.object({ kind: z.literal('flood'), afterCommands: z.number().int().nonnegative().default(0) }),
  z.object({ kind: z.literal('dbgprint-on-run'), lines: z.number().int().nonnegative().default(3) }),
]);

export const scenarioSchema = z.object({
  schemaVersion: z.literal(1),
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
  description: z.string().min(1),
  target: z.object({
    kind: z.enum(['dump', 'live', 'local']),
    /** Live targets: the transport named in the banner. */
    transport: z.enum(['kdnet', 'com', 'local']).optional(),
    dumpFile: z.string().optional(),
    /** Second banner line of a dump, e.g. "Kernel Bitmap Dump File: Full address space is available". */
    dumpKind: z.string().optional(),
    /** Ctrl+C arrives as byte 0x03 on stdin (in addition to SIGINT). */
    ctrlCByte: z.boolean().default(false),
  }),
  system: z.object({
    arch: z.enum(['x86', 'x64']),
    /** Marketing name used by "Connected to Windows 8 9600 x86 compatible target". */
    connectName: z.string(),
    /** First vertarget line, e.g. "Windows 7 Kernel Version 7601 (Service Pack 1) MP (2 procs) Free x64". */
    kernelVersionLine: z.string(),
    /** OS build number; selects output layouts (< 9200 Windows 7, < 10240 Windows 8/8.1, else 10/11). */
    build: z.number().int().positive(),
    product: z.string().default('WinNt, suite: TerminalServer SingleUserTS'),
    buildLab: z.string(),
    machineName: z.string().default(''),
    kernelBase: hexString,
    psLoadedModuleList: hexString,
    sessionTime: z.string(),
    uptime: z.string(),
    processors: z.number().int().min(1).max(64),
    currentProcessor: z.number().int().min(0).default(0),
    debuggerVersion: z.string(),
  }),
  symbols: z
    .object({
      /** Initial symbol path (".sympath" shows it; ".symfix" changes it). */
      path: z.string().default('srv*'),
      kernelDots: z.number().int().nonnegative().default(64),
      userDots: z.number().int().nonnegative().optional(),
      unloadedDots: z.number().int().nonnegative().optional(),
      /** Dots per line when printing symbol-load progress. */
      dotsPerLine: z.number().int().positive().default(64),
      /** Lines printed by the banner instead of the default (dump banner / connect text). */
      bannerOverride: z.array(z.string()).optional(),
    })
    .default({ path: 'srv*', kernelDots: 64, dotsPerLine: 64 }),
  bugcheck: bugcheck.optional(),
  modules: z.array(moduleEntry).min(1),
  /** The current thread's stack (k, kb, kn). */
  stack: z.array(stackFrame).default([]),
  verifier: verifierState.optional(),
  poolTags: z.array(poolTagUsage).default([]),
  poolPages: z.array(poolPage).default([]),
  memory: memoryCounters.optional(),
  strings: z.array(memoryString).default([]),
  /** nt!PoolHitTag: where it lives and its initial value. */
  poolHitTag: z
    .object({ address: hexString, initialValue: hexString.default('0') })
    .optional(),
  live: liveModel.optional(),
  faults: z.array(faultSpec).default([]),
});

/** A scenario as written in a file (defaults not yet applied). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioModule = Scenario['modules'][number];
export type ScenarioSymbol = ScenarioModule['symbols'][number];
export type VerifierState = NonNullable<Scenario['verifier']>;
export type VerifiedDriver = VerifierState['drivers'][number];
export type VerifierLog = NonNullable<VerifierState['log']>;
export type VerifierLogEntry = VerifierLog['entries'][number];
export type StackFrame = Scenario['stack'][number];
export type PoolTagUsage = Scenario['poolTags'][number];
export type PoolPage = Scenario['poolPages'][number];
export type LiveModel = NonNullable<Scenario['live']>;
export type FaultSpec = Scenario['faults'][number];
