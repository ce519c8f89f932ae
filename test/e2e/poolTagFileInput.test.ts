// The one pool-tag file input (investigation/PoolTagFileInput.tsx) in both places that use
// it: the investigation's Options take a file and show its name, refuse one over 16 MB
// with the reason; Settings keeps one as the default, which the Options then show.
// Real Chromium against the browser-mode server.
import { describe, expect, it } from 'vitest';
import { investigationRegion } from './consolePage';
import { screenshotPath } from './serveHarness';
import { useWorkspacePage } from './workspacePage';

const { page } = useWorkspacePage({ viewport: { width: 1280, height: 720 } });
const panel = () => investigationRegion(page);

describe('pool-tag file input', () => {
  it('Options read a chosen file and refuse one over 16 MB; Settings sets the default', { timeout: 120_000 }, async () => {
    await panel().locator('summary', { hasText: 'Options' }).click();
    const optionsInput = panel().getByLabel('Pool-tag file', { exact: true });
    await optionsInput.setInputFiles({ name: 'pooltag.txt', mimeType: 'text/plain', buffer: Buffer.from('Leak - leakydrv.sys - records\n') });
    await expect.poll(() => panel().locator('.inv-option-file-name').innerText()).toBe('pooltag.txt');
    await optionsInput.setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(16 * 1024 * 1024 + 1, 0x41) });
    await expect.poll(() => panel().innerText()).toContain('huge.txt is larger than 16 MB; that is not a pool-tag list.');
    // The file chosen before stays.
    await expect(panel().locator('.inv-option-file-name').innerText()).resolves.toBe('pooltag.txt');
    await panel().locator('.inv-option-file').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('pooltag-options.png') });
    await panel().getByRole('button', { name: 'Remove', exact: true }).click();

    await page.getByRole('button', { name: 'Settings…' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Default pool-tag file', { exact: true }).setInputFiles({ name: 'lab-pooltag.txt', mimeType: 'text/plain', buffer: Buffer.from('Leak - leakydrv.sys - records\n') });
    await expect.poll(() => settings.innerText()).toContain('lab-pooltag.txt');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel().locator('.inv-option-file-name').innerText()).toBe('lab-pooltag.txt (from Settings)');
  });
});
