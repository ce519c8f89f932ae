// ESLint flat config: typescript-eslint's recommended rules plus the layer
// boundaries of DESIGN.md §2, enforced by build/eslint/layerBoundariesRule.js.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerBoundariesRule } from './build/eslint/layerBoundariesRule.js';

/** The core: everything but the shells (main, preload, server, cli) and the renderer. */
const coreLayers = [
  'electron/contract',
  'electron/parsers',
  'electron/debugger',
  'electron/investigation',
  'electron/kdsim',
  'electron/settings',
  'electron/service',
];

/** One config block per layer: a file gets exactly one set of boundary options. */
const boundaries = [
  {
    files: ['renderer/**'],
    allowLayers: ['electron/contract'],
    forbidNodeBuiltins: true,
    forbidPackages: ['electron'],
    why: 'The renderer is untrusted browser code; it talks to the core only through electron/contract.',
  },
  {
    files: ['electron/contract/**'],
    allowLayers: [],
    forbidNodeBuiltins: true,
    forbidPackages: ['electron'],
    why: 'The contract is pure and shared with the renderer.',
  },
  {
    files: ['electron/parsers/**'],
    allowLayers: [],
    forbidNodeBuiltins: true,
    forbidPackages: ['electron'],
    why: 'Parsers are pure functions of debugger text.',
  },
  {
    files: ['electron/preload/**'],
    allowLayers: ['electron/contract'],
    forbidNodeBuiltins: true,
    forbidPackages: [],
    why: 'The sandboxed preload only bridges the contract over IPC.',
  },
  {
    files: ['electron/{debugger,investigation,kdsim,settings,service}/**'],
    allowLayers: coreLayers,
    forbidNodeBuiltins: false,
    forbidPackages: [],
    why: 'The core must not depend on a shell or on the renderer.',
  },
  {
    files: ['electron/{main,server}/**'],
    allowLayers: coreLayers,
    forbidNodeBuiltins: false,
    forbidPackages: [],
    why: 'Shells are thin layers over the core service.',
  },
  {
    files: ['electron/cli/**'],
    allowLayers: [...coreLayers, 'electron/server'],
    forbidNodeBuiltins: false,
    forbidPackages: [],
    why: 'The CLI is a shell over the core (and starts the browser-mode server).',
  },
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
