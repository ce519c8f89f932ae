// The layers of docs/architecture.md as the lint rule's options (eslint.config.js);
// test/unit/lint compares them with the doc's table.

/**
 * What each folder may import: the Layers table of docs/architecture.md, one
 * entry per folder (keep the two in step). `allowLayers` names the other
 * electron/ folders; `allowPackages`, when present, is the only npm packages.
 */
export const layers = {
  'electron/contract': {
    allowLayers: [],
    forbidNodeBuiltins: true,
    allowPackages: ['zod'],
    why: 'The contract is pure (zod only) and shared with the renderer.',
  },
  'electron/parsers': {
    allowLayers: [],
    forbidNodeBuiltins: true,
    allowPackages: [],
    why: 'Parsers are pure functions of debugger text.',
  },
  'electron/debugger': {
    allowLayers: ['electron/contract', 'electron/parsers'],
    why: 'The debugger layer (transports, framing, session) builds on the contract and the pure parsers only.',
  },
  'electron/investigation': {
    allowLayers: ['electron/parsers', 'electron/contract', 'electron/debugger'],
    why: 'Investigations run over a CommandRunner: parsers, contract and debugger types, never the service or a shell.',
  },
  'electron/settings': {
    allowLayers: ['electron/contract'],
    why: 'Settings store the contract\'s shapes (profiles, known hosts, secrets) and nothing else of the app.',
  },
  'electron/kdsim': {
    allowLayers: ['electron/contract'],
    why: 'kdsim is a stand-alone program (Node, zod, the contract\'s types): it must not lean on the code it tests.',
  },
  'electron/service': {
    allowLayers: ['electron/contract', 'electron/parsers', 'electron/debugger', 'electron/investigation', 'electron/settings', 'electron/kdsim'],
    why: 'The core service may use every core layer, never a shell or the renderer.',
  },
  'electron/main': {
    // Besides the core service: what only Electron can provide — kdsim in a utility process
    // (a DebuggerTransport, kdsim's entry) and the safeStorage secret store.
    allowLayers: ['electron/service', 'electron/contract', 'electron/debugger', 'electron/settings', 'electron/kdsim'],
    why: 'The Electron shell is thin: it hosts the core service and provides the Electron-only parts of its environment.',
  },
  'electron/preload': {
    allowLayers: ['electron/contract'],
    forbidNodeBuiltins: true,
    why: 'The sandboxed preload only bridges the contract over IPC.',
  },
  'electron/server': {
    allowLayers: ['electron/service', 'electron/contract'],
    why: 'The browser-mode shell is thin: it hosts the core service.',
  },
  'electron/mcp': {
    allowLayers: ['electron/service', 'electron/contract', 'electron/parsers'],
    why: 'The MCP shell is thin: it hosts the core service (and offers the pure parsers, like the CLI).',
  },
  'electron/cli': {
    allowLayers: [
      'electron/contract',
      'electron/parsers',
      'electron/debugger',
      'electron/investigation',
      'electron/settings',
      'electron/kdsim',
      'electron/service',
      'electron/server',
      'electron/mcp',
    ],
    why: 'The CLI is a shell over the core (and starts the other shells).',
  },
  renderer: {
    allowLayers: ['electron/contract'],
    forbidNodeBuiltins: true,
    forbidPackages: ['electron'],
    why: 'The renderer is untrusted browser code; it talks to the core only through electron/contract.',
  },
};

/**
 * Files that must stay free of Node inside layers that may use it: they run
 * anywhere (a worker, the browser, a test without a process). Randomness comes in
 * through a parameter or globalThis.crypto.
 */
export const nodeFreeFiles = {
  'electron/debugger': ['electron/debugger/outputFramer.ts', 'electron/debugger/promptPatterns.ts'],
  'electron/investigation': ['electron/investigation/**'],
};
