// Bundles one Node entry point of ours (the CLI, kdsim's utility entry) into ESM for
// Node 20: sub-commands stay lazy chunks, npm packages stay external (they ship in
// node_modules). Used by buildNodeEntries.mjs (out/) and by the integration tests'
// global setup (a bundle of the CLI for every kdsim and CLI process they start).
import { builtinModules } from 'node:module';
import { build } from 'vite';

/** Builds `entry` into `<outDir>/<name>.mjs`; throws with rolldown's one-line summaries on failure. */
export async function bundleNodeEntry({ root, name, entry, outDir }) {
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
          input: { [name]: entry },
          // 'electron' is only ever the utility process's built-in module, never a package to bundle.
          external: [...builtinModules, /^node:/, 'electron'],
          output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs', banner: '#!/usr/bin/env node' },
        },
      },
      // SSR mode externalises every package in node_modules by default.
      ssr: { target: 'node' },
    });
  } catch (err) {
    // Rolldown's message is a coloured code frame per error; keep the one-line summaries.
    const lines = String(err instanceof Error ? err.message : err)
      .replace(/\x1b\[[0-9;]*m/g, '')
      .split('\n')
      .map((line) => line.trim());
    const summaries = lines.filter((line) => /^\[[A-Z_]+\]/.test(line));
    const detail = (summaries.length > 0 ? summaries : lines.filter(Boolean).slice(0, 3)).slice(0, 8).join('\n  ');
    throw new Error(`cannot bundle ${entry} (it or a module it loads is missing or broken):\n  ${detail}`, { cause: err });
  }
  return `${outDir}/${name}.mjs`;
}
