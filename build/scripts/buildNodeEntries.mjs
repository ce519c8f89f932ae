#!/usr/bin/env node
// Bundles, for where there is no tsx:
//   out/cli/poolsleuth.mjs      the `poolsleuth` command (electron/cli/main.ts); sub-commands stay lazy chunks
//   out/kdsim/kdsim-utility.mjs the packaged app's demo target, run in an Electron utilityProcess
//                               (electron/main/kdsimUtilityEntry.ts); a bundle of its own, so the app
//                               ships kdsim without the CLI (which it cannot run: RunAsNode is off)
// npm dependencies stay external (they ship in node_modules).
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

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
  for (const { name, entry, outDir } of bundles) await build({
    configFile: false,
    root,
    logLevel: 'silent', // errors are summarised below
    build: {
      ssr: true,
      outDir: join(root, outDir),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: { [name]: entry },
        // 'electron' is only ever the utility process's built-in module, never a package to bundle.
        external: [...builtinModules, /^node:/, 'electron'],
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs', banner: '#!/usr/bin/env node' },
      },
    },
    // SSR mode externalises every package in node_modules by default.
    ssr: { target: 'node' },
  });
  console.log(`buildNodeEntries: ${bundles.map(({ name, outDir }) => `${outDir}/${name}.mjs`).join(', ')}`);
} catch (err) {
  // Rolldown's message is a coloured code frame per error; keep the one-line summaries.
  const lines = String(err instanceof Error ? err.message : err)
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim());
  const summaries = lines.filter((line) => /^\[[A-Z_]+\]/.test(line));
  const detail = (summaries.length > 0 ? summaries : lines.filter(Boolean).slice(0, 3)).slice(0, 8).join('\n  ');
  console.error(`buildNodeEntries: cannot bundle the CLI (electron/cli or a module it loads is missing or broken):\n  ${detail}`);
  process.exit(1);
}
