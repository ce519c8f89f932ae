#!/usr/bin/env node
// Bundles the `poolsleuth` command (electron/cli/main.ts) to out/cli/poolsleuth.mjs
// and the demo target's utilityProcess entry (electron/main/kdsimUtilityEntry.ts) to
// out/cli/kdsim-utility.mjs, for the packaged app, where there is no tsx. npm
// dependencies stay external (they ship in node_modules); sub-commands stay lazily
// loaded chunks, shared between the two entries.
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entries = {
  poolsleuth: join(root, 'electron/cli/main.ts'),
  'kdsim-utility': join(root, 'electron/main/kdsimUtilityEntry.ts'),
};
const outDir = join(root, 'out/cli');

for (const entry of Object.values(entries)) {
  if (!existsSync(entry)) {
    console.error(`buildNodeEntries: ${entry} does not exist`);
    process.exit(1);
  }
}

try {
  await build({
    configFile: false,
    root,
    logLevel: 'silent', // errors are summarised below
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: entries,
        // 'electron' is only ever the utility process's built-in module, never a package to bundle.
        external: [...builtinModules, /^node:/, 'electron'],
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs', banner: '#!/usr/bin/env node' },
      },
    },
    // SSR mode externalises every package in node_modules by default.
    ssr: { target: 'node' },
  });
  console.log(`buildNodeEntries: ${Object.keys(entries).map((name) => join('out/cli', `${name}.mjs`)).join(', ')}`);
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
