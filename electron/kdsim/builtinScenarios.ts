// The scenarios shipped with kdsim, by name, with the one-line descriptions that
// `poolsleuth kdsim --list` prints. Data lives under ./scenarios/.
import mydriverX86 from './scenarios/mydriver-x86.json';
import { liveGrowthX64 } from './scenarios/liveGrowthX64';
import { myfaultX64 } from './scenarios/myfaultX64';
import { noVerifierDumpX64 } from './scenarios/noVerifierDumpX64';
import { specialPoolCorruptionX64 } from './scenarios/specialPoolCorruptionX64';
import { win10LeakX64 } from './scenarios/win10LeakX64';
import { DEFAULT_GENERATE_SPEC, generateScenarioInput } from './scenarioGenerator';
import type { ScenarioInput } from './scenarioSchema';

export interface BuiltinScenario {
  name: string;
  description: string;
  load: () => ScenarioInput;
}

const REGISTRY: BuiltinScenario[] = [
  {
    name: 'mydriver-x86',
    description: 'Windows 8.1 x86, bug check 0xC4/0x62: MyDriver.sys leaked VMdl, mdrv, Vfwi (MS docs walkthrough)',
    load: () => mydriverX86 as ScenarioInput,
  },
  {
    name: 'myfault-x64',
    description: "Windows 7 SP1 x64 dump: myfault.sys leaked ten 'Leak' blocks, verifier pool tracking (NTDebugging Part 6)",
    load: () => myfaultX64,
  },
  {
    name: 'live-growth-x64',
    description: "Windows 10 x64 live KDNET target: nonpaged 'Leak' tag grows each time the target runs; PoolHitTag works",
    load: () => liveGrowthX64,
  },
  {
    name: 'win10-leak-x64',
    description: win10LeakX64.description,
    load: () => win10LeakX64,
  },
  {
    name: 'special-pool-corruption-x64',
    description: specialPoolCorruptionX64.description,
    load: () => specialPoolCorruptionX64,
  },
  {
    name: 'no-verifier-dump-x64',
    description: noVerifierDumpX64.description,
    load: () => noVerifierDumpX64,
  },
  {
    name: 'generated-large-x64',
    description: `Generated (--generate allocations=${DEFAULT_GENERATE_SPEC.allocations},log=${DEFAULT_GENERATE_SPEC.log},sites=${DEFAULT_GENERATE_SPEC.sites}): thousands of leaked allocations, full 0x10000-entry log`,
    load: () => generateScenarioInput({ ...DEFAULT_GENERATE_SPEC }),
  },
];

export function builtinScenarios(): readonly BuiltinScenario[] {
  return REGISTRY;
}

export function findBuiltinScenario(name: string): BuiltinScenario | null {
  return REGISTRY.find((s) => s.name === name) ?? null;
}
