// The scenarios shipped with kdsim, by name, with the one-line descriptions that
// `poolsleuth kdsim --list` prints. Data lives under ./scenarios/.
import mydriverX86 from './scenarios/mydriver-x86.json';
import { liveGrowthX64 } from './scenarios/liveGrowthX64';
import { myfaultX64 } from './scenarios/myfaultX64';
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
];

export function builtinScenarios(): readonly BuiltinScenario[] {
  return REGISTRY;
}

export function findBuiltinScenario(name: string): BuiltinScenario | null {
  return REGISTRY.find((s) => s.name === name) ?? null;
}
