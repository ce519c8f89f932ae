// Global setup of the integration project: bundles the CLI once and names it in
// POOLSLEUTH_CLI_BUNDLE, so every kdsim and CLI process the tests start (about 180 per
// run) loads plain JavaScript instead of compiling TypeScript through tsx — half the CPU
// of each start. The bundle is the one `npm run build` ships (build/scripts/nodeEntryBundle.mjs),
// made fresh from the sources; the E2E tests keep the tsx path (`serve` from source).
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { bundleNodeEntry } from '../../build/scripts/nodeEntryBundle.mjs';
import { CLI_BUNDLE_ENV, repoRoot } from '../../electron/service/nodeEntryPoints';

export default async function setup(): Promise<() => void> {
  // Inside the repository, so the bundle finds node_modules and our package.json.
  const parent = path.join(repoRoot, 'test-output');
  mkdirSync(parent, { recursive: true });
  const outDir = mkdtempSync(path.join(parent, 'cli-bundle-'));
  chmodSync(outDir, 0o755); // the SSH tests' sshd runs it as their own test user
  const bundle = await bundleNodeEntry({ root: repoRoot, name: 'poolsleuth', entry: path.join(repoRoot, 'electron/cli/main.ts'), outDir });
  process.env[CLI_BUNDLE_ENV] = bundle;
  return () => rmSync(outDir, { recursive: true, force: true });
}
