#!/usr/bin/env node
// npm run dist: packages the built app (out/) with electron-builder and
// build/electron-builder.yml, for this platform by default (`npm run dist -- --win`,
// `--mac`, `--linux`, `--x64`, `--arm64` are passed through). Artifacts go to dist/.
//
// electron-builder downloads the Electron distribution (and NSIS, AppImage and dmg
// tools) on first use. Without internet that download is the step that fails: say so,
// and what to run where there is internet, instead of ending on a stack trace.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

/** electron-builder's output when a download failed (DNS, refused, offline, TLS to the release hosts). */
const downloadFailure = /\b(getaddrinfo|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|self[- ]signed certificate|unable to get local issuer)\b|cannot download|download(ing)? .*(failed|error)/i;

let cli;
try {
  cli = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js');
} catch {
  console.error('dist: electron-builder is not installed (it is a devDependency): run npm ci, then npm run dist.');
  process.exit(1);
}
const electronVersion = require('electron/package.json').version;

const child = spawn(process.execPath, [cli, '--config', 'build/electron-builder.yml', '--publish', 'never', ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'pipe'],
});
// Streamed as it comes; the tail is kept to tell a failed download from other failures.
let tail = '';
const keep = (chunk) => {
  tail = (tail + chunk.toString('utf8')).slice(-64 * 1024);
};
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  keep(chunk);
});
child.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  keep(chunk);
});
child.on('close', (code, signal) => {
  if (code === 0) {
    console.log('dist: done; the artifacts are in dist/ (docs/packaging.md lists them).');
    process.exit(0);
  }
  if (downloadFailure.test(tail)) {
    console.error(
      [
        '',
        `dist: stopped at the download step: electron-builder could not download Electron ${electronVersion} (or a packaging tool) — this machine has no internet access.`,
        '  The app itself was built (out/); only packaging needs the downloads. On a machine with internet access run:',
        '    npm ci && npm run dist                  # this platform\'s artifacts (docs/packaging.md)',
        '    npm run dist -- --win --x64 --arm64     # Windows (best run on Windows; elsewhere needs Wine): NSIS, portable, zip',
        '    npm run dist -- --mac --x64 --arm64     # macOS (on a Mac): dmg, zip',
        '  Offline, npm run test:package packs the Linux app folder against a stand-in Electron.',
      ].join('\n'),
    );
  } else {
    console.error(`dist: electron-builder failed (${signal ?? `exit code ${code}`}); see its output above.`);
  }
  process.exit(1);
});
