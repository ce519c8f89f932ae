// Runs the real browser-mode server for E2E tests: makes sure the renderer
// bundle is current, starts `poolsleuth serve` as a child, reads the URL it
// prints, and stops it (and the debuggers it started) afterwards. Also launches
// Debian's Chromium through playwright-core — never a downloaded browser.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { chromium, type Browser } from 'playwright-core';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const screenshotDir = path.join(repoRoot, 'test-output/e2e');
const builtIndex = path.join(repoRoot, 'out/renderer/index.html');
const chromiumPath = '/usr/bin/chromium';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Rebuilds out/renderer when it is missing or older than the renderer sources (or the contract they import). */
export function ensureRendererBuilt(): void {
  const sources = Math.max(
    newestMtime(path.join(repoRoot, 'renderer')),
    newestMtime(path.join(repoRoot, 'electron/contract')),
    statSync(path.join(repoRoot, 'electron.vite.config.ts')).mtimeMs,
  );
  if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= sources) return;
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, encoding: 'utf8', timeout: 180_000 });
  if (build.status !== 0) {
    throw new Error(`electron-vite build failed (${build.status}):\n${build.stdout}\n${build.stderr}`);
  }
}

export interface ServeHandle {
  url: string;
  /** Everything the server wrote to stderr so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/** `extraArgs`: more `serve` options, e.g. ['--break-timeout', '3']. */
export async function startServe(timeoutMs = 30_000, extraArgs: readonly string[] = []): Promise<ServeHandle> {
  // Own process group, so stop() also ends the debuggers (kdsim) serve started.
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', 'serve', '--no-open', '--port', '0', ...extraArgs],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let stdout = '';
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within ${timeoutMs} ms.\nstderr:\n${stderr}`)), timeoutMs);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      const match = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code}) before printing its URL.\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    });
  }).catch(async (err: unknown) => {
    killGroup(child, 'SIGKILL');
    throw err;
  });

  return {
    url,
    log: () => stderr,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child, 'SIGTERM');
      const done = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
      if (!done) killGroup(child, 'SIGKILL');
    },
  };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function screenshotPath(name: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  return path.join(screenshotDir, name);
}
