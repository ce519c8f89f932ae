// Builds a Driver Verifier leak scenario (C4/0x62 dump, Windows 10/11 x64 layout) from a
// compact description of drivers and allocation sites: allocations, the verifier's
// per-driver statistics, allocation-log entries with stacks, pool tag usage, symbols
// with line tables. Used by win10-leak-x64 and by the large generated scenarios.
import { formatPointer, parseHex } from '../addressFormat';
import { SeededRandom } from '../seededRandom';
import type { ScenarioInput } from '../scenarioSchema';
import { poolTagOwner, poolTagUsage } from './poolTagUsage';
import { verifierTotals, type PoolUsage } from './verifierTotals';

export type SiteKind = 'pool' | 'mdl' | 'workitem';

export interface LeakSiteSpec {
  function: string;
  /** Offset of the return address inside the function. */
  callOffset: number;
  line: number;
  tag: string;
  kind: SiteKind;
  size: number;
  poolType: 'NonPaged' | 'Paged';
  count: number;
}

export interface LeakFunctionSpec {
  name: string;
  /** Offset of the function from the module base. */
  offset: number;
  /** Source file name in the driver's source folder, c:\src\<driver name>\ (where its PDB was built too). */
  file: string;
  firstLine: number;
}

export interface LeakDriverSpec {
  name: string;
  image: string;
  base: bigint;
  size: number;
  entry: bigint;
  state: 'Loaded' | 'Unloaded' | 'Loaded and Unloaded';
  functions: LeakFunctionSpec[];
  /** Function that calls the allocating functions (second driver frame of every stack). */
  dispatchFunction: string;
  sites: LeakSiteSpec[];
}

export interface LeakScenarioSpec {
  name: string;
  description: string;
  seed: number;
  drivers: LeakDriverSpec[];
  /** Image name of the driver whose unload raised C4/0x62. */
  bugcheckDriver: string;
  logCapacity: number;
  /** Total log entries wanted (filler + allocations); the log wraps beyond capacity. */
  logEntries: number;
  kernelDots?: number;
}

const NT_BASE = 0xfffff8066c000000n;
const tick = (v: bigint): string => {
  const s = formatPointer('x64', v);
  return `${s.slice(0, 8)}\`${s.slice(8)}`;
};
const hex = (v: bigint | number): string => (typeof v === 'number' ? BigInt(v) : v).toString(16);

const NT_SYMBOLS: [string, number][] = [
  ['KeBugCheckEx', 0x3f6ce0],
  ['VerifierBugCheckIfAppropriate', 0x9c3a1c],
  ['VfPoolCheckForLeaks', 0x9bb8f8],
  ['VfTargetDriversRemove', 0x9b1f80],
  ['VfDriverUnloadImage', 0x9b1d00],
  ['MiUnloadSystemImage', 0x6a4a40],
  ['MmUnloadSystemImage', 0x6a44d0],
  ['IopDeleteDriver', 0x6e9a70],
  ['ObpRemoveObjectRoutine', 0x29a4d0],
  ['ObfDereferenceObjectWithTag', 0x2316b0],
  ['IopUnloadDriver', 0x80cb30],
  ['ExpWorkerThread', 0x2a5ed0],
  ['PspSystemThreadStartup', 0x355ef0],
  ['KiStartSystemThread', 0x3fd0e0],
  ['IofCallDriver', 0x2e6c40],
  ['IovCallDriver', 0x9a9a40],
  ['IopSynchronousServiceTail', 0x6a1f20],
  ['IopXxxControlFile', 0x6a1390],
  ['NtDeviceIoControlFile', 0x6a0fe0],
  ['KiSystemServiceCopyEnd', 0x409a50],
  ['VeAllocatePoolWithTagPriority', 0x9bc9d0],
  ['VerifierExAllocatePoolWithTag', 0x9bd460],
  ['IovAllocateMdl', 0x9a2b10],
  ['VerifierIoAllocateMdl', 0x9a3f50],
  ['IovAllocateWorkItem', 0x9a2e90],
  ['VerifierIoAllocateWorkItem', 0x9a4010],
  ['VerifierFreeTrackedPool', 0x9bb430],
  ['ExFreePoolWithTag', 0x3b1010],
  ['DbgBreakPointWithStatus', 0x3fbf50],
  ['PoolHitTag', 0xc0c2f0],
];

