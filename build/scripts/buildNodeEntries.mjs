#!/usr/bin/env node
// Bundles, for where there is no tsx:
//   out/cli/poolsleuth.mjs      the `poolsleuth` command (electron/cli/main.ts); sub-commands stay lazy chunks
//   out/kdsim/kdsim-utility.mjs the packaged app's demo target, run in an Electron utilityProcess
//                               (electron/main/kdsimUtilityEntry.ts); a bundle of its own, so the app
//                               ships kdsim without the CLI (which it cannot run: RunAsNode is off)
// npm dependencies stay external (they ship in node_modules).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleNodeEntry } from './nodeEntryBundle.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundles = [
  { name: 'poolsleuth', entry: join(root, 'electron/cli/main.ts'), outDir: 'out/cli' },
  { name: 'kdsim-utility', entry: join(root, 'electron/main/kdsimUtilityEntry.ts'), outDir: 'out/kdsim' },
];

for (const { entry } of bundles) {
  if (!existsSync(entry)) {
    console.error(`buildNodeEntries: ${entry} does not exist`);
    process.exit(1);
  }
}

try {
  for (const { name, entry, outDir } of bundles) await bundleNodeEntry({ root, name, entry, outDir: join(root, outDir) });
  console.log(`buildNodeEntries: ${bundles.map(({ name, outDir }) => `${outDir}/${name}.mjs`).join(', ')}`);
} catch (err) {
  console.error(`buildNodeEntries: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
