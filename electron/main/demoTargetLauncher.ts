// How the Electron app starts its own CLI (for `kdsim`, the demo target).
// Inside Electron, process.execPath is the Electron binary, so the child must
// run with ELECTRON_RUN_AS_NODE or it would open a second app instead.
import { join } from 'node:path';
import { bundledCliLauncher, sourceCliLauncher, type CliLauncher } from '../service/nodeEntryPoints';

export function electronCliLauncher(mainDir: string, isPackaged: boolean): CliLauncher {
  // The packaged app has no tsx and no sources: it ships out/cli (build/scripts/buildNodeEntries.mjs).
  if (isPackaged) return bundledCliLauncher(join(mainDir, '..', 'cli', 'poolsleuth.mjs'));
  // A checkout runs the current sources (a bundle could be stale), through tsx.
  const fromSource = sourceCliLauncher();
  return { ...fromSource, env: { ...fromSource.env, ELECTRON_RUN_AS_NODE: '1' } };
}
