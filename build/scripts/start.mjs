#!/usr/bin/env node
// npm start: build if out/ is stale, then run the Electron app on the demo
// target — or, where Electron cannot run here, browser mode (`poolsleuth serve`).
//   npm start                 decide automatically (see docs/electron-shell.md)
//   npm start -- --browser    browser mode even when Electron is available
// Other arguments are passed to `serve` in browser mode (e.g. --port 8123, --no-open).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleBuildReason } from './start/buildFreshness.mjs';
import { runForeground, runToCompletion } from './start/childProcess.mjs';
import { downloadElectronBinary, findElectronBinary } from './start/electronBinary.mjs';
import { browserModeNotice, chooseLaunchMode } from './start/launchMode.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

function packageBin(name, bin) {
  const manifestPath = require.resolve(`${name}/package.json`);
  const manifest = require(manifestPath);
  const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[bin];
  return join(dirname(manifestPath), relative);
}

function ensureBuilt() {
  const reason = staleBuildReason(root);
  if (!reason) return;
  console.log(`PoolSleuth: building the app (${reason})...`);
  const status = runToCompletion(process.execPath, [packageBin('electron-vite', 'electron-vite'), 'build'], { cwd: root });
  if (status !== 0) {
    console.error('PoolSleuth: the build failed (see above); nothing started.');
    process.exit(status);
  }
}

function startElectron(binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
  console.log('PoolSleuth: starting the Electron app with the demo target preselected.');
  runForeground(binary, [root, '--demo'], { cwd: root, env });
}

function startBrowserMode(open, serveArgs) {
  const args = [packageBin('tsx', 'tsx'), join(root, 'electron/cli/main.ts'), 'serve', ...serveArgs];
  if (!open && !args.includes('--no-open')) args.push('--no-open');
  runForeground(process.execPath, args, { cwd: root });
}

const argv = process.argv.slice(2);
const forceBrowser = argv.includes('--browser');
const serveArgs = argv.filter((arg) => arg !== '--browser');

ensureBuilt();

if (forceBrowser) {
  console.log(browserModeNotice('--browser given'));
  startBrowserMode(true, serveArgs);
} else {
  const mode = chooseLaunchMode({
    env: process.env,
    platform: process.platform,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    electronPath: findElectronBinary(),
  });
  if (mode.mode === 'electron') {
    startElectron(findElectronBinary());
  } else if (mode.mode === 'browser') {
    console.log(browserModeNotice(mode.reason));
    startBrowserMode(mode.open, serveArgs);
  } else {
    console.log('PoolSleuth: no Electron binary; trying once to download it (node node_modules/electron/install.js)...');
    const fetched = downloadElectronBinary();
    if (fetched.binary) {
      startElectron(fetched.binary);
    } else {
      console.log(browserModeNotice(`no Electron binary (${fetched.reason})`));
      startBrowserMode(true, serveArgs);
    }
  }
}
