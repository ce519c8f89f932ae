// myfault-x64: the "Troubleshooting Pool Leaks Part 6" session (Windows 7 SP1 x64 dump,
// NotMyFault's myfault.sys leaking ten 'Leak' blocks under Driver Verifier pool
// tracking). Values follow the blog: the ten allocations, caller fffff8800447d634 =
// myfault!MyfaultDeviceControl+0x358 and the 8-frame stack of fffffa8005400000.
import type { ScenarioInput } from '../scenarioSchema';
import { poolTagUsage } from './poolTagUsage';
import { symbolAddress, symbolFrames, type ModuleInput } from './symbolFrames';
import { verifierTotals, type PoolUsage } from './verifierTotals';
import { zeroArgumentFrame } from './zeroArgumentFrame';

const LEAK_ADDRESSES = [
  'fffffa8005400000',
  'fffffa80052fb000',
  'fffffa8005200000',
  'fffffa80050fb000',
  'fffffa8005000000',
  'fffffa8004efb000',
  'fffffa8004e00000',
  'fffffa8004cfb000',
  'fffffa8004c00000',
  'fffffa8004a66000',
];

const THREADS = ['fffffa80044ceb60', 'fffffa80044ceb60', 'fffffa8003e5c060'];

const ntModule: ModuleInput = {
  name: 'nt',
  image: 'ntkrnlmp.exe',
  base: 'fffff800`0140b000',
  size: '005e8000',
  symbolStatus: 'pdb',
  pdbPath: 'c:\\symbols\\ntkrnlmp.pdb\\3844DBB920174967BE7AA4A2C20430FA2\\ntkrnlmp.pdb',
  timestamp: '4ce7951a',
  timestampText: 'Sat Nov 20 04:30:02 2010',
  checksum: '005dc5d0',
  fileVersion: '6.1.7601.17514 (win7sp1_rtm.101119-1850)',
  companyName: 'Microsoft Corporation',
  fileDescription: 'NT Kernel & System',
  symbols: [
    { name: 'KiSystemServiceCopyEnd', address: 'fffff800`0148bec0' },
    { name: 'KiBugCheckDispatch', address: 'fffff800`0148c0c0' },
    { name: 'KiPageFault', address: 'fffff800`0148cd40' },
    { name: 'DbgBreakPointWithStatus', address: 'fffff800`01483f90' },
    { name: 'KeBugCheckEx', address: 'fffff800`0147bc40' },
    { name: 'PoolHitTag', address: 'fffff800`016530fc' },
    { name: 'IopXxxControlFile', address: 'fffff800`017a7490' },
    { name: 'NtDeviceIoControlFile', address: 'fffff800`017a82a0' },
    { name: 'VeAllocatePoolWithTagPriority', address: 'fffff800`01927a10' },
    { name: 'VerifierExAllocatePoolEx', address: 'fffff800`01927d20' },
    { name: 'IovCallDriver', address: 'fffff800`019326b0' },
  ],
};

const myfaultModule: ModuleInput = {
  name: 'myfault',
  image: 'myfault.sys',
  base: 'fffff880`04479000',
  size: '00008000',
  symbolStatus: 'pdb',
  pdbPath: 'c:\\symbols\\myfault.pdb\\9A1F9E13CC4B4B2A8C6F4E2C8D3F1A7B1\\myfault.pdb',
  imagePath: '\\??\\C:\\Windows\\system32\\drivers\\myfault.sys',
  timestamp: '4ae9f4b0',
  timestampText: 'Thu Oct 29 15:04:48 2009',
  checksum: '0000c6d2',
  fileVersion: '3.0.0.0',
  companyName: 'Sysinternals',
  fileDescription: 'Crash Test Driver',
  symbols: [
    { name: 'MyfaultDeviceControl', address: 'fffff880`0447d2dc' },
    { name: 'MyfaultDispatch', address: 'fffff880`0447d670' },
    { name: 'MyfaultUnload', address: 'fffff880`0447d740' },
  ],
};

const frameAt = symbolFrames([ntModule, myfaultModule]);

/** Driver Verifier's allocator, above every allocation myfault.sys made in this session. */
const verifierAllocator = [frameAt('nt!VeAllocatePoolWithTagPriority', 0x2b6), frameAt('nt!VerifierExAllocatePoolEx', 0x1d)];

