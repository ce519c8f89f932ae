// The scenarios shipped with kdsim, by name, with the one-line descriptions that
// `poolsleuth kdsim --list` prints. Data lives under ./scenarios/.
import mydriverX86 from './scenarios/mydriver-x86.json';
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
];

export function builtinScenarios(): readonly BuiltinScenario[] {
  return REGISTRY;
}

export function findBuiltinScenario(name: string): BuiltinScenario | null {
  return REGISTRY.find((s) => s.name === name) ?? null;
}
