// Shared set-up for the connect/transcript/source-viewer E2E tests: a serve
// with its own settings folder (never the user's), Chromium, one page per test.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { investigationRegion } from './consolePage';
import { ensureRendererBuilt, launchChromium, startServe, type ServeHandle } from './serveHarness';

export interface Workspace {
  serve: ServeHandle;
  browser: Browser;
  settingsDir: string;
  stop(): Promise<void>;
}

export async function startWorkspace(): Promise<Workspace> {
  ensureRendererBuilt();
  const settingsDir = mkdtempSync(path.join(os.tmpdir(), 'poolsleuth-e2e-settings-'));
  // serve inherits the environment: its core keeps profiles and source paths here.
  process.env.POOLSLEUTH_SETTINGS_DIR = settingsDir;
  const [serve, browser] = await Promise.all([startServe(), launchChromium()]);
  return {
    serve,
    browser,
    settingsDir,
    async stop() {
      await browser.close();
      await serve.stop();
      rmSync(settingsDir, { recursive: true, force: true });
    },
  };
}

export async function openPage(ws: Workspace, options: { colorScheme?: 'dark' | 'light' } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await ws.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', colorScheme: options.colorScheme ?? 'dark', acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(ws.serve.url);
  await investigationRegion(page).waitFor();
  return { context, page, errors };
}
