// Is out/ missing or older than the sources it is built from?
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files the Electron app and browser mode need from the build. */
export const requiredOutputs = ['out/main/index.cjs', 'out/preload/index.cjs', 'out/renderer/index.html'];

const sourceRoots = ['electron', 'renderer', 'electron.vite.config.ts', 'package.json', 'tsconfig.json', 'tsconfig.renderer.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Returns why a build is needed, or null when out/ is up to date. */
export function staleBuildReason(root) {
  const outputs = requiredOutputs.map((file) => join(root, file));
  const missing = outputs.find((file) => !existsSync(file));
  if (missing) return `${relative(root, missing)} is missing`;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const newestSource = Math.max(...sourceRoots.map((source) => newestMtime(join(root, source))));
  return newestSource > oldestOutput ? 'sources changed since the last build' : null;
}
