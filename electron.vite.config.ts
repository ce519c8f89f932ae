// Build of the Electron app: main process, sandboxed preload, React renderer.
// Output: out/main/index.cjs (package.json "main"), out/preload/index.cjs,
// out/renderer/index.html. The CLI/server bundle is built separately by
// build/scripts/buildNodeEntries.mjs (it is not part of the Electron app).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { describeBridgeContract } from './electron/preload/bridgeContract';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      lib: { entry: resolve(root, 'electron/main/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  preload: {
    // The contract's method/event/channel names, computed here so the preload
    // bundle does not need zod (see electron/preload/bridgeContract.ts).
    define: { __POOLSLEUTH_BRIDGE_CONTRACT__: JSON.stringify(describeBridgeContract()) },
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload cannot require() anything but 'electron' and a few
      // polyfills, so it must be one self-contained CommonJS file.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    // Relative asset URLs work on app:// (Electron) and on the browser-mode HTTP server alike.
    base: './',
    // The CSP comes as a response header from whichever shell serves the page:
    // app:// in Electron (electron/main/appProtocol.ts), the browser-mode server.
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
