#!/usr/bin/env node
// npm run dist: packages the built app with electron-builder
// (build/electron-builder.yml). electron-builder is not a dependency of this
// checkout, so say so plainly instead of failing with "command not found".
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

let cli;
try {
  cli = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js');
} catch {
  console.error(
    [
      'dist: electron-builder is not installed, so the app was built (out/) but not packaged.',
      '  To package: npm install --save-dev electron-builder, then npm run dist.',
      '  Packaging also needs the Electron binary (node node_modules/electron/install.js).',
    ].join('\n'),
  );
  process.exit(1);
}

const result = spawnSync(process.execPath, [cli, '--config', 'build/electron-builder.yml', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
