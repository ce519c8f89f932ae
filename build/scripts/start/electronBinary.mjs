// Finding the Electron binary, and fetching it once with electron's own installer.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The binary's path, or null. The electron package's index.js throws when path.txt is missing. */
export function findElectronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function shortReason(result, timeoutMs) {
  if (result.error?.code === 'ETIMEDOUT') return `timed out after ${Math.round(timeoutMs / 1000)} s`;
  if (result.error) return result.error.message;
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set';
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  const errorLine = output.split('\n').find((line) => /error/i.test(line)) ?? output.split('\n').find((line) => line.trim());
  return (errorLine ?? `installer exited with ${result.status}`).trim().slice(0, 160);
}

/**
 * Runs node_modules/electron/install.js once (it downloads from GitHub or
 * ELECTRON_MIRROR). Its output is captured, not shown: on failure only a short reason is.
 * @returns {{ binary: string } | { binary: null, reason: string }}
 */
export function downloadElectronBinary(timeoutMs = 60_000) {
  let installer;
  try {
    installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return { binary: null, reason: 'the electron package is not installed' };
  }
  const result = spawnSync(process.execPath, [installer], {
    cwd: dirname(installer),
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const binary = findElectronBinary();
  return binary ? { binary } : { binary: null, reason: `download failed: ${shortReason(result, timeoutMs)}` };
}
