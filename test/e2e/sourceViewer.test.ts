// The source viewer: a source path mapping added in Settings → Source paths
// (PDB prefix d:\coding\wdmdrivers\ → test/fixtures/sources), then a click on
// the `ln` output in the console opens handleioctl.c at line 50, highlighted; so do the
// investigation's Source cell and "What to fix" line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { button, investigationRegion, waitForConsole, waitForSessionState } from './consolePage';
import { runInvestigation, siteRows, sitesTable } from './investigationPage';
import { clickConsoleText } from './consoleTextClick';
import { runInConsole } from './localDebuggerPage';
import { repoRoot, screenshotPath } from './serveHarness';
import { useWorkspacePage } from './workspacePage';

const { page } = useWorkspacePage({ colorScheme: 'light' });

describe('source viewer', () => {
  it('opens handleioctl.c at line 50 from the ln output, through a source path mapping', async () => {
    await page.getByRole('button', { name: 'Source paths…' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings → Source paths' });
    await settings.getByRole('button', { name: 'Add a source path' }).click();
    await settings.getByRole('textbox', { name: 'PDB path prefix, row 1' }).fill('d:\\coding\\wdmdrivers\\');
    await settings.getByRole('textbox', { name: 'Folder, row 1' }).fill(path.join(repoRoot, 'test/fixtures/sources'));
    await page.screenshot({ path: screenshotPath('source-paths-settings.png') });
    await settings.getByRole('button', { name: 'Save', exact: true }).click();
    await settings.waitFor({ state: 'detached' });

    await button(page, 'Connect').click();
    await waitForSessionState(page, 'ready');
    await runInConsole(page, 'ln 0x9a3bf6ac');
    await waitForConsole(page, (t) => /handleioctl\.c\(50\)\+0x15/.test(t) && /kd> ?$/.test(t));
    await clickConsoleText(page, 'handleioctl.c(50)');

    const viewer = page.getByRole('dialog', { name: 'handleioctl.c, line 50' });
    await viewer.waitFor();
    const current = viewer.locator('li[aria-current="true"]');
    await expect(current.getAttribute('data-line')).resolves.toBe('50');
    await expect(current.innerText()).resolves.toContain('IoAllocateMdl');
    await expect(current.evaluate((el) => el.ownerDocument.activeElement === el)).resolves.toBe(true);
    await expect(viewer.locator('li[data-line="38"]').innerText()).resolves.toContain('ExAllocatePoolWithTag');
    await page.screenshot({ path: screenshotPath('source-viewer-line-50.png') });
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });

    // The findings lead to the same place: the Source cell of a site and its "What to fix" line.
    await runInvestigation(page);
    const vmdl = (await siteRows(sitesTable(page))).findIndex((r) => r.tag === 'VMdl');
    await sitesTable(page).locator(`[role="row"][data-site-index="${vmdl}"]`).getByRole('button', { name: 'handleioctl.c:50', exact: true }).click();
    await viewer.waitFor();
    await expect(viewer.locator('li[aria-current="true"]').getAttribute('data-line')).resolves.toBe('50');
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });
    // The conclusion's suspect (mdrv, line 38) opens the viewer too.
    await investigationRegion(page).getByRole('list', { name: 'Suspects' }).getByRole('button', { name: 'handleioctl.c:38', exact: true }).click();
    const line38 = page.getByRole('dialog', { name: 'handleioctl.c, line 38' });
    await line38.waitFor();
    await expect(line38.locator('li[aria-current="true"]').innerText()).resolves.toContain('ExAllocatePoolWithTag');
    await page.keyboard.press('Escape');
    await line38.waitFor({ state: 'detached' });
  });

  it('explains a file outside every mapping and offers to add one', async () => {
    await button(page, 'Connect').click();
    await waitForSessionState(page, 'ready');
    // A stack line with a source location the mappings do not cover.
    await runInConsole(page, '.echo 8d4f3b40 9a3bf6ac MyDriver!Other+0x4c [e:\\elsewhere\\other.c @ 12]');
    await waitForConsole(page, (t) => /other\.c @ 12\]\nkd> ?$/.test(t));
    await clickConsoleText(page, 'other.c @ 12');
    const viewer = page.getByRole('dialog', { name: 'other.c, line 12' });
    await viewer.waitFor();
    await expect.poll(() => viewer.innerText()).toContain('PoolSleuth does not know where this file is');
    await viewer.getByRole('button', { name: 'Add a source path…' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings → Source paths' });
    await expect.poll(() => settings.getByRole('textbox', { name: /PDB path prefix, row/ }).last().inputValue()).toBe('e:\\elsewhere\\');
    await settings.getByRole('button', { name: 'Cancel' }).click();
  });
});
