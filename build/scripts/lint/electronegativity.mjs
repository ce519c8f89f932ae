#!/usr/bin/env node
// npm run lint, second half: electronegativity (Doyensec's Electron security checks)
// over the built app — out/main, out/preload, out/renderer, out/kdsim, i.e. what
// app.asar holds. Offline: its two network look-ups (translations, Electron's release
// list for AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK) are answered "offline" without a
// request, and that one check is excluded (Electron upgrades are Dependabot's job).
// Every finding must match an entry of build/electronegativity-allowlist.json, which
// says why it is not a problem; an entry that matches nothing fails too (stale).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleBuildReason } from '../start/buildFreshness.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(import.meta.url);
const appBundles = ['out/main', 'out/preload', 'out/renderer', 'out/kdsim'];
const allowlistFile = 'build/electronegativity-allowlist.json';

// Build first when out/ is missing or older than the sources (as npm start does).
const stale = staleBuildReason(root);
if (stale) {
  console.log(`electronegativity: building first (${stale})`);
  const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// No network: electronegativity's HTTP client is replaced before it loads.
const runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js');
const gotPath = createRequire(runnerPath).resolve('got');
const offline = () => Promise.reject(new Error('offline: PoolSleuth runs electronegativity without network access'));
offline.head = offline;
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };
// Its messages are looked up through a global i18n instance; stay quiet about the missing translation download.
const log = console.log;
console.log = (...args) => {
  if (!/Could not retrieve updated translations|fetching Electron's releases/.test(String(args[0]))) log(...args);
};
const run = require(runnerPath);

const staging = mkdtempSync(join(tmpdir(), 'poolsleuth-electronegativity-'));
let result;
try {
  // electronegativity reads only .js/.html (and skips node_modules): the .cjs main and
  // preload and the .mjs kdsim bundle are staged as .js so they are checked too.
  for (const dir of appBundles) {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const from = join(entry.parentPath, entry.name);
      const to = join(staging, from.slice(root.length).replace(/\.(cjs|mjs)$/, '.$1.js'));
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
    }
  }
  result = await run({
    input: staging,
    customScan: [],
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: require('electron/package.json').version,
    parserPlugins: [],
  });
} finally {
  console.log = log;
  rmSync(staging, { recursive: true, force: true });
}

const allowlist = JSON.parse(readFileSync(join(root, allowlistFile), 'utf8'));
const unjustified = allowlist.filter((entry) => typeof entry.reason !== 'string' || entry.reason.trim().length < 20);
if (unjustified.length > 0) {
  console.error(`electronegativity: FAIL — every entry of ${allowlistFile} needs a reason; missing for ${unjustified.map((e) => e.check).join(', ')}`);
  process.exit(1);
}
const findings = result.issues.map((issue) => ({
  check: issue.id,
  // Reported as the built file's own name (out/main/index.cjs, not the staged copy).
  file: issue.file === 'N/A' ? 'N/A' : issue.file.replace(/\\/g, '/').replace(/^.*?(?=out\/)/, '').replace(/\.(cjs|mjs)\.js$/, '.$1'),
  sample: String(issue.sample ?? ''),
  where: issue.location ? `${issue.location.line}:${issue.location.column}` : '',
  description: String(issue.description ?? ''),
}));
const matches = (entry, finding) =>
  entry.check === finding.check && new RegExp(entry.file).test(finding.file) && (!entry.sample || new RegExp(entry.sample).test(finding.sample));
const unexplained = findings.filter((finding) => !allowlist.some((entry) => matches(entry, finding)));
const stale_ = allowlist.filter((entry) => !findings.some((finding) => matches(entry, finding)));

if (result.errors?.length) console.log(`electronegativity: ${result.errors.length} file(s) could not be parsed: ${result.errors.map((e) => e.file).join(', ')}`);
for (const f of unexplained) console.error(`electronegativity: ${f.check} in ${f.file} ${f.where}: ${f.description}\n    ${f.sample.slice(0, 160)}`);
for (const e of stale_) console.error(`electronegativity: allowlist entry matches no finding any more (remove it): ${e.check} ${e.file}`);
const summary = `${result.globalChecks + result.atomicChecks} checks over ${appBundles.join(', ')}: ${findings.length} finding(s), ${findings.length - unexplained.length} explained in ${allowlistFile}`;
if (unexplained.length > 0 || stale_.length > 0 || result.errors?.length) {
  console.error(`electronegativity: FAIL — ${summary}; ${unexplained.length} unexplained, ${stale_.length} stale allowlist entr${stale_.length === 1 ? 'y' : 'ies'}`);
  process.exit(1);
}
console.log(`electronegativity: PASS — ${summary}`);
