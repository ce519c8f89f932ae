// Shared set-up for the E2E tests: a serve with its own settings folder (never
// the user's), Chromium, and a fresh page per test whose errors fail that test.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { button, investigationRegion } from './consolePage';
import { ensureRendererBuilt, launchChromium, startServe, type ServeHandle } from './serveHarness';

export interface Workspace {
  serve: ServeHandle;
  browser: Browser;
  settingsDir: string;
  stop(): Promise<void>;
}

export async function startWorkspace(serveArgs: readonly string[] = []): Promise<Workspace> {
  ensureRendererBuilt();
  const settingsDir = mkdtempSync(path.join(os.tmpdir(), 'poolsleuth-e2e-settings-'));
  // serve inherits the environment: its core keeps profiles, known hosts and source paths here.
  process.env.POOLSLEUTH_SETTINGS_DIR = settingsDir;
  const [serve, browser] = await Promise.all([startServe(undefined, serveArgs), launchChromium()]);
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

export interface PageOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'dark' | 'light';
  /** Lets the page read and write the clipboard (Copy buttons). */
  grantClipboard?: boolean;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors thrown in the page since it opened. */
  errors: string[];
}

export async function openPage(ws: Workspace, options: PageOptions = {}): Promise<OpenedPage> {
  const context = await ws.browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: 'en-US',
    colorScheme: options.colorScheme ?? 'dark',
    acceptDownloads: true,
  });
  if (options.grantClipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(ws.serve.url).origin });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(ws.serve.url);
  await investigationRegion(page).waitFor();
  return { context, page, errors };
}

export interface WorkspacePageOptions extends PageOptions {
  /** false: each test calls openPage() itself, for tests that need their own viewport or colour scheme. */
  openEachTest?: boolean;
  /** Runs after each test before Disconnect is pressed, e.g. to bring back the English names it is found by. */
  beforeDisconnect?: () => Promise<void>;
  /** More `poolsleuth serve` options for this file's server, e.g. ['--break-timeout', '3']. */
  serveArgs?: readonly string[];
}

export interface WorkspacePage {
  /** The page of the test that is running (see currentPageStandIn). */
  page: Page;
  /** Opens this test's page, these options over the file's (for openEachTest: false). */
  openPage(options?: PageOptions): Promise<void>;
  settingsDir(): string;
}

/**
 * Registers the hooks every E2E file needs: serve and Chromium for the file,
 * a fresh page for each test, and after it: Disconnect (so no debugger runs
 * into the next test), close the page, and fail the test on any page error.
 */
export function useWorkspacePage(options: WorkspacePageOptions = {}): WorkspacePage {
  const { openEachTest = true, beforeDisconnect, serveArgs, ...fileDefaults } = options;
  let ws: Workspace | undefined;
  let opened: OpenedPage | undefined;

  beforeAll(async () => {
    ws = await startWorkspace(serveArgs);
  });
  afterAll(async () => ws?.stop());

  async function openTestPage(overrides: PageOptions = {}): Promise<void> {
    if (opened) throw new Error('this test already has a page open');
    opened = await openPage(ws!, { ...fileDefaults, ...overrides });
  }
  if (openEachTest) beforeEach(() => openTestPage());

  afterEach(async () => {
    if (!opened) return;
    const { context, page, errors } = opened;
    try {
      await beforeDisconnect?.();
      const disconnect = button(page, 'Disconnect');
      if (await disconnect.isEnabled().catch(() => false)) await disconnect.click();
    } finally {
      await context.close();
      opened = undefined;
    }
    expect(errors, 'errors thrown in the page').toEqual([]);
  });

  return {
    page: currentPageStandIn(() => {
      if (!opened) throw new Error('no page is open: use the page inside a test (with openEachTest: false, after openPage())');
      return opened.page;
    }),
    openPage: openTestPage,
    settingsDir: () => ws!.settingsDir,
  };
}

/**
 * A Page that forwards to whichever page the running test opened, so a file
 * can take `page` once at the top and its tests and helpers keep writing
 * `page.…` although each test gets a new one.
 */
function currentPageStandIn(current: () => Page): Page {
  return new Proxy({} as Page, {
    get(_target, property) {
      const page = current();
      const value: unknown = Reflect.get(page, property, page);
      return typeof value === 'function' ? value.bind(page) : value;
    },
  });
}
