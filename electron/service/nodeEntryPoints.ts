// How to start our own Node programs (kdsim, the CLI) as child processes.
// From source (npm start in browser mode, tests) we run the TypeScript through
// tsx; the bundled CLI (out/cli, `npm run build`) starts its own bundle; the packaged
// Electron app passes its launcher explicitly.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface CliLauncher {
  /** Executable and leading arguments; the sub-command and its options follow. */
  argvPrefix: string[];
  env?: Record<string, string>;
}

/**
 * The folder of our package.json: from electron/service in source, from out/cli/chunks
 * (or wherever a bundle put this module) in a bundle, so the depth is not fixed.
 */
function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '../..');
  }
}

export const repoRoot = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

/** Names a bundle of the CLI that every start of kdsim or the CLI uses instead of the source (the integration tests build one). */
export const CLI_BUNDLE_ENV = 'POOLSLEUTH_CLI_BUNDLE';

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

/**
 * How this process starts another of the CLI's sub-commands (kdsim for the demo target):
 * the bundle named by POOLSLEUTH_CLI_BUNDLE; else from source through tsx when this module
 * runs as TypeScript; else the bundle this process runs (a bundled CLI's entry is argv[1]).
 */
export function ownCliLauncher(): CliLauncher {
  const named = process.env[CLI_BUNDLE_ENV];
  if (named) return bundledCliLauncher(path.resolve(named));
  if (import.meta.url.endsWith('.ts')) return sourceCliLauncher();
  return bundledCliLauncher(path.resolve(process.argv[1] ?? ''));
}
