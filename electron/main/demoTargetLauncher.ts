// How the Electron app starts the demo target (kdsim): in an Electron utilityProcess
// (utilityProcessTransport.ts), never as a child of the Electron binary with
// ELECTRON_RUN_AS_NODE — the packaged app's RunAsNode fuse is off. Browser mode and
// the CLI keep the plain child process (electron/service/nodeEntryPoints.ts).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DebuggerEncoding } from '../contract';
import type { DebuggerTransport } from '../debugger/debuggerTransport';
import { repoRoot } from '../service/nodeEntryPoints';
import { UtilityProcessTransport, type UtilityFork } from './utilityProcessTransport';

export interface KdsimUtilityModule {
  modulePath: string;
  execArgv: string[];
}

/** The utility process's entry: the bundle in a packaged app, the TypeScript source (through tsx) in a checkout. */
export function kdsimUtilityModule(mainDir: string, isPackaged: boolean): KdsimUtilityModule {
  // out/main/index.cjs → out/kdsim/kdsim-utility.mjs (build/scripts/buildNodeEntries.mjs), inside app.asar when packaged.
  if (isPackaged) return { modulePath: join(mainDir, '..', 'kdsim', 'kdsim-utility.mjs'), execArgv: [] };
  // A checkout runs the current sources (a bundle could be stale).
  const tsxLoader = createRequire(join(repoRoot, 'package.json')).resolve('tsx');
  return { modulePath: join(repoRoot, 'electron/main/kdsimUtilityEntry.ts'), execArgv: ['--import', pathToFileURL(tsxLoader).href] };
}

export function utilityProcessKdsim(
  fork: UtilityFork,
  module: KdsimUtilityModule,
  env: NodeJS.ProcessEnv,
): (scenario: string, flags: readonly string[], encoding?: DebuggerEncoding) => DebuggerTransport {
  // kdsim writes the code page it is told to (like kd on a CJK Windows); the session decodes the pipe the same way.
  return (scenario, flags, encoding) =>
    new UtilityProcessTransport({
      fork,
      modulePath: module.modulePath,
      execArgv: module.execArgv,
      args: ['kdsim', '--scenario', scenario, ...(encoding ? ['--encoding', encoding] : []), ...flags],
      env,
      description: `demo target ${scenario}`,
      encoding: encoding ?? 'utf-8',
    });
}
