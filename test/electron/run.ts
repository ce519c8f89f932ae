// npm run test:electron — the real Electron app end to end with Playwright's _electron:
// launch (--demo), connect to the demo target (kdsim in a utilityProcess), run the leak
// investigation, export the Markdown report. Needs a real Electron binary and a display;
// without them it exits 1 with the one-line reason (never a silent skip). Not part of
// .ci/run (the binary cannot be downloaded there); run it wherever Electron is installed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron } from 'playwright-core';
import { findElectronBinary } from '../../build/scripts/start/electronBinary.mjs';
import { staleBuildReason } from '../../build/scripts/start/buildFreshness.mjs';
import { button, investigationRegion } from '../e2e/consolePage';
import { connectDemo, runInvestigation, siteRows, sitesTable } from '../e2e/investigationPage';
import { electronUnavailableReason } from './electronAvailability';

const root = fileURLToPath(new URL('../..', import.meta.url));
const say = (text: string) => console.log(`test:electron: ${text}`);

const unavailable = electronUnavailableReason();
if (unavailable) {
  console.error(`test:electron: cannot run: ${unavailable}`);
  process.exit(1);
}

const stale = staleBuildReason(root);
if (stale) {
  say(`building first (${stale})`);
  const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const settingsDir = mkdtempSync(join(tmpdir(), 'poolsleuth-electron-settings-'));
const downloads = mkdtempSync(join(tmpdir(), 'poolsleuth-electron-downloads-'));
const app = await _electron.launch({
  executablePath: findElectronBinary()!,
  args: [root, '--demo'],
  env: { ...process.env, POOLSLEUTH_SETTINGS_DIR: settingsDir },
  timeout: 90_000,
});
let failed = false;
try {
  // The page's "download" of the report goes to a folder of ours instead of a save dialog.
  await app.evaluate(({ session }, dir) => {
    session.defaultSession.on('will-download', (_event, item) => item.setSavePath(`${dir}/${item.getFilename()}`));
  }, downloads);
  const page = await app.firstWindow();
  page.setDefaultTimeout(60_000);
  say(`window open: ${await page.title()} at ${page.url()}`);

  await connectDemo(page, 'mydriver-x86');
  say('connected to the demo target (kdsim in a utilityProcess)');
  await runInvestigation(page, { timeoutMs: 120_000 });
  const rows = await siteRows(sitesTable(page));
  if (rows.length === 0) throw new Error('the investigation finished without allocation sites');
  say(`leak investigation finished: ${rows.length} allocation site(s)`);

  await button(page, 'Export report').click();
  await investigationRegion(page).getByRole('menuitem', { name: 'Markdown (.md)' }).click();
  const deadline = Date.now() + 30_000;
  let report: string | undefined;
  while (!report && Date.now() < deadline) {
    report = readdirSync(downloads).find((name) => /^poolsleuth-report-.*\.md$/.test(name));
    if (!report) await page.waitForTimeout(200);
  }
  if (!report) throw new Error('no Markdown report was saved within 30 s of Export report');
  const markdown = readFileSync(join(downloads, report), 'utf8');
  if (!markdown.includes('`MyDriver.sys`')) throw new Error(`the exported report does not name MyDriver.sys:\n${markdown.slice(0, 400)}`);
  say(`report exported: ${report} (${markdown.length} characters)`);

  mkdirSync(join(root, 'test-output'), { recursive: true });
  await page.screenshot({ path: join(root, 'test-output', 'electron-e2e.png') });
} catch (err) {
  failed = true;
  console.error(`test:electron: FAIL — ${err instanceof Error ? err.message : String(err)}`);
} finally {
  await app.close().catch(() => undefined);
  rmSync(settingsDir, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
}
if (failed) process.exit(1);
say('PASS — launch, demo connect, leak investigation, Markdown export in the real Electron app');
