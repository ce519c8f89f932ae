// How to start our own Node programs (kdsim, the CLI) as child processes.
// From source (npm start in browser mode, tests) we run the TypeScript through
// tsx; the packaged Electron app passes the bundled CLI instead.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface CliLauncher {
  /** Executable and leading arguments; the sub-command and its options follow. */
  argvPrefix: string[];
  env?: Record<string, string>;
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs electron/cli/main.ts from source with the tsx loader (absolute, so cwd does not matter). */
export function sourceCliLauncher(): CliLauncher {
  const tsxLoader = createRequire(import.meta.url).resolve('tsx');
  return {
    argvPrefix: [process.execPath, '--import', pathToFileURL(tsxLoader).href, path.join(repoRoot, 'electron/cli/main.ts')],
  };
}

/** Runs a bundled CLI with the current runtime; inside Electron, as plain Node. */
export function bundledCliLauncher(bundlePath: string): CliLauncher {
  const insideElectron = Boolean(process.versions.electron);
  return {
    argvPrefix: [process.execPath, bundlePath],
    env: insideElectron ? { ELECTRON_RUN_AS_NODE: '1' } : undefined,
  };
}
