// special-pool-corruption-x64: Windows 10 x64 dump, bug check 0xD6
// (DRIVER_PAGE_FAULT_BEYOND_END_OF_ALLOCATION): overrun.sys wrote past the end of a
// 0x40-byte special-pool block into the guard page. !pool on Arg1 (the guard page) and
// on the block, the verifier log for the block, and the faulting stack.
import type { ScenarioInput } from '../scenarioSchema';
import { ntKernelModule19041, windows10Build19041Session } from './windows10Build19041';
import { zeroArgumentFrame as f } from './zeroArgumentFrame';
import { poolTagUsage } from './poolTagUsage';
import { symbolAddress, symbolFrames, type ModuleInput } from './symbolFrames';
import { verifierTotals, type PoolUsage } from './verifierTotals';

const ntModule = ntKernelModule19041('fffff801`2a000000', [
  'IofCallDriver',
  'MmAccessFault',
  'KeBugCheckEx',
  'KiPageFault',
  'MiSystemFault',
  'VeAllocatePoolWithTagPriority',
  'VerifierExAllocatePoolWithTag',
  'PoolHitTag',
]);

const overrunModule: ModuleInput = {
  name: 'overrun',
  image: 'overrun.sys',
  base: 'fffff801`34560000',
  size: '00007000',
  symbolStatus: 'private pdb',
  pdbPath: 'c:\\src\\overrun\\x64\\Debug\\overrun.pdb',
  imagePath: '\\SystemRoot\\system32\\drivers\\overrun.sys',
  symbols: [
    { name: 'OvrnDispatchWrite', address: 'fffff801`34561100', file: 'c:\\src\\overrun\\write.c', lines: [{ address: 'fffff801`34561100', line: 30 }, { address: 'fffff801`34561150', line: 47 }, { address: 'fffff801`34561190', line: 52 }] },
    { name: 'OvrnFillBuffer', address: 'fffff801`34561240', file: 'c:\\src\\overrun\\fill.c', lines: [{ address: 'fffff801`34561240', line: 12 }, { address: 'fffff801`34561270', line: 19 }] },
    { name: 'OvrnUnload', address: 'fffff801`34561300', file: 'c:\\src\\overrun\\driver.c', lines: [{ address: 'fffff801`34561300', line: 80 }] },
  ],
};

const frameAt = symbolFrames([ntModule, overrunModule]);

/** overrun.sys is the only verified driver: its pool usage is also the verifier's totals. */
const overrunPoolUsage: PoolUsage = {
  current: { nonPagedAllocations: '1', nonPagedBytes: '40', pagedAllocations: '0', pagedBytes: '0' },
  peak: { nonPagedAllocations: '3', nonPagedBytes: 'c0', pagedAllocations: '0', pagedBytes: '0' },
};

