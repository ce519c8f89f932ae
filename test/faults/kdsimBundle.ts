// kdsim for the fault matrix, bundled once per pass with esbuild: started through tsx
// every run costs ~0.7 s of CPU (compiling the CLI), as a bundle ~0.25 s, and the
// matrix starts it ~500 times. Same code (electron/kdsim via runKdsimCli), one file in
// a world-readable temp folder, so the test sshd's user can run it too.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface KdsimBundle {
  /** node and the bundle; kdsim's options follow. */
  argvPrefix: string[];
  remove(): void;
}

const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'kdsimBundleEntry.ts');

export async function bundleKdsim(): Promise<KdsimBundle> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psl-faults-kdsim-'));
  chmodSync(dir, 0o755);
  const outfile = path.join(dir, 'kdsim.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // iconv-lite and its helpers are CommonJS and require() Node's built-ins.
    banner: { js: "import { createRequire as __faultsRequire } from 'node:module'; const require = __faultsRequire(import.meta.url);" },
  });
  chmodSync(outfile, 0o644);
  return { argvPrefix: [process.execPath, outfile], remove: () => rmSync(dir, { recursive: true, force: true }) };
}
