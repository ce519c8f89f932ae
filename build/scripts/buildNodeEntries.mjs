#!/usr/bin/env node
// Bundles the `poolsleuth` command (electron/cli/main.ts) to out/cli/poolsleuth.mjs
// for the packaged app, where there is no tsx. npm dependencies stay external
// (they ship in node_modules); sub-commands stay lazily loaded chunks.
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = join(root, 'electron/cli/main.ts');
const outDir = join(root, 'out/cli');

if (!existsSync(entry)) {
  console.error(`buildNodeEntries: ${entry} does not exist`);
  process.exit(1);
}

try {
  await build({
    configFile: false,
    root,
    logLevel: 'silent', // errors are summarised below
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      reportCompressedSize: false,
      rolldownOptions: {
        external: [...builtinModules, /^node:/],
        output: { format: 'es', entryFileNames: 'poolsleuth.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs', banner: '#!/usr/bin/env node' },
      },
    },
    // SSR mode externalises every package in node_modules by default.
    ssr: { target: 'node' },
  });
  console.log(`buildNodeEntries: ${join('out/cli', 'poolsleuth.mjs')}`);
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
