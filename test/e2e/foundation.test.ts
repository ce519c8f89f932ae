// Foundation E2E: Debian's Chromium drives the built renderer served by the real
// `poolsleuth serve`, against the demo target (kdsim) and local debugger targets.
import process from 'node:process';
import { describe, expect, it } from 'vitest';
import { button, consoleRegion, fullConsoleText, investigationRegion, waitForConsole, waitForSessionState } from './consolePage';
import { screenshotPath } from './serveHarness';
import { useWorkspacePage } from './workspacePage';

const { page } = useWorkspacePage();

/** A local target that is really kdsim, started the way a user would type it. */
function kdsimCommandLine(extra = ''): string {
  return `"${process.execPath}" --import tsx electron/cli/main.ts kdsim --scenario mydriver-x86 ${extra}`.trim();
}

async function connectLocal(commandLine: string): Promise<void> {
  await investigationRegion(page).getByRole('radio', { name: 'Local debugger' }).check();
  await investigationRegion(page).getByRole('combobox', { name: 'Debugger', exact: true }).selectOption('custom');
  await investigationRegion(page).getByRole('textbox', { name: 'Debugger command line' }).fill(commandLine);
  await button(page, 'Connect').click();
}

async function typeInConsole(text: string): Promise<void> {
  await consoleRegion(page).locator('.console-host').click();
  await page.keyboard.type(text);
}

