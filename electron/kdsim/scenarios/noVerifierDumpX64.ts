// no-verifier-dump-x64: a Windows 10 x64 manual crash dump (0xE2) of a machine whose
// nonpaged pool was eaten by tag 'Gbuf'. No Driver Verifier: !verifier shows no pool
// tracking and an empty log; the pool-growth playbook works from !vm, !poolused, !poolfind.
import type { ScenarioInput } from '../scenarioSchema';
import { ntKernelModule19041, windows10Build19041Session } from './windows10Build19041';
import { poolTagUsage } from './poolTagUsage';
import { symbolAddress } from './symbolFrames';

const blocks = Array.from({ length: 12 }, (_, i) => ({
  address: `ffff9c8a5b2${(0x10 + i).toString(16)}000`,
  size: '2000',
  tag: 'Gbuf',
  large: true,
}));

const ntModule = ntKernelModule19041('fffff807`4a200000', ['KeBugCheckEx', 'PoolHitTag']);

export const noVerifierDumpX64: ScenarioInput = {
  schemaVersion: 1,
  name: 'no-verifier-dump-x64',
  description: "Windows 10 x64 manual crash dump (0xE2), no Driver Verifier: nonpaged pool eaten by tag 'Gbuf' (pool-growth playbook)",
  target: { kind: 'dump', dumpFile: 'C:\\Windows\\MEMORY.DMP', dumpKind: 'Kernel Bitmap Dump File: Full address space is available' },
  ...windows10Build19041Session('fffff807`4a200000', {
    sessionTime: 'Tue May 14 08:44:10.031 2024 (UTC + 2:00)',
    uptime: '6 days 3:12:44.817',
    kernelDots: 201,
    unloadedDots: 14,
  }),
  bugcheck: {
    code: 'e2',
    args: ['0', '0', '0', '0'],
    analysis: {
      imageName: 'kbdhid.sys',
      moduleName: 'kbdhid',
      processName: 'System',
      failureBucketId: 'MANUALLY_INITIATED_CRASH_kbdhid!KbdHidProcessCrashDump',
      probablyCausedBy: 'kbdhid.sys ( kbdhid!KbdHidProcessCrashDump+2d8 )',
    },
  },
  modules: [
    ntModule,
    { name: 'kbdhid', image: 'kbdhid.sys', base: 'fffff807`50a80000', size: '00011000', symbolStatus: 'pdb', symbols: [{ name: 'KbdHidProcessCrashDump', address: 'fffff807`50a81a20' }] },
    { name: 'gfxbuf', image: 'gfxbuf.sys', base: 'fffff807`51200000', size: '0002c000', symbolStatus: 'export', symbols: [{ name: 'GfxAllocateSurface', address: 'fffff807`51201340' }] },
  ],
  stack: [
    { childSp: 'ffffa78c`4b7f6c98', retAddr: 'fffff807`50a81cf8', args: ['e2', '0', '0', '0'], symbol: 'nt!KeBugCheckEx' },
    { childSp: 'ffffa78c`4b7f6ca0', retAddr: 'fffff807`50a81051', args: ['0', '0', '0', '0'], symbol: 'kbdhid!KbdHidProcessCrashDump+0x2d8' },
  ],
  poolTags: [
    poolTagUsage('Gbuf', 187412, 1535279104, 0, 0),
    poolTagUsage('File', 9120, 4377600, 0, 0),
    poolTagUsage('Thre', 2210, 3818880, 0, 0),
    poolTagUsage('MmSt', 0, 0, 7713, 61210624),
    poolTagUsage('CM31', 0, 0, 12873, 66256896),
  ],
  poolPages: [{ address: 'ffff9c8a5b210000', region: 'Nonpaged pool', blocks }],
  memory: {
    physicalPages: 2096892, availablePages: 98122, resAvailPages: 201133, freeSystemPtes: 4294981887,
    nonPagedPoolUsage: 392411, nonPagedPoolMax: 4294967296, pagedPoolUsage: 71200, pagedPoolMax: 4294967296,
    committedPages: 2402113, commitLimit: 2621180,
  },
  poolHitTag: { address: symbolAddress([ntModule], 'nt!PoolHitTag'), initialValue: '0' },
};
