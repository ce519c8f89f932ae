// How the Electron app starts its own CLI (for `kdsim`, the demo target).
// Inside Electron, process.execPath is the Electron binary, so the child must
// run with ELECTRON_RUN_AS_NODE or it would open a second app instead.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CliLauncher } from '../service/nodeEntryPoints';
import { bundledCliLauncher, sourceCliLauncher } from '../service/nodeEntryPoints';

export function electronCliLauncher(mainDir: string, isPackaged: boolean): CliLauncher {
  const bundle = join(mainDir, '..', 'cli', 'poolsleuth.mjs');
  if (isPackaged || existsSync(bundle)) return bundledCliLauncher(bundle);
  // A checkout whose CLI bundle is not built yet: run the sources through tsx.
  const fromSource = sourceCliLauncher();
  return { ...fromSource, env: { ...fromSource.env, ELECTRON_RUN_AS_NODE: '1' } };
}
