// live-growth-x64: a Windows 10 x64 test machine on KDNET whose 'Leak' pool tag grows
// every time the target runs (a driver leaking nonpaged pool on each IOCTL). No
// verifier: this is the pool-growth playbook's target (!vm, !poolused, !poolfind,
// PoolHitTag with ed nt!PoolHitTag 0x6b61654c, snapshots between runs).
import type { ScenarioInput } from '../scenarioSchema';
import { ntKernelModule19041, windows10Build19041Session } from './windows10Build19041';
import { zeroArgumentFrame as frame } from './zeroArgumentFrame';
import { poolTagUsage } from './poolTagUsage';
import { symbolAddress, type ModuleInput } from './symbolFrames';

/** ExAllocatePoolWithTag into the heap allocator: the top of both leaking stacks. */
const poolAllocator = [
  frame('ffff8a0c`3e5f7458', 'fffff806`1c9b4cb4', 'nt!ExAllocateHeapPool+0x1a5b'),
  frame('ffff8a0c`3e5f7460', 'fffff806`1cd7e0a9', 'nt!ExAllocatePoolWithTag+0x64'),
];

/** leakydrv allocates its record from an IOCTL and from a timer DPC: the two PoolHitTag stacks. */
const leakyStacks = {
  ioctl: [
    ...poolAllocator,
    frame('ffff8a0c`3e5f74b0', 'fffff806`2a4f1262', 'leakydrv!LeakyAllocateRecord+0x29', 'c:\\src\\leakydrv\\record.c', 41),
    frame('ffff8a0c`3e5f74f0', 'fffff806`2a4f1455', 'leakydrv!LeakyDeviceControl+0x62', 'c:\\src\\leakydrv\\ioctl.c', 117),
    frame('ffff8a0c`3e5f7530', 'fffff806`1c8ee6b5', 'nt!IofCallDriver+0x55'),
    frame('ffff8a0c`3e5f7570', 'fffff806`1cc8a148', 'nt!IopSynchronousServiceTail+0x1a8'),
    frame('ffff8a0c`3e5f7610', 'fffff806`1cc89a36', 'nt!IopXxxControlFile+0x6a8'),
    frame('ffff8a0c`3e5f7760', 'fffff806`1ca058b5', 'nt!NtDeviceIoControlFile+0x56'),
    frame('ffff8a0c`3e5f77d0', '00007ffc`9a36ce54', 'nt!KiSystemServiceCopyEnd+0x25'),
  ],
  timer: [
    ...poolAllocator,
    frame('ffff8a0c`3e5f74b0', 'fffff806`2a4f13c7', 'leakydrv!LeakyCacheInsert+0x47', 'c:\\src\\leakydrv\\cache.c', 88),
    frame('ffff8a0c`3e5f74f0', 'fffff806`1c8e5c1a', 'leakydrv!LeakyTimerDpc+0x35', 'c:\\src\\leakydrv\\timer.c', 23),
    frame('ffff8a0c`3e5f7530', 'fffff806`1c8ee6b5', 'nt!KiProcessExpiredTimerList+0x172'),
    frame('ffff8a0c`3e5f7570', 'fffff806`1c9fa1be', 'nt!KiRetireDpcList+0x5dd'),
    frame('ffff8a0c`3e5f7610', '00000000`00000000', 'nt!KiIdleLoop+0x9e'),
  ],
};

const ntModule: ModuleInput = {
  ...ntKernelModule19041(
    'fffff806`1c800000',
    [
      'IofCallDriver',
      'KiProcessExpiredTimerList',
      'ExAllocateHeapPool',
      'DbgBreakPointWithStatus',
      'KiSystemServiceCopyEnd',
      'IopXxxControlFile',
      'NtDeviceIoControlFile',
      'ExAllocatePoolWithTag',
      'PoolHitTag',
    ],
    // 0x100000 past the build's offset, as this scenario was first written; tests quote the address.
    { PoolHitTag: 'fffff806`1d50c2f0' },
  ),
  // Only this scenario's kernel prints lmv's version block.
  timestamp: 'a3c52b2e',
  timestampText: 'Sat Jan 12 16:47:10 2057 (This is a reproducible build file hash, not a timestamp)',
  checksum: '00a6d2a5',
  fileVersion: '10.0.19041.3803 (WinBuild.160101.0800)',
  companyName: 'Microsoft Corporation',
  fileDescription: 'NT Kernel & System',
};