const nt = (name: string, off: number): { address: string; symbol: string } => {
  const base = NT_SYMBOLS.find(([n]) => n === name)?.[1] ?? 0;
  return { address: hex(NT_BASE + BigInt(base + off)), symbol: `nt!${name}+0x${off.toString(16)}` };
};

function allocatorFrames(kind: SiteKind): { address: string; symbol: string }[] {
  if (kind === 'mdl') return [nt('IovAllocateMdl', 0x3d), nt('VerifierIoAllocateMdl', 0x22)];
  if (kind === 'workitem') return [nt('IovAllocateWorkItem', 0x1b), nt('VerifierIoAllocateWorkItem', 0x16)];
  return [nt('VeAllocatePoolWithTagPriority', 0x2ee), nt('VerifierExAllocatePoolWithTag', 0x24)];
}

function ioctlTail(): { address: string; symbol: string }[] {
  return [
    nt('IovCallDriver', 0x266),
    nt('IofCallDriver', 0x1b6),
    nt('IopSynchronousServiceTail', 0x1a8),
    nt('IopXxxControlFile', 0x5e5),
    nt('NtDeviceIoControlFile', 0x56),
    nt('KiSystemServiceCopyEnd', 0x25),
  ];
}

interface BuiltAllocation {
  driver: LeakDriverSpec;
  site: LeakSiteSpec;
  address: bigint;
  caller: bigint;
  thread: bigint;
}

/** Where a driver's sources and PDB were built: c:\src\<name>\. */
const sourceFolder = (driver: LeakDriverSpec): string => `c:\\src\\${driver.name}\\`;

/** Special pool puts small blocks at the end of their page; large ones start a page. */
function blockAddress(pageBase: bigint, size: number): bigint {
  if (size >= 0xff0) return pageBase;
  const rounded = BigInt((size + 15) & ~15);
  return pageBase + 0x1000n - rounded;
}

