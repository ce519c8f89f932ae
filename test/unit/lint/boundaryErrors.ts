// Runs the repository's ESLint config on an in-memory snippet placed (by file path)
// in a layer, and returns the messages of the layer-boundaries rule.
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, expect } from 'vitest';

export const repoRoot = resolve(import.meta.dirname, '../../..');
const ruleId = 'poolsleuth/layer-boundaries';
let eslint: ESLint | null = null;

export async function boundaryErrors(code: string, file: string): Promise<string[]> {
  eslint ??= new ESLint({ cwd: repoRoot });
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, file) });
  expect(result, `no lint result for ${file}`).toBeDefined();
  // Anything other than our rule failing here means the snippet itself is broken.
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal, JSON.stringify(fatal)).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === ruleId && m.severity === 2).map((m) => m.message);
}

/** Loads the config once before a file's tests (slow on a loaded machine), outside any test's timeout. */
export function loadLintConfigBeforeAll(): void {
  beforeAll(async () => {
    eslint ??= new ESLint({ cwd: repoRoot });
    await eslint.lintText('export {};\n', { filePath: join(repoRoot, 'electron/contract/warmUp.ts') });
  }, 120_000);
}