export const liveGrowthX64: ScenarioInput = {
  schemaVersion: 1,
  name: 'live-growth-x64',
  description: "Windows 10 x64 live KDNET target: nonpaged 'Leak' tag grows each time the target runs; PoolHitTag works",
  target: { kind: 'live', transport: 'kdnet' },
  ...windows10Build19041Session('fffff806`1c800000', {
    sessionTime: 'Mon Mar  4 09:15:02.118 2024 (UTC + 1:00)',
    uptime: '0 days 2:11:47.402',
    kernelDots: 187,
    unloadedDots: 12,
  }),
  modules: [
    ntModule,
    {
      name: 'leakydrv',
      image: 'leakydrv.sys',
      base: 'fffff806`2a4f0000',
      size: '00009000',
      symbolStatus: 'private pdb',
      pdbPath: 'c:\\src\\leakydrv\\x64\\Debug\\leakydrv.pdb',
      imagePath: '\\SystemRoot\\system32\\DRIVERS\\leakydrv.sys',
      timestamp: '65e5a1c0',
      timestampText: 'Mon Mar  4 11:24:00 2024',
      checksum: '0001a3f4',
      symbols: [
        { name: 'LeakyAllocateRecord', address: 'fffff806`2a4f1239', file: 'c:\\src\\leakydrv\\record.c', lines: [{ address: 'fffff806`2a4f1239', line: 33 }, { address: 'fffff806`2a4f1250', line: 41 }] },
        { name: 'LeakyCacheInsert', address: 'fffff806`2a4f1380', file: 'c:\\src\\leakydrv\\cache.c', lines: [{ address: 'fffff806`2a4f1380', line: 70 }, { address: 'fffff806`2a4f13b0', line: 88 }] },
        { name: 'LeakyDeviceControl', address: 'fffff806`2a4f13f3', file: 'c:\\src\\leakydrv\\ioctl.c', lines: [{ address: 'fffff806`2a4f13f3', line: 95 }, { address: 'fffff806`2a4f1440', line: 117 }] },
        { name: 'LeakyTimerDpc', address: 'fffff806`2a4f1500', file: 'c:\\src\\leakydrv\\timer.c', lines: [{ address: 'fffff806`2a4f1500', line: 15 }] },
      ],
    },
    { name: 'hal', image: 'hal.dll', base: 'fffff806`1c600000', size: '00006000', symbolStatus: 'deferred' },
    { name: 'kdnet', image: 'kdnet.dll', base: 'fffff806`1b2a0000', size: '00029000', symbolStatus: 'deferred' },
  ],
  stack: [],
  poolTags: [
    poolTagUsage('Leak', 4800, 19660800, 0, 0),
    poolTagUsage('File', 6211, 2981280, 0, 0),
    poolTagUsage('Thre', 1873, 3236544, 0, 0),
    poolTagUsage('EtwB', 142, 6602752, 11, 360448),
    poolTagUsage('MmSt', 0, 0, 4820, 37761024),
    poolTagUsage('CM31', 0, 0, 11230, 57917440),
    poolTagUsage('Ntfx', 3310, 582560, 0, 0),
  ],
  poolPages: [
    {
      address: 'ffffb30f`4c3d2000',
      region: 'Nonpaged pool',
      blocks: [{ address: 'ffffb30f`4c3d2000', size: '1000', tag: 'Leak', large: true }],
    },
  ],
  memory: {
    physicalPages: 2096892,
    availablePages: 1376412,
    resAvailPages: 1902113,
    freeSystemPtes: 4294981887,
    modifiedPages: 21872,
    nonPagedPoolUsage: 40960,
    nonPagedPoolMax: 4294967296,
    pagedPoolUsage: 72704,
    pagedPoolMax: 4294967296,
    committedPages: 802114,
    commitLimit: 2621180,
  },
  poolHitTag: { address: symbolAddress([ntModule], 'nt!PoolHitTag'), initialValue: '0' },
  live: {
    initialState: 'broken',
    breakInStack: [
      frame('fffff806`20e74b48', 'fffff806`1ca4b9e2', 'nt!DbgBreakPointWithStatus'),
      frame('fffff806`20e74b50', 'fffff806`1ca4a2f4', 'nt!KdCheckForDebugBreak+0x17b2b2'),
      frame('fffff806`20e74b80', 'fffff806`1c8d8b2a', 'nt!KeAccumulateTicks+0x1c7d8a'),
      frame('fffff806`20e74be0', 'fffff806`1c8d8a67', 'nt!KeClockInterruptNotify+0x98a'),
      frame('fffff806`20e74f30', 'fffff806`1c9fc0f5', 'nt!KiCallInterruptServiceRoutine+0xa5'),
      frame('fffff806`20e74f70', 'fffff806`1c9fc8a7', 'nt!KiInterruptSubDispatchNoLockNoEtw+0xfa'),
      frame('ffff8a0c`3d2a7a00', 'fffff806`1ca01b6a', 'nt!KiInterruptDispatchNoLockNoEtw+0x37'),
      frame('ffff8a0c`3d2a7b90', '00000000`00000000', 'nt!KiIdleLoop+0x5a'),
    ],
    growth: [
      {
        tag: 'Leak',
        nonPagedAllocsPerRun: 240,
        nonPagedBytesPerRun: 983040,
        blockAddressBase: 'ffffb30f`4c3d3000',
        blockSize: '1000',
      },
    ],
    // The same allocation in the pool allocator, reached from the IOCTL and from the timer DPC.
    poolHitSites: [leakyStacks.ioctl, leakyStacks.timer].map((stack) => ({
      tag: 'Leak',
      size: 'ff0',
      breakSymbol: 'nt!ExAllocateHeapPool+0x1a5b',
      breakAddress: 'fffff806`1c9b4cab',
      stack,
    })),
  },
};