export function buildLeakScenario(spec: LeakScenarioSpec): ScenarioInput {
  const random = new SeededRandom(spec.seed);
  const threads = [0xffffb88f3e2c1080n, 0xffffb88f3e6a5040n, 0xffffb88f41d07080n, 0xffffb88f3d9b2300n];
  const allocations: BuiltAllocation[] = [];
  let nonPagedPage = 0xffffd5062a400000n;
  let pagedPage = 0xffffa3014c800000n;
  for (const driver of spec.drivers) {
    for (const site of driver.sites) {
      const fn = driver.functions.find((f) => f.name === site.function);
      if (!fn) throw new Error(`site function ${site.function} missing in ${driver.name}`);
      const caller = driver.base + BigInt(fn.offset + site.callOffset);
      for (let i = 0; i < site.count; i++) {
        const pages = BigInt(Math.ceil(Math.max(site.size, 1) / 0x1000) + 1);
        let page: bigint;
        if (site.poolType === 'Paged') {
          page = pagedPage;
          pagedPage += pages * 0x1000n;
        } else {
          page = nonPagedPage;
          nonPagedPage += pages * 0x1000n;
        }
        allocations.push({ driver, site, address: blockAddress(page, site.size), caller, thread: random.pick(threads) });
      }
    }
  }
  // Allocation order as the log saw it: shuffled deterministically.
  const ordered = [...allocations];
  for (let i = ordered.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [ordered[i], ordered[j]] = [ordered[j]!, ordered[i]!];
  }

  const dispatchFrame = (driver: LeakDriverSpec): { address: string; symbol: string } => {
    const fn = driver.functions.find((f) => f.name === driver.dispatchFunction)!;
    return { address: hex(driver.base + BigInt(fn.offset + 0x62)), symbol: `${driver.name}!${fn.name}+0x62` };
  };

  const logEntries = ordered.map((a) => {
    const fn = a.driver.functions.find((f) => f.name === a.site.function)!;
    return {
      address: hex(a.address),
      size: hex(a.site.size),
      thread: hex(a.thread),
      operation: 'alloc' as const,
      frames: [
        ...allocatorFrames(a.site.kind),
        { address: hex(a.caller), symbol: `${a.driver.name}!${fn.name}+0x${a.site.callOffset.toString(16)}` },
        dispatchFrame(a.driver),
        ...ioctlTail(),
      ],
    };
  });

  const firstDriver = spec.drivers[0]!;
  const fillerCount = Math.max(0, spec.logEntries - logEntries.length);
  const filler =
    fillerCount > 0
      ? {
          count: fillerCount,
          addressBase: 'ffffd5062f000ff0',
          addressStride: '1000',
          distinctAddresses: 512,
          sizes: ['10', '40', '100', '20'],
          threads: threads.map(hex),
          allocFrames: [...allocatorFrames('pool'), dispatchFrame(firstDriver), ...ioctlTail()],
          freeFrames: [nt('VerifierFreeTrackedPool', 0x41), nt('ExFreePoolWithTag', 0x1b4), dispatchFrame(firstDriver), ...ioctlTail()],
        }
      : undefined;

  const sum = (list: BuiltAllocation[], type: 'NonPaged' | 'Paged', what: 'count' | 'bytes'): number =>
    list.filter((a) => a.site.poolType === type).reduce((n, a) => n + (what === 'count' ? 1 : a.site.size), 0);
  /** Outstanding allocations now; the peak was a little higher (some were freed since). */
  const poolUsage = (list: BuiltAllocation[]): PoolUsage => ({
    current: {
      nonPagedAllocations: hex(sum(list, 'NonPaged', 'count')),
      nonPagedBytes: hex(sum(list, 'NonPaged', 'bytes')),
      pagedAllocations: hex(sum(list, 'Paged', 'count')),
      pagedBytes: hex(sum(list, 'Paged', 'bytes')),
    },
    peak: {
      nonPagedAllocations: hex(sum(list, 'NonPaged', 'count') + 7),
      nonPagedBytes: hex(sum(list, 'NonPaged', 'bytes') + 0x3a80),
      pagedAllocations: hex(sum(list, 'Paged', 'count') + 2),
      pagedBytes: hex(sum(list, 'Paged', 'bytes') + 0x400),
    },
  });

  const verifierDrivers = spec.drivers.map((driver) => {
    const mine = allocations.filter((a) => a.driver === driver);
    return {
      name: driver.image,
      entry: hex(driver.entry),
      state: driver.state,
      ...poolUsage(mine),
      allocations: mine.map((a) => ({
        address: hex(a.address),
        size: hex(a.site.size),
        tag: a.site.tag,
        caller: hex(a.caller),
        poolType: a.site.poolType,
      })),
    };
  });

  const tags = new Map<string, { tag: string; nonPagedAllocs: number; nonPagedBytes: number; pagedAllocs: number; pagedBytes: number; owner?: string }>();
  for (const a of allocations) {
    const row = tags.get(a.site.tag) ?? { tag: a.site.tag, nonPagedAllocs: 0, nonPagedBytes: 0, pagedAllocs: 0, pagedBytes: 0 };
    if (a.site.poolType === 'Paged') {
      row.pagedAllocs++;
      row.pagedBytes += a.site.size;
    } else {
      row.nonPagedAllocs++;
      row.nonPagedBytes += a.site.size;
    }
    const owner = poolTagOwner(a.site.tag);
    if (owner !== undefined) row.owner = owner;
    tags.set(a.site.tag, row);
  }
  const total = allocations.length;
  const bugDriver = spec.drivers.find((d) => d.image === spec.bugcheckDriver) ?? firstDriver;
  const bugCount = allocations.filter((a) => a.driver === bugDriver).length;
  const ntModuleSymbols = NT_SYMBOLS.map(([name, off]) => ({ name, address: hex(NT_BASE + BigInt(off)) }));

  return {
    schemaVersion: 1,
    name: spec.name,
    description: spec.description,
    target: {
      kind: 'dump',
      dumpFile: 'C:\\Windows\\MEMORY.DMP',
      dumpKind: 'Kernel Bitmap Dump File: Kernel address space is available, User address space may not be available.',
    },
    system: {
      arch: 'x64',
      connectName: 'Windows 10',
      kernelVersionLine: 'Windows 10 Kernel Version 22621 MP (8 procs) Free x64',
      build: 22621,
      buildLab: '22621.1.amd64fre.ni_release.220506-1250',
      kernelBase: tick(NT_BASE),
      psLoadedModuleList: tick(NT_BASE + 0xc2a2b0n),
      sessionTime: 'Thu Apr 11 16:20:41.553 2024 (UTC + 2:00)',
      uptime: '0 days 0:37:12.918',
      processors: 8,
      currentProcessor: 3,
      debuggerVersion: '10.0.22621.2428 AMD64',
    },
    symbols: { path: 'srv*', kernelDots: spec.kernelDots ?? 214, dotsPerLine: 64, userDots: 0, unloadedDots: 9 },
    bugcheck: {
      code: 'c4',
      args: ['62', hex(bugDriver.entry + 0x70n), hex(bugDriver.entry), hex(bugCount)],
      argNotes: ['\tType !verifier 3 drivername.sys for info on the allocations', '\tthat were leaked that caused the bugcheck.'],
      analysis: {
        imageName: bugDriver.image,
        moduleName: bugDriver.name,
        processName: 'System',
        failureBucketId: `0xc4_62_LEAKED_POOL_IMAGE_${bugDriver.image}`,
        probablyCausedBy: bugDriver.image,
      },
    },
    modules: [
      {
        name: 'nt',
        image: 'ntkrnlmp.exe',
        base: tick(NT_BASE),
        size: '01046000',
        symbolStatus: 'pdb',
        pdbPath: 'c:\\symbols\\ntkrnlmp.pdb\\0C2D1E4B4C3F6B27A2E3F3C9A1D5B7E21\\ntkrnlmp.pdb',
        fileVersion: '10.0.22621.2861 (WinBuild.160101.0800)',
        companyName: 'Microsoft Corporation',
        fileDescription: 'NT Kernel & System',
        symbols: ntModuleSymbols,
      },
      ...spec.drivers.map((d) => ({
        name: d.name,
        image: d.image,
        base: tick(d.base),
        size: hex(d.size),
        symbolStatus: 'private pdb' as const,
        pdbPath: `${sourceFolder(d)}x64\\Release\\${d.name}.pdb`,
        imagePath: `\\SystemRoot\\system32\\drivers\\${d.image}`,
        timestamp: '65f1c2a8',
        timestampText: 'Wed Mar 13 16:13:44 2024',
        checksum: hex(0x1f3a2 + d.size),
        symbols: d.functions.map((f) => {
          const start = d.base + BigInt(f.offset);
          const sites = d.sites.filter((s) => s.function === f.name).sort((a, b) => a.callOffset - b.callOffset);
          const lines = [{ address: hex(start), line: f.firstLine }];
          for (const s of sites) {
            const at = start + BigInt(Math.max(1, s.callOffset - 0x12));
            if (!lines.some((l) => parseHex(l.address) === at)) lines.push({ address: hex(at), line: s.line });
          }
          return { name: f.name, address: hex(start), file: sourceFolder(d) + f.file, lines };
        }),
      })),
      { name: 'hal', image: 'hal.dll', base: 'fffff806`6b400000', size: '00006000', symbolStatus: 'deferred' as const },
    ],
    stack: [
      { childSp: 'ffff8a8a`2c1f7378', retAddr: tick(NT_BASE + 0x9c3a58n), args: ['c4', '62', hex(bugDriver.entry + 0x70n), hex(bugDriver.entry)], symbol: 'nt!KeBugCheckEx' },
      { childSp: 'ffff8a8a`2c1f7380', retAddr: tick(NT_BASE + 0x9bb95dn), args: ['62', '0', '0', '0'], symbol: 'nt!VerifierBugCheckIfAppropriate+0x3c' },
      { childSp: 'ffff8a8a`2c1f73c0', retAddr: tick(NT_BASE + 0x9b2006n), args: [hex(bugDriver.entry), '0', '0', '0'], symbol: 'nt!VfPoolCheckForLeaks+0x65' },
      { childSp: 'ffff8a8a`2c1f7400', retAddr: tick(NT_BASE + 0x9b1d45n), args: [hex(bugDriver.base), '0', '0', '0'], symbol: 'nt!VfTargetDriversRemove+0x86' },
      { childSp: 'ffff8a8a`2c1f7480', retAddr: tick(NT_BASE + 0x6a4bb1n), args: ['0', '0', '0', '0'], symbol: 'nt!VfDriverUnloadImage+0x45' },
      { childSp: 'ffff8a8a`2c1f74b0', retAddr: tick(NT_BASE + 0x6a450fn), args: ['0', '0', '0', '0'], symbol: 'nt!MiUnloadSystemImage+0x171' },
      { childSp: 'ffff8a8a`2c1f7600', retAddr: tick(NT_BASE + 0x6e9aaen), args: ['0', '0', '0', '0'], symbol: 'nt!MmUnloadSystemImage+0x3f' },
      { childSp: 'ffff8a8a`2c1f7630', retAddr: tick(NT_BASE + 0x29a52cn), args: ['0', '0', '0', '0'], symbol: 'nt!IopDeleteDriver+0x3e' },
      { childSp: 'ffff8a8a`2c1f7660', retAddr: tick(NT_BASE + 0x231724n), args: ['0', '0', '0', '0'], symbol: 'nt!ObpRemoveObjectRoutine+0x5c' },
      { childSp: 'ffff8a8a`2c1f76c0', retAddr: tick(NT_BASE + 0x80ce4fn), args: ['0', '0', '0', '0'], symbol: 'nt!ObfDereferenceObjectWithTag+0x74' },
      { childSp: 'ffff8a8a`2c1f7700', retAddr: tick(NT_BASE + 0x2a5fb5n), args: ['0', '0', '0', '0'], symbol: 'nt!IopUnloadDriver+0x31f' },
      { childSp: 'ffff8a8a`2c1f7930', retAddr: tick(NT_BASE + 0x355f3an), args: ['0', '0', '0', '0'], symbol: 'nt!ExpWorkerThread+0xe5' },
      { childSp: 'ffff8a8a`2c1f7a00', retAddr: tick(NT_BASE + 0x3fd104n), args: ['0', '0', '0', '0'], symbol: 'nt!PspSystemThreadStartup+0x4a' },
      { childSp: 'ffff8a8a`2c1f7a50', retAddr: '00000000`00000000', args: ['0', '0', '0', '0'], symbol: 'nt!KiStartSystemThread+0x24' },
    ],
    verifier: {
      flags: '209bb',
      stats: {
        poolAllocationsAttempted: hex(total * 37 + 0x1a2),
        poolAllocationsSucceeded: hex(total * 37 + 0x1a2),
        poolAllocationsSucceededSpecialPool: hex(total * 37 + 0x1a2),
        ...verifierTotals(poolUsage(allocations)),
      },
      drivers: verifierDrivers,
      log: { capacity: spec.logCapacity, ...(filler ? { filler } : {}), entries: logEntries },
    },
    poolTags: [
      ...tags.values(),
      poolTagUsage('File', 8120, 3897600, 0, 0),
      poolTagUsage('MmSt', 0, 0, 6120, 44912640),
    ],
    memory: {
      physicalPages: 4193165,
      availablePages: 2911402,
      resAvailPages: 3809211,
      freeSystemPtes: 4294981887,
      modifiedPages: 40871,
      nonPagedPoolUsage: 52113,
      nonPagedPoolMax: 4294967296,
      pagedPoolUsage: 98012,
      pagedPoolMax: 4294967296,
      specialPool: 3188,
      committedPages: 1402113,
      commitLimit: 4848557,
    },
    strings: [{ address: hex(bugDriver.entry + 0x70n), value: bugDriver.image, unicodeStringBuffer: hex(bugDriver.entry + 0x180n) }],
    poolHitTag: { address: tick(NT_BASE + 0xc0c2f0n), initialValue: '0' },
  };
}
