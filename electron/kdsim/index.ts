// Public API of kdsim for the rest of the app and for tests.
export { createKdsim, type CreateKdsimArgs, type KdsimHandle, type KdsimOptions } from './kdsimRepl';
export { listScenarios, loadScenario, parseScenario, ScenarioError } from './scenarioLoader';
export { generateScenario, parseGenerateSpec, type GenerateSpec } from './scenarioGenerator';
export { scenarioSchema, type Scenario, type ScenarioInput } from './scenarioSchema';
export { runKdsimCli } from './kdsimCli';
