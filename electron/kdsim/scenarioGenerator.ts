// Placeholder replaced below by the real generator.
import type { Scenario } from './scenarioSchema';
export interface GenerateSpec { allocations: number; log: number; sites: number; seed: number }
export function parseGenerateSpec(text: string): GenerateSpec {
  void text;
  throw new Error('not implemented');
}
export function generateScenario(spec: GenerateSpec): Scenario {
  void spec;
  throw new Error('not implemented');
}
