// The Windows 10 x64 kernel (build 19041) that the hand-written x64 scenarios run on:
// what kd prints about it in the banner and vertarget, and ntkrnlmp.exe's module entry.
// Each scenario loads it at its own base and lists the kernel symbols its stacks need.
import { formatPointerTick, parseHex } from '../addressFormat';
import type { ScenarioInput } from '../scenarioSchema';

type SystemInput = ScenarioInput['system'];
type ModuleInput = ScenarioInput['modules'][number];

/** PsLoadedModuleList's offset from the kernel base in this build. */
const PS_LOADED_MODULE_LIST_OFFSET = 0xc2a2b0n;

/** The banner/vertarget facts of a 4-processor build 19041 machine, with the kernel at `kernelBase`. */
export function windows10Build19041System(
  kernelBase: string,
  session: Pick<SystemInput, 'sessionTime' | 'uptime'>,
): SystemInput {
  return {
    arch: 'x64',
    connectName: 'Windows 10',
    kernelVersionLine: 'Windows 10 Kernel Version 19041 MP (4 procs) Free x64',
    build: 19041,
    buildLab: '19041.1.amd64fre.vb_release.191206-1406',
    kernelBase,
    psLoadedModuleList: formatPointerTick('x64', parseHex(kernelBase) + PS_LOADED_MODULE_LIST_OFFSET),
    ...session,
    processors: 4,
    debuggerVersion: '10.0.22621.2428 AMD64',
  };
}

/** ntkrnlmp.exe of build 19041 at `kernelBase`, its public PDB loaded, with the given symbols. */
export function ntKernelModule19041(kernelBase: string, symbols: ModuleInput['symbols']): ModuleInput {
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
