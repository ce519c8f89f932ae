// ESLint flat config: typescript-eslint's recommended rules plus the layer
// boundaries of DESIGN.md §2, enforced by build/eslint/layerBoundariesRule.js.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerBoundariesRule } from './build/eslint/layerBoundariesRule.js';
import { layers, nodeFreeFiles } from './build/eslint/layerTable.js';

/** One config block per folder, then the Node-free files: a file gets exactly one set of boundary options (the last wins). */
const boundaries = [
  ...Object.entries(layers).map(([layer, options]) => ({ files: [`${layer}/**`], ...options })),
  ...Object.entries(nodeFreeFiles).map(([layer, files]) => ({
    files,
    ...layers[layer],
    forbidNodeBuiltins: true,
    why: `${layers[layer].why} This file must also stay free of Node (pass randomUUID in, or use globalThis.crypto).`,
  })),
];

export default defineConfig(
  globalIgnores(['out/', 'dist/', 'node_modules/', 'test-output/', '.vite/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Debugger and terminal text is full of escape sequences; matching them is the job.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['renderer/**', 'electron/preload/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    plugins: { poolsleuth: { rules: { 'layer-boundaries': layerBoundariesRule } } },
  },
  ...boundaries.map(({ files, ...options }) => ({
    files,
    rules: { 'poolsleuth/layer-boundaries': ['error', options] },
  })),
);