export const specialPoolCorruptionX64: ScenarioInput = {
  schemaVersion: 1,
  name: 'special-pool-corruption-x64',
  description: 'Windows 10 x64 dump, bug check 0xD6: overrun.sys wrote past a special-pool block (Ovrn) into the guard page',
  target: { kind: 'dump', dumpFile: 'C:\\Windows\\MEMORY.DMP' },
  ...windows10Build19041Session('fffff801`2a000000', {
    sessionTime: 'Fri Feb  9 11:02:19.764 2024 (UTC + 1:00)',
    uptime: '0 days 0:06:51.230',
    kernelDots: 176,
    unloadedDots: 6,
  }),
  bugcheck: {
    code: 'd6',
    args: ['ffffc10fa3e4f000', '1', 'fffff80134561284', '0'],
    analysis: {
      imageName: 'overrun.sys',
      moduleName: 'overrun',
      processName: 'System',
      failureBucketId: 'AV_VRF_W_(null)_overrun!OvrnFillBuffer',
      probablyCausedBy: 'overrun.sys ( overrun!OvrnFillBuffer+44 )',
      faultingAddress: 'fffff80134561284',
      extraFields: [['FAULTING_IP', 'overrun!OvrnFillBuffer+44']],
    },
  },
  modules: [
    ntModule,
    overrunModule,
  ],
  stack: [
    { childSp: 'ffff8e06`3f1c6f58', retAddr: 'fffff801`2a46a3c5', args: ['50', 'ffffc10f`a3e4f000', '2', 'ffff8e06`3f1c7200'], symbol: 'nt!KeBugCheckEx' },
    f('ffff8e06`3f1c6f60', 'fffff801`2a23a61f', 'nt!MiSystemFault+0x1255'),
    f('ffff8e06`3f1c7060', 'fffff801`2a40a35e', 'nt!MmAccessFault+0x24f'),
    f('ffff8e06`3f1c7200', 'fffff801`34561284', 'nt!KiPageFault+0x19e'),
    f('ffff8e06`3f1c7390', 'fffff801`345611a2', 'overrun!OvrnFillBuffer+0x44', 'c:\\src\\overrun\\fill.c', 19),
    f('ffff8e06`3f1c73c0', 'fffff801`2a0ee6b5', 'overrun!OvrnDispatchWrite+0xa2', 'c:\\src\\overrun\\write.c', 52),
    f('ffff8e06`3f1c7400', 'fffff801`2a4a1f20', 'nt!IofCallDriver+0x55'),
  ],
  verifier: {
    flags: '9',
    stats: {
      poolAllocationsAttempted: '1c2',
      poolAllocationsSucceeded: '1c2',
      poolAllocationsSucceededSpecialPool: '1c2',
      ...verifierTotals(overrunPoolUsage),
    },
    drivers: [
      {
        name: 'overrun.sys',
        entry: 'ffffc10f9e2d1010',
        state: 'Loaded',
        ...overrunPoolUsage,
        allocations: [{ address: 'ffffc10fa3e4efc0', size: '40', tag: 'Ovrn', caller: 'fffff8013456116d' }],
      },
    ],
    log: {
      capacity: 0x10000,
      entries: [
        {
          address: 'ffffc10fa3e4efc0',
          size: '40',
          thread: 'ffffb50e4a2c1080',
          frames: [
            frameAt('nt!VeAllocatePoolWithTagPriority', 0x2ee),
            frameAt('nt!VerifierExAllocatePoolWithTag', 0x24),
            frameAt('overrun!OvrnDispatchWrite', 0x6d),
            frameAt('nt!IofCallDriver', 0x55),
            { address: 'fffff8012a4a1f20', symbol: 'nt!IopSynchronousServiceTail+0x1a8' },
          ],
        },
      ],
    },
  },
  poolTags: [
    poolTagUsage('Ovrn', 1, 64, 0, 0),
    poolTagUsage('File', 5120, 2457600, 0, 0),
  ],
  poolPages: [
    {
      address: 'ffffc10fa3e4e000',
      region: 'Special pool',
      specialPoolType: 'non-paged',
      blocks: [{ address: 'ffffc10fa3e4efc0', size: '40', tag: 'Ovrn' }],
    },
    {
      address: 'ffffc10fa3e4f000',
      region: 'Special pool',
      corruptionText: ['Address ffffc10fa3e4f000 could not be read. It may be a freed, invalid or paged out page'],
      blocks: [],
    },
  ],
  memory: {
    physicalPages: 2096892, availablePages: 1601331, resAvailPages: 1933012, freeSystemPtes: 4294981887,
    nonPagedPoolUsage: 28012, nonPagedPoolMax: 4294967296, pagedPoolUsage: 61233, pagedPoolMax: 4294967296,
    specialPool: 412, committedPages: 701223, commitLimit: 2621180,
  },
  poolHitTag: { address: symbolAddress([ntModule], 'nt!PoolHitTag'), initialValue: '0' },
};
