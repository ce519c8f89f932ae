// The Windows 10 x64 kernel (build 19041) that the hand-written x64 scenarios run on:
// what kd prints about it in the banner and vertarget, and ntkrnlmp.exe's module entry.
// Each scenario loads it at its own base and lists the kernel symbols its stacks need.
import { formatPointerTick, parseHex } from '../addressFormat';
import type { ScenarioInput } from '../scenarioSchema';

type SystemInput = ScenarioInput['system'];
type ModuleInput = ScenarioInput['modules'][number];

/** PsLoadedModuleList's offset from the kernel base in this build. */
const PS_LOADED_MODULE_LIST_OFFSET = 0xc2a2b0n;

/** The kernel symbols the scenarios' stacks and commands use, by their offset from the kernel base. */
const KERNEL_SYMBOL_OFFSETS = {
  KiProcessExpiredTimerList: 0xe5aa8n,
  IofCallDriver: 0xee660n,
  ExAllocateHeapPool: 0x1b3250n,
  DbgBreakPointWithStatus: 0x1fdfb0n,
  KiSystemServiceCopyEnd: 0x205890n,
  MmAccessFault: 0x23a3d0n,
  KeBugCheckEx: 0x3f6ce0n,
  KiPageFault: 0x40a1c0n,
  MiSystemFault: 0x46a170n,
  IopXxxControlFile: 0x489390n,
  NtDeviceIoControlFile: 0x48a0f0n,
  ExAllocatePoolWithTag: 0x57e050n,
  VeAllocatePoolWithTagPriority: 0x9bc9d0n,
  VerifierExAllocatePoolWithTag: 0x9bd460n,
  PoolHitTag: 0xc0c2f0n,
} as const;

export type KernelSymbol19041 = keyof typeof KERNEL_SYMBOL_OFFSETS;

/**
 * What kd 10.0.22621 shows of a 4-processor build 19041 machine with the kernel at
 * `kernelBase`: the banner/vertarget facts and the symbol-loading dots (64 a line, no user
 * symbols in a kernel session).
 */
export function windows10Build19041Session(
  kernelBase: string,
  session: Pick<SystemInput, 'sessionTime' | 'uptime'> & { kernelDots: number; unloadedDots: number },
): Pick<ScenarioInput, 'system' | 'symbols'> {
  const { sessionTime, uptime, kernelDots, unloadedDots } = session;
  return {
    system: {
      arch: 'x64',
      connectName: 'Windows 10',
      kernelVersionLine: 'Windows 10 Kernel Version 19041 MP (4 procs) Free x64',
      build: 19041,
      buildLab: '19041.1.amd64fre.vb_release.191206-1406',
      kernelBase,
      psLoadedModuleList: formatPointerTick('x64', parseHex(kernelBase) + PS_LOADED_MODULE_LIST_OFFSET),
      sessionTime,
      uptime,
      processors: 4,
      debuggerVersion: '10.0.22621.2428 AMD64',
    },
    symbols: { path: 'srv*', kernelDots, dotsPerLine: 64, userDots: 0, unloadedDots },
  };
}

/**
 * ntkrnlmp.exe of build 19041 at `kernelBase`, its public PDB loaded, with the named symbols
 * (in this order) at their offsets; `placedAt` gives a symbol an address of its own instead.
 */
export function ntKernelModule19041(
  kernelBase: string,
  names: readonly KernelSymbol19041[],
  placedAt: Partial<Record<KernelSymbol19041, string>> = {},
): ModuleInput {
  const base = parseHex(kernelBase);
  const symbols = names.map((name) => ({ name, address: placedAt[name] ?? formatPointerTick('x64', base + KERNEL_SYMBOL_OFFSETS[name]) }));
  return {
    name: 'nt',
    image: 'ntkrnlmp.exe',
    base: kernelBase,
    size: '01046000',
    symbolStatus: 'pdb',
    pdbPath: 'c:\\symbols\\ntkrnlmp.pdb\\CE4F1C8E7B4B0E4E1FAC1F0C1D8F7E2B1\\ntkrnlmp.pdb',
    symbols,
  };
}