/** Below the driver: its dispatch routine, called for NotMyFault's DeviceIoControl. */
const ioctlPath = [
  frameAt('myfault!MyfaultDispatch', 0xb7),
  frameAt('nt!IovCallDriver', 0xa0),
  frameAt('nt!IopXxxControlFile', 0x607),
  frameAt('nt!NtDeviceIoControlFile', 0x56),
  frameAt('nt!KiSystemServiceCopyEnd', 0x13),
];

// All ten came through the same IOCTL (NotMyFault's "Leak" button) on its threads.
const leakCaller = frameAt('myfault!MyfaultDeviceControl', 0x358);
const leakStack = [...verifierAllocator, leakCaller, ...ioctlPath];

const oldestFirst = [...LEAK_ADDRESSES].reverse();

/** myfault.sys is the only verified driver: its pool usage is also the verifier's totals. */
const myfaultPoolUsage: PoolUsage = {
  current: { nonPagedAllocations: 'a', nonPagedBytes: '9ce000', pagedAllocations: '0', pagedBytes: '0' },
  peak: { nonPagedAllocations: 'a', nonPagedBytes: '9ce000', pagedAllocations: '1', pagedBytes: '80' },
};

export const myfaultX64: ScenarioInput = {
  schemaVersion: 1,
  name: 'myfault-x64',
  description:
    "Windows 7 SP1 x64 kernel dump: myfault.sys (NotMyFault) leaked ten 'Leak' blocks; Driver Verifier pool tracking on (NTDebugging Part 6)",
  target: {
    kind: 'dump',
    dumpFile: 'C:\\Windows\\MEMORY.DMP',
    dumpKind: 'Kernel Summary Dump File: Only kernel address space is available',
  },
  system: {
    arch: 'x64',
    connectName: 'Windows 7',
    kernelVersionLine: 'Windows 7 Kernel Version 7601 (Service Pack 1) MP (2 procs) Free x64',
    build: 7601,
    buildLab: '7601.17514.amd64fre.win7sp1_rtm.101119-1850',
    kernelBase: 'fffff800`0140b000',
    psLoadedModuleList: 'fffff800`01650e90',
    sessionTime: 'Tue Oct 23 10:12:55.420 2012 (UTC - 4:00)',
    uptime: '0 days 0:41:07.593',
    processors: 2,
    currentProcessor: 1,
    debuggerVersion: '6.2.9200.16384 AMD64',
  },
  symbols: { path: 'srv*', kernelDots: 63, dotsPerLine: 63 },
  bugcheck: {
    code: 'd1',
    args: ['fffff8a00175c010', '2', '0', 'fffff8800447d385'],
    analysis: {
      imageName: 'myfault.sys',
      moduleName: 'myfault',
      processName: 'NotMyfault.exe',
      currentIrql: 2,
      failureBucketId: 'X64_0xD1_myfault+385',
      defaultBucketId: 'WIN7_DRIVER_FAULT',
      probablyCausedBy: 'myfault.sys ( myfault+385 )',
    },
  },
  modules: [
    ntModule,
    { name: 'hal', image: 'hal.dll', base: 'fffff800`013c2000', size: '00049000', symbolStatus: 'deferred' },
    myfaultModule,
    { name: 'Ntfs', image: 'Ntfs.sys', base: 'fffff880`0124f000', size: '001a3000', symbolStatus: 'deferred' },
  ],
  stack: [
    { childSp: 'fffff880`0335f6f8', retAddr: 'fffff800`0148c0e9', args: ['a', 'fffff8a0`0175c010', '2', '0'], symbol: 'nt!KeBugCheckEx' },
    { childSp: 'fffff880`0335f700', retAddr: 'fffff800`0148ad60', args: ['fffffa80`0451b940', '0', 'fffff880`0335f8a0', 'fffffa80`04c77060'], symbol: 'nt!KiBugCheckDispatch+0x69' },
    { childSp: 'fffff880`0335f840', retAddr: 'fffff880`0447d385', args: ['fffffa80`05ec5e00', 'fffff880`0335fb60', '0', '0'], symbol: 'nt!KiPageFault+0x260' },
    { childSp: 'fffff880`0335f9d0', retAddr: 'fffff880`0447d727', args: ['fffffa80`03e07f00', 'fffffa80`0451b940', '0', '0'], symbol: 'myfault!MyfaultDeviceControl+0xa9' },
    { childSp: 'fffff880`0335fa00', retAddr: 'fffff800`017a7a97', args: ['fffffa80`05c0a2a0', 'fffff880`0335fca0', 'fffffa80`05c0a2a0', 'fffffa80`03e07f00'], symbol: 'myfault!MyfaultDispatch+0xb7' },
    zeroArgumentFrame('fffff880`0335fa60', 'fffff800`017a82f6', 'nt!IopXxxControlFile+0x607'),
    zeroArgumentFrame('fffff880`0335fb90', 'fffff800`0148bed3', 'nt!NtDeviceIoControlFile+0x56'),
    zeroArgumentFrame('fffff880`0335fc00', '00000000`77a6138a', 'nt!KiSystemServiceCopyEnd+0x13'),
    zeroArgumentFrame('00000000`0025e7a8', '00000000`00000000', '0x77a6138a'),
  ],
  verifier: {
    flags: '8',
    stats: {
      poolAllocationsAttempted: 'b',
      poolAllocationsSucceeded: 'b',
      poolAllocationsSucceededSpecialPool: 'a',
      poolAllocationsWithNoTag: '1',
      ...verifierTotals(myfaultPoolUsage),
    },
    drivers: [
      {
        name: 'myfault.sys',
        entry: 'fffffa80031b5830',
        state: 'Loaded',
        ...myfaultPoolUsage,
        allocations: LEAK_ADDRESSES.map((address) => ({
          address,
          size: 'fb000',
          tag: 'Leak',
          caller: leakCaller.address,
        })),
      },
    ],
    log: {
      capacity: 0x10000,
      entries: [
        {
          address: 'fffff8a00175c000',
          size: '80',
          thread: 'fffffa80044ceb60',
          operation: 'alloc',
          frames: [
            ...verifierAllocator,
            frameAt('myfault!MyfaultDeviceControl', 0x4f),
            ...ioctlPath,
          ],
        },
        {
          address: 'fffff8a00175c000',
          size: '80',
          thread: 'fffffa80044ceb60',
          operation: 'free',
          frames: [
            { address: 'fffff80001926f1e', symbol: 'nt!VerifierFreeTrackedPool+0x4e' },
            { address: 'fffff800015b8c39', symbol: 'nt!ExFreePoolWithTag+0x2c9' },
            frameAt('myfault!MyfaultDeviceControl', 0x7b),
            ...ioctlPath,
          ],
        },
        ...oldestFirst.map((address, i) => ({
          address,
          size: 'fa000',
          thread: address === 'fffffa8005400000' ? 'fffffa80044ceb60' : THREADS[i % THREADS.length]!,
          operation: 'alloc' as const,
          frames: leakStack,
        })),
      ],
    },
  },
  poolTags: [
    poolTagUsage('Leak', 10, 10280960, 0, 0),
    poolTagUsage('Pool', 5, 2981600, 0, 0),
    poolTagUsage('MmCm', 1007, 2564368, 0, 0),
    poolTagUsage('File', 1745, 569632, 0, 0),
    poolTagUsage('Thre', 802, 969760, 0, 0),
    poolTagUsage('EtwB', 78, 2883584, 4, 131072),
    poolTagUsage('CM31', 0, 0, 5104, 26062848),
    poolTagUsage('MmSt', 0, 0, 1613, 11452736),
    poolTagUsage('Ntff', 0, 0, 1184, 1591296),
    poolTagUsage('Irp ', 402, 219072, 0, 0),
  ],
  memory: {
    physicalPages: 851420,
    availablePages: 566211,
    resAvailPages: 760155,
    freeSystemPtes: 33544650,
    modifiedPages: 10622,
    nonPagedPoolUsage: 13398,
    nonPagedPoolMax: 641334,
    pagedPoolUsage: 24101,
    pagedPoolMax: 33554432,
    committedPages: 196802,
    commitLimit: 1702670,
  },
  poolHitTag: { address: symbolAddress([ntModule], 'nt!PoolHitTag'), initialValue: 'ffffff0f' },
};
