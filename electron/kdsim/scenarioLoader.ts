// Loads a scenario by built-in name or from a JSON file and validates it. Errors name
// the offending field path ("verifier.drivers[0].allocations[2].address: expected ...").
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { builtinScenarios, findBuiltinScenario } from './builtinScenarios';
import { scenarioSchema, type Scenario } from './scenarioSchema';

export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text || '(root)';
}

export function formatScenarioIssues(error: z.ZodError, source: string): string {
  const lines = error.issues.slice(0, 10).map((issue) => `  ${fieldPath(issue.path)}: ${issue.message}`);
  const more = error.issues.length > 10 ? [`  … and ${error.issues.length - 10} more`] : [];
  return [`invalid scenario ${source}:`, ...lines, ...more].join('\n');
}

/** Validates scenario data (already parsed JSON or a TS object). */
export function parseScenario(data: unknown, source = '(inline)'): Scenario {
  const result = scenarioSchema.safeParse(data);
  if (!result.success) throw new ScenarioError(formatScenarioIssues(result.error, source));
  return result.data;
}

export function listScenarios(): { name: string; description: string }[] {
  return builtinScenarios().map(({ name, description }) => ({ name, description }));
}

function looksLikePath(nameOrPath: string): boolean {
  return /[\\/]/.test(nameOrPath) || nameOrPath.endsWith('.json');
}

/** A built-in scenario name (see listScenarios) or a path to a scenario JSON file. */
export function loadScenario(nameOrPath: string): Scenario {
  const builtin = findBuiltinScenario(nameOrPath);
  if (builtin) return parseScenario(builtin.load(), `'${nameOrPath}'`);
  if (!looksLikePath(nameOrPath)) {
    const names = builtinScenarios().map((s) => s.name).join(', ');
    throw new ScenarioError(`unknown scenario '${nameOrPath}'; valid names: ${names} (or a path to a .json file)`);
  }
  let text: string;
  try {
    text = readFileSync(nameOrPath, 'utf8');
  } catch (err) {
    throw new ScenarioError(`cannot read scenario file ${nameOrPath}: ${err instanceof Error ? err.message : String(err)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ScenarioError(`scenario file ${nameOrPath} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  return parseScenario(data, nameOrPath);
}
