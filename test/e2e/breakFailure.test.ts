// A Break that never takes, in real Chromium against kdsim started as a local debugger
// with `--fault ignore-break` (a debugger that never receives Ctrl+C): the session bar
// ends with the message and Disconnect now (en, ja, zh-CN, light palette), and while the
// target still runs "Run leak investigation" stays disabled and says why, until the
// debugger is at a prompt again. serve runs with a 3 s break timeout (`--break-timeout`),
// so the test does not wait out the 20 s default; nothing here is timed.
import { describe, expect, it } from 'vitest';
import { button, investigationRegion, waitForSessionState } from './consolePage';
import { connectLocalDebugger, fullyShown, kdsimCommandLine, runInConsole } from './localDebuggerPage';
import { screenshotPath } from './serveHarness';
import { useWorkspacePage } from './workspacePage';

const breakTimeoutSeconds = 3;
const { page } = useWorkspacePage({ viewport: { width: 1280, height: 720 }, serveArgs: ['--break-timeout', String(breakTimeoutSeconds)] });

const panel = () => investigationRegion(page);
// By class, not inside the region named Investigation: the test also reads it in Japanese and Chinese.
const activity = (kind: string) => page.locator(`.session-activity[data-activity="${kind}"]`);
const languagePicker = () => page.getByRole('combobox', { name: 'Language', exact: true });
const runButton = () => button(page, 'Run leak investigation');

/** The text the page shows for why Run is disabled (the line its aria-describedby points at). */
async function runBlockedReason(): Promise<string> {
  const ids = (await runButton().getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

describe('a Break that never takes', () => {
  it('ends with the message and Disconnect now; Run stays disabled with its reason while the target runs', { timeout: 240_000 }, async () => {
    await connectLocalDebugger(page, kdsimCommandLine('--scenario live-growth-x64 --fault ignore-break'));
    await waitForSessionState(page, 'ready', 90_000);
    await expect(runButton().isEnabled()).resolves.toBe(true);

    await runInConsole(page, 'g');
    await waitForSessionState(page, 'running', 30_000);
    const running = activity('target-running');
    await running.waitFor({ timeout: 30_000 });
    await expect(running.innerText()).resolves.toMatch(/Debuggee is running…\s*\d+:\d\d/);
    await expect(runButton().isDisabled()).resolves.toBe(true);
    await expect(runBlockedReason()).resolves.toContain('The target is running');
    // No prompt over a running target: the console toolbar does not show "0: kd>".
    await expect(page.locator('.prompt-chip').count()).resolves.toBe(0);

    await button(page, 'Break').click();
    const pending = activity('break-pending');
    await pending.waitFor({ timeout: 30_000 });
    await expect(pending.innerText()).resolves.toContain('Break sent…');
    await expect(runButton().isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('activity-break-pending.png') });

    const failed = activity('break-failed');
    await failed.waitFor({ timeout: 120_000 });
    await expect(failed.innerText()).resolves.toContain(
      `The debugger did not stop within ${breakTimeoutSeconds} s; it may not receive Ctrl+C (a wrapper script?). Disconnect to end it, or wait.`,
    );
    const disconnectNow = failed.getByRole('button', { name: 'Disconnect now', exact: true });
    await expect(disconnectNow.isEnabled()).resolves.toBe(true);
    await expect(fullyShown(failed.locator('.activity-message'))).resolves.toBe(true);
    await expect(fullyShown(disconnectNow)).resolves.toBe(true);
    // The state went back to the running target; the alert under the bar does not say it a second time.
    await waitForSessionState(page, 'running');
    await expect(panel().getByRole('alert').filter({ hasText: 'did not stop' }).count()).resolves.toBe(0);
    // The target still runs: nothing to investigate until the debugger is at a prompt again, and the page says so.
    await expect(runButton().isDisabled()).resolves.toBe(true);
    const reason = await runBlockedReason();
    expect(reason).toContain('The target is running');
    expect(reason).not.toContain('Connect to a target first');
    await expect(fullyShown(panel().locator('.inv-run-blocked'))).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('activity-break-failed.png') });

    await languagePicker().selectOption('ja');
    await expect.poll(() => failed.innerText()).toMatch(new RegExp(`デバッガーは ${breakTimeoutSeconds} 秒以内に停止しませんでした。`));
    await expect(failed.getByRole('button', { name: '今すぐ切断', exact: true }).isVisible()).resolves.toBe(true);
    await expect.poll(() => page.locator('.inv-run-blocked').innerText()).toContain('ターゲットは実行中です');
    await page.screenshot({ path: screenshotPath('activity-break-failed-ja.png') });
    await languagePicker().selectOption('zh-CN');
    await expect.poll(() => failed.innerText()).toMatch(new RegExp(`调试器在 ${breakTimeoutSeconds} 秒内没有停止`));
    await expect.poll(() => page.locator('.inv-run-blocked').innerText()).toContain('目标正在运行');
    await languagePicker().selectOption('en');
    // The light palette ("System" theme follows the OS preference): the red message must stay readable.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('light');
    await page.screenshot({ path: screenshotPath('activity-break-failed-light.png') });

    await failed.getByRole('button', { name: 'Disconnect now', exact: true }).click();
    await waitForSessionState(page, 'disconnected', 60_000);
    await expect(failed.count()).resolves.toBe(0);
    await expect(runButton().isDisabled()).resolves.toBe(true);
  });
});
