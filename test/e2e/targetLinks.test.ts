// Links in debugger output were printed by the target: a click only asks (a dialog with
// the whole URL) and nothing opens unless the user confirms. Our own source links
// (file(line) from ln / k) still open the source viewer at once.
import { describe, expect, it } from 'vitest';
import { button, waitForConsole, waitForSessionState } from './consolePage';
import { clickConsoleText } from './consoleTextClick';
import { runInConsole } from './localDebuggerPage';
import { screenshotPath } from './serveHarness';
import { useWorkspacePage } from './workspacePage';

const { page } = useWorkspacePage();

const url = 'https://poolsleuth-test.invalid/pwn?session=1&x=%22y%22';

describe('links in target output', () => {
  it('a printed URL opens nothing until the user confirms it in a dialog that shows the whole URL', async () => {
    const opened: string[] = [];
    page.context().on('page', (p) => opened.push(p.url() || '(new page)'));
    // The test host never resolves (.invalid): answer for it, and note every request.
    const requested: string[] = [];
    await page.context().route('https://poolsleuth-test.invalid/**', (route) => {
      requested.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/plain', body: 'opened' });
    });

    await button(page, 'Connect').click();
    await waitForSessionState(page, 'ready');
    await runInConsole(page, `.echo Driver help: ${url}`);
    await waitForConsole(page, (t) => t.includes(`Driver help: ${url}`) && /kd> ?$/.test(t));

    await clickConsoleText(page, 'poolsleuth-test.invalid');
    const dialog = page.getByRole('dialog', { name: 'Open a link from the debugger output?' });
    await dialog.waitFor();
    await expect(dialog.getByTestId('link-url').innerText()).resolves.toBe(url);
    await page.screenshot({ path: screenshotPath('target-link-confirm.png') });
    await page.waitForTimeout(500);
    expect(opened).toEqual([]);
    expect(requested).toEqual([]);

    // Cancel (the default button; Escape too): still nothing opened.
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await clickConsoleText(page, 'poolsleuth-test.invalid');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    expect(opened).toEqual([]);
    expect(requested).toEqual([]);

    // Confirmed: exactly that URL opens, in a new page.
    await clickConsoleText(page, 'poolsleuth-test.invalid');
    await dialog.waitFor();
    const popup = page.context().waitForEvent('page');
    await dialog.getByRole('button', { name: 'Open in browser', exact: true }).click();
    const newPage = await popup;
    await expect.poll(() => newPage.url(), { timeout: 10_000 }).toBe(url);
    expect(requested).toEqual([url]);
    await newPage.close();
  });

  it('a source location (ln output) opens the source viewer without asking', async () => {
    await button(page, 'Connect').click();
    await waitForSessionState(page, 'ready');
    await runInConsole(page, 'ln 0x9a3bf6ac');
    await waitForConsole(page, (t) => /handleioctl\.c\(50\)\+0x15/.test(t) && /kd> ?$/.test(t));
    await clickConsoleText(page, 'handleioctl.c(50)');
    await page.getByRole('dialog', { name: 'handleioctl.c, line 50' }).waitFor();
    expect(await page.getByRole('dialog', { name: 'Open a link from the debugger output?' }).count()).toBe(0);
    await page.keyboard.press('Escape');
  });
});
