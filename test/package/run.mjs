#!/usr/bin/env node
// npm run test:package — packs the app the way `npm run dist` does, offline:
//   1. npm run build (out/)
//   2. electron-builder --dir --linux with build/electron-builder.yml, against a STAND-IN
//      Electron distribution made in a temporary folder (electronDist), because the real
//      binary cannot be downloaded here
//   3. opens resources/app.asar with @electron/asar and checks what is (not) inside,
//      the break helper and icon under resources/, the flipped fuse wire, and the size budget
//   4. runs the packed demo target (kdsim bundle + packaged node_modules) with plain Node.
// Exit 0 and a final "test:package: PASS" line, or exit 1 with the problems.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAsarContents } from './asarContents.mjs';
import { runPackedKdsim } from './packedKdsim.mjs';
import { runtimePackages } from './runtimePackages.mjs';
import { defaultFuseWire, makeStandInElectron } from './standInElectron.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const asar = require('@electron/asar');
const { getCurrentFuseWire } = require('@electron/fuses');

/**
 * app.asar size budget: measured 6,878,130 bytes (6.56 MiB, 629 files) on 2026-12-05, plus
 * about 20 % headroom. Raise it deliberately, with the reason, when the app really grows.
 */
const asarBudgetBytes = 8_250_000;

/** Fuse wire expected after packaging (electronFuses in build/electron-builder.yml), wire order. */
const expectedFuses = {
  RunAsNode: '0',
  EnableCookieEncryption: '1',
  EnableNodeOptionsEnvironmentVariable: '0',
  EnableNodeCliInspectArguments: '0',
  EnableEmbeddedAsarIntegrityValidation: '1',
  OnlyLoadAppFromAsar: '1',
  LoadBrowserProcessSpecificV8Snapshot: '0',
  GrantFileProtocolExtraPrivileges: '0',
};

const problems = [];
const say = (text) => console.log(`test:package: ${text}`);

function run(step, command, args, env = {}) {
  say(`${step}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`test:package: FAIL — ${step} exited with ${result.status ?? result.signal}`);
    process.exit(1);
  }
}

const repoPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const electronVersion = require('electron/package.json').version;
const work = mkdtempSync(join(tmpdir(), 'poolsleuth-package-'));
try {
  run('build', process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']);

  const standIn = join(work, 'electron-dist');
  await makeStandInElectron(standIn, electronVersion);
  say(`using a STAND-IN Electron ${electronVersion} distribution in ${standIn} (a script with Electron's fuse wire, not the real binary: the app is packed, not started)`);

  const output = join(work, 'dist');
  const builderCli = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js');
  run('electron-builder', process.execPath, [
    builderCli, '--dir', '--linux', '--x64',
    '--config', 'build/electron-builder.yml',
    `-c.electronDist=${standIn}`,
    `-c.electronVersion=${electronVersion}`,
    `-c.directories.output=${output}`,
    '--publish', 'never',
  ], { ELECTRON_BUILDER_OFFLINE: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' });

  const unpacked = join(output, 'linux-unpacked');
  const resources = join(unpacked, 'resources');
  const archive = join(resources, 'app.asar');
  if (!existsSync(archive)) {
    console.error(`test:package: FAIL — no ${archive}`);
    process.exit(1);
  }

  // The archive's own view: paths with '/' and no leading slash; files only.
  const entries = asar.listPackage(archive, { isPack: false }).map((p) => p.replace(/\\/g, '/').replace(/^\//, ''));
  const files = entries.filter((p) => {
    const stat = asar.statFile(archive, p, false);
    return stat && 'size' in stat;
  });
  const packed = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
  const { roots, closure } = runtimePackages(root, ['out/main', 'out/kdsim']);
  say(`the bundles load ${[...roots].sort().join(', ')}; with their dependencies ${closure.size} packages`);
  problems.push(...checkAsarContents(files, packed, { runtime: closure, devDependencies: Object.keys(repoPackage.devDependencies ?? {}) }));

  const helper = join(resources, 'helpers', 'Send-DebuggerBreak.ps1');
  if (!existsSync(helper)) problems.push('resources/helpers/Send-DebuggerBreak.ps1 is missing');
  else if (!readFileSync(helper).equals(readFileSync(join(root, 'build/helpers/Send-DebuggerBreak.ps1')))) problems.push('the packaged break helper differs from build/helpers');
  if (!existsSync(join(resources, 'icons', 'poolsleuth.png'))) problems.push('resources/icons/poolsleuth.png (window icon) is missing');

  const executable = join(unpacked, 'poolsleuth');
  if (!existsSync(executable)) problems.push('the executable is not named poolsleuth');
  else {
    const wire = await getCurrentFuseWire(executable);
    const actual = Object.keys(expectedFuses).map((_, i) => String.fromCharCode(wire[i])).join('');
    const expected = Object.values(expectedFuses).join('');
    say(`fuse wire ${defaultFuseWire} (stand-in, Electron defaults) -> ${actual} (packaged)`);
    if (actual !== expected) {
      const wrong = Object.keys(expectedFuses).filter((name, i) => actual[i] !== expected[i]);
      problems.push(`fuses not as configured: ${wrong.join(', ')}`);
    }
  }

  // The demo target as packed: only the archive's own files and packages.
  const extracted = join(work, 'app');
  asar.extractAll(archive, extracted);
  try {
    const output = await runPackedKdsim(extracted, work);
    const afterLm = output.split('module name')[1] ?? '';
    if (!/MyDriver/.test(afterLm)) problems.push(`the packed kdsim answered lm without MyDriver:\n${output.slice(-300)}`);
    else say('the packed demo target (out/kdsim from app.asar, its packages only) served mydriver-x86: banner, lm, q');
  } catch (err) {
    problems.push(err instanceof Error ? err.message : String(err));
  }

  const size = statSync(archive).size;
  say(`app.asar: ${(size / 1024 / 1024).toFixed(2)} MiB (${size} bytes), ${files.length} files; budget ${(asarBudgetBytes / 1024 / 1024).toFixed(2)} MiB`);
  if (size > asarBudgetBytes) problems.push(`app.asar is ${size} bytes, over the ${asarBudgetBytes}-byte budget`);
} finally {
  if (!process.env.POOLSLEUTH_KEEP_PACKAGE) rmSync(work, { recursive: true, force: true });
  else say(`kept ${work}`);
}

if (problems.length > 0) {
  console.error(`test:package: FAIL (${problems.length} problem(s))\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
say('PASS — app.asar holds the app and only the app; helper, icon and fuses in place (Electron was a stand-in)');
