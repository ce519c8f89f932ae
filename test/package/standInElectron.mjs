// A stand-in for Electron's Linux distribution (the real one cannot be downloaded
// here): the file layout electron-builder copies, and an `electron` "binary" that is
// a shell script refusing to run. It carries Electron's fuse sentinel and a fuse wire
// with Electron's defaults, so electron-builder's fuse flipping runs for real and the
// test can read the flipped wire back from the packaged file.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** @electron/fuses' marker; the wire follows it: version byte, length byte, one byte per fuse. */
export const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron 40's shipped defaults, in wire order: RunAsNode on, cookie encryption off,
 * NODE_OPTIONS on, --inspect on, asar integrity off, only-asar off, browser V8
 * snapshot off, file:// extra privileges on. '1' enabled, '0' disabled.
 */
export const defaultFuseWire = '10110001';

export async function makeStandInElectron(dir, electronVersion) {
  await mkdir(join(dir, 'resources'), { recursive: true });
  const script = [
    '#!/bin/sh',
    '# PoolSleuth packaging test: a STAND-IN for the Electron binary, not Electron.',
    'echo "stand-in Electron binary (npm run test:package): cannot run the app" >&2',
    'exit 1',
    `# ${fuseSentinel}`,
  ].join('\n');
  const wire = Buffer.concat([Buffer.from(script), Buffer.from([1, defaultFuseWire.length]), Buffer.from(defaultFuseWire), Buffer.from('\n')]);
  await writeFile(join(dir, 'electron'), wire);
  await chmod(join(dir, 'electron'), 0o755);
  await writeFile(join(dir, 'version'), `${electronVersion}\n`);
  await writeFile(join(dir, 'LICENSE'), 'stand-in Electron distribution for the PoolSleuth packaging test\n');
  await writeFile(join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>stand-in</title>\n');
  for (const file of ['chrome_100_percent.pak', 'resources.pak', 'icudtl.dat', 'snapshot_blob.bin', 'v8_context_snapshot.bin']) {
    await writeFile(join(dir, file), 'stand-in');
  }
  return join(dir, 'electron');
}
