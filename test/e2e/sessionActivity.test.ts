// The session activity line in real Chromium against real debuggers started the way a
// user types them: a program that is not a debugger (/bin/cat) is refused with the
// core's reason; slow symbol loading shows "Loading symbols…" with a ticking elapsed
// time and a Cancel that sends Break. (A Break that never takes: breakFailure.test.ts,
// with a short break timeout.) Screenshots at 1280×720 in test-output/e2e.
import { describe, expect, it } from 'vitest';
import { button, investigationRegion, waitForConsole, waitForSessionState } from './consolePage';
import { connectLocalDebugger, fullyShown, kdsimCommandLine, runInConsole } from './localDebuggerPage';
import { screenshotPath } from './serveHarness';
import { useWorkspacePage } from './workspacePage';

const { page } = useWorkspacePage({ viewport: { width: 1280, height: 720 } });

const panel = () => investigationRegion(page);
// By class, not inside the region named Investigation: the test also reads it in Japanese and Chinese.
const activity = (kind: string) => page.locator(`.session-activity[data-activity="${kind}"]`);

describe('session activity line', () => {
  it('/bin/cat as the debugger is refused with the reason and the session ends failed', { timeout: 240_000 }, async () => {
    const seen: string[] = [];
    await page.exposeFunction('reportSessionState', (state: string) => void seen.push(state));
    await page.evaluate(`(() => {
      const status = document.querySelector('.session-status');
      new MutationObserver(() => window.reportSessionState(status.getAttribute('data-state'))).observe(status, { attributes: true, attributeFilter: ['data-state'] });
    })()`);
    await connectLocalDebugger(page, '/bin/cat');
    await waitForSessionState(page, 'failed', 180_000);
    const status = panel().getByRole('status').first();
    await expect(status.innerText()).resolves.toContain('This program did not answer like kd or cdb: /bin/cat.');
    // It ends failed and stays so. (On the way the core still reports connecting, loading, ready, busy,
    // disconnected, failed: "Ready" shows for a moment before the refusal — a core matter, reported.)
    expect(seen.at(-1)).toBe('failed');
    await page.waitForTimeout(1000);
    await waitForSessionState(page, 'failed');
    // Nothing to investigate on it.
    await expect(button(page, 'Run leak investigation').isDisabled()).resolves.toBe(true);
    // The console says why the program ended, in the connect error's terms, not "[disconnected: cat was killed by SIGKILL]".
    // Compared without white space: xterm wraps long lines at any column.
    const squeezed = (t: string) => t.replace(/\s+/g, '');
    const consoleText = await waitForConsole(page, (t) => squeezed(t).includes('soPoolSleuthendedit'), 60_000);
    expect(squeezed(consoleText)).toContain(
      squeezed('[PoolSleuth] /bin/cat is not a debugger: it did not answer like kd or cdb, so PoolSleuth ended it. Choose kd.exe or cdb.exe as the debugger.'),
    );
    expect(consoleText).not.toMatch(/killed by|\[disconnected/);
    await page.screenshot({ path: screenshotPath('activity-cat-refused.png') });
  });

  it('slow symbol loading shows "Loading symbols…" with the elapsed time, and Cancel sends Break', { timeout: 240_000 }, async () => {
    // Each of kdsim's symbol-loading sections waits this long before its dots (banner and .reload).
    await connectLocalDebugger(page, kdsimCommandLine('--scenario mydriver-x86 --fault symbol-delay=6000'));
    await waitForSessionState(page, 'ready', 120_000);
    await waitForConsole(page, (t) => /kd> ?$/.test(t), 60_000);

    await runInConsole(page, '.reload');
    const loading = activity('loading-symbols');
    await loading.waitFor({ timeout: 60_000 });
    await expect(loading.locator('.activity-message').innerText()).resolves.toBe('Loading symbols…');
    const elapsed = loading.locator('.activity-elapsed');
    await expect(elapsed.innerText()).resolves.toMatch(/^\d+:\d\d$/);
    // The clock ticks while the dots wait.
    await expect.poll(() => elapsed.innerText(), { timeout: 60_000 }).not.toBe('0:00');
    const cancel = loading.getByRole('button', { name: 'Cancel (Break)', exact: true });
    await expect(cancel.isEnabled()).resolves.toBe(true);
    await expect(fullyShown(loading)).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('activity-loading-symbols.png') });
    await loading.screenshot({ path: screenshotPath('activity-loading-symbols-line.png') });

    await cancel.click();
    // kdsim finishes the .reload it is in, then answers the break: Break sent…, then Ready.
    await activity('break-pending').waitFor({ timeout: 60_000 });
    await waitForSessionState(page, 'ready', 120_000);
    await expect(panel().locator('.session-activity').count()).resolves.toBe(0);
  });
});