describe('foundation UI', () => {
  it('offers the contract controls by their English accessible names', async () => {
    await expect(investigationRegion(page).isVisible()).resolves.toBe(true);
    await expect(consoleRegion(page).isVisible()).resolves.toBe(true);
    for (const name of ['Connect', 'Disconnect', 'Break', 'Run leak investigation', 'Export report']) {
      await expect(button(page, name).count(), name).resolves.toBe(1);
    }
    // Nothing to investigate or export before a target is connected.
    await expect(button(page, 'Run leak investigation').isDisabled()).resolves.toBe(true);
    await expect(button(page, 'Export report').isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('combobox', { name: 'Language', exact: true }).count()).resolves.toBe(1);
    await expect(investigationRegion(page).getByRole('combobox', { name: 'Scenario' }).inputValue()).resolves.toBe('mydriver-x86');
    await waitForSessionState(page, 'idle');
  });

  it('connects to the demo target and runs !analyze -v in the console', async () => {
    await button(page, 'Connect').click();
    await waitForSessionState(page, 'ready');
    await expect(investigationRegion(page).getByRole('status').first().innerText()).resolves.toContain('Ready');
    await waitForConsole(page, (t) => /kd> ?$/.test(t));

    await typeInConsole('!analyze -v');
    // The line being typed is visible before it is sent.
    await waitForConsole(page, (t) => t.endsWith('kd> !analyze -v'));
    await page.keyboard.press('Enter');
    await waitForConsole(page, (t) => t.includes('FAILURE_BUCKET_ID') && /kd> ?$/.test(t));
    await page.screenshot({ path: screenshotPath('foundation-console.png') });

    const all = await fullConsoleText(page);
    expect(all).toContain('DRIVER_VERIFIER_DETECTED_VIOLATION');
    // Echoed once by the core; the local edit line must not leave a second copy.
    expect(all.match(/kd> !analyze -v/g)).toHaveLength(1);

    // Ctrl+F finds text in the scrollback.
    await consoleRegion(page).locator('.console-host').click();
    await page.keyboard.press('Control+f');
    const find = page.getByRole('searchbox', { name: 'Find in console' });
    await find.fill('DRIVER_VERIFIER_DETECTED_VIOLATION');
    await find.press('Enter');
    await expect
      .poll(() => consoleRegion(page).getByRole('search').innerText(), { timeout: 5000 })
      .toMatch(/1 of \d+/);
    await page.screenshot({ path: screenshotPath('foundation-search.png') });
    await find.press('Escape');
    await expect(find.count()).resolves.toBe(0);
  });

  it('recalls history with Up and edits the line before sending', async () => {
    await button(page, 'Connect').click();
    await waitForSessionState(page, 'ready');
    await typeInConsole('lmx');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await waitForConsole(page, (t) => t.includes('kd> lm') && /MyDriver/i.test(t) && /kd> ?$/.test(t));
    await page.keyboard.press('ArrowUp');
    await waitForConsole(page, (t) => t.endsWith('kd> lm'));
    await page.keyboard.press('Home');
    await page.keyboard.type('.echo ');
    await waitForConsole(page, (t) => t.endsWith('kd> .echo lm'));
    await page.keyboard.press('Enter');
    await waitForConsole(page, (t) => /kd> \.echo lm\nlm\n/.test(t) && /kd> ?$/.test(t));
  });

  it('queues commands typed while one runs, and Break is available meanwhile', async () => {
    await connectLocal(kdsimCommandLine('--latency 1500'));
    await waitForSessionState(page, 'ready');
    await typeInConsole('.echo first');
    await page.keyboard.press('Enter');
    await waitForSessionState(page, 'busy');
    await expect(button(page, 'Break').isEnabled()).resolves.toBe(true);
    await page.keyboard.type('.echo second');
    await page.keyboard.press('Enter');
    await expect.poll(() => consoleRegion(page).innerText(), { timeout: 5000 }).toContain('1 queued');
    const text = await waitForConsole(page, (t) => /second\nkd> ?$/.test(t), 20_000);
    expect(text).toMatch(/kd> \.echo first\nfirst\nkd> \.echo second\nsecond\nkd> ?$/);
  });

  it('breaks in on a running command with the Break button and with Ctrl+C', async () => {
    await connectLocal(kdsimCommandLine('--latency 4000'));
    await waitForSessionState(page, 'ready', 30_000);
    await typeInConsole('!analyze -v');
    await page.keyboard.press('Enter');
    await waitForSessionState(page, 'busy');
    await button(page, 'Break').click();
    await waitForSessionState(page, 'ready', 20_000);

    await typeInConsole('lm');
    await page.keyboard.press('Enter');
    await waitForSessionState(page, 'busy');
    await page.keyboard.press('Control+c');
    await waitForSessionState(page, 'ready', 20_000);
  });

  it('lets keyboard users Tab out of the console', async () => {
    await consoleRegion(page).locator('.console-host').click();
    // A string expression: this file is type-checked without DOM types.
    const inConsole = () => page.evaluate<boolean>("document.activeElement?.closest('.console-host') !== null");
    await expect(inConsole()).resolves.toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect(inConsole()).resolves.toBe(false);
  });

  it('shows why a connection failed, naming the missing debugger', async () => {
    await connectLocal('C:\\nope\\kd.exe -z C:\\dumps\\MEMORY.DMP');
    // Checked before anything starts: no session is started (the state stays as it was).
    const alert = investigationRegion(page).getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toContain('Debugger not found: C:\\nope\\kd.exe');
    await expect(alert.innerText()).resolves.toContain('The debugger program was not found on this computer.');
    const state = await investigationRegion(page).locator('[role="status"][data-state]').first().getAttribute('data-state');
    expect(['idle', 'disconnected']).toContain(state);
    // Connect again once the failed attempt has settled.
    await expect.poll(() => button(page, 'Connect').isEnabled(), { timeout: 5000 }).toBe(true);
    await page.screenshot({ path: screenshotPath('foundation-connect-failed.png') });
  });

  it('shows why an SSH connection failed', async () => {
    const panel = investigationRegion(page);
    await panel.getByRole('radio', { name: 'SSH' }).check();
    await panel.getByRole('textbox', { name: 'Host' }).fill('127.0.0.1');
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    await panel.getByRole('textbox', { name: 'Port' }).fill('1');
    await panel.getByRole('textbox', { name: 'User' }).fill('dev');
    await panel.getByRole('textbox', { name: 'Remote debugger command line' }).fill('kd -z C:\\dumps\\MEMORY.DMP');
    await button(page, 'Connect').click();
    await waitForSessionState(page, 'failed', 30_000);
    await expect(panel.innerText()).resolves.toMatch(/127\.0\.0\.1:1.*refused/i);
  });

  it('switches language and resizes the split from the keyboard', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await expect(page.getByRole('button', { name: '接続', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('region', { name: 'デバッガー コンソール' }).count()).resolves.toBe(1);
    // The contract's name in every language: the way back from a language you cannot read.
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('zh-CN');
    await expect(page.getByRole('button', { name: '连接', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText('语言 /', { exact: false }).isVisible()).resolves.toBe(true);
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('en');
    await expect(button(page, 'Connect').count()).resolves.toBe(1);

    const separator = page.getByRole('separator', { name: 'Resize panels' });
    const before = Number(await separator.getAttribute('aria-valuenow'));
    await separator.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await separator.getAttribute('aria-valuenow'))).toBe(before + 4);
    await page.keyboard.press('Home');
    await expect.poll(async () => Number(await separator.getAttribute('aria-valuenow'))).toBe(22);

    // Half a 1920 screen: the limits keep 300 px for the panel and 420 px for the console,
    // and neither side overflows sideways (the console's buttons wrap, none off-screen).
    await page.setViewportSize({ width: 960, height: 1040 });
    await expect.poll(async () => Number(await separator.getAttribute('aria-valuemin'))).toBe(31);
    await expect(page.locator('.workflow-panel .panel-body').evaluate((el) => el.scrollWidth <= el.clientWidth)).resolves.toBe(true);
    await page.keyboard.press('End');
    await expect.poll(async () => Number(await separator.getAttribute('aria-valuenow'))).toBe(56);
    const consoleBox = (await consoleRegion(page).boundingBox())!;
    for (const box of await Promise.all((await consoleRegion(page).getByRole('button').all()).map((b) => b.boundingBox()))) {
      expect(box!.x + box!.width).toBeLessThanOrEqual(consoleBox.x + consoleBox.width);
    }
  });

  it('keeps the console readable in the light theme', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await button(page, 'Connect').click();
    await waitForSessionState(page, 'ready');
    await typeInConsole('!verifier 3 MyDriver.sys');
    await page.keyboard.press('Enter');
    await waitForConsole(page, (t) => /kd> ?$/.test(t) && t.includes('MyDriver!DeviceControlDispatch'));
    await page.screenshot({ path: screenshotPath('foundation-light.png') });
  });
});
