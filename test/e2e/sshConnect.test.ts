// SSH through the UI: the core's host-key and password questions appear as a
// modal dialog, the answers go back over prompt.answer, and the remote debugger
// (kdsim behind a real OpenSSH sshd, or ssh2's server where sshd cannot run)
// ends up in the console like a local one.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSshTestServer, type SshTestServer } from '../integration/sshHarness/sshTestServer';
import { button, consoleRegion, investigationRegion, waitForConsole, waitForSessionState } from './consolePage';
import { screenshotPath } from './serveHarness';
import { fillSshTarget } from './sshTargetPage';
import { useWorkspacePage } from './workspacePage';

// The workspace's own settings folder also keeps the known hosts, never the user's.
const { page } = useWorkspacePage();

let sshd: SshTestServer;
beforeAll(async () => {
  sshd = await startSshTestServer();
});
afterAll(async () => sshd?.stop());


describe('SSH target', () => {
  it('stops before any password when the host key is refused', async () => {
    await fillSshTarget(page, sshd);
    await button(page, 'Connect').click();
    const hostKey = page.getByRole('dialog', { name: 'Unknown SSH host key' });
    await hostKey.waitFor({ timeout: 30_000 });
    // Fingerprint and host in monospace, the three choices offered.
    await expect(hostKey
        .locator('.fingerprint code')
        .last()
        // In the page (no DOM types in the Node tsconfig).
        .evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { fontFamily: string } }).getComputedStyle(el).fontFamily)).resolves.toMatch(/mono/i);
    for (const name of ['Cancel', 'Accept once', 'Accept and remember']) await expect(hostKey.getByRole('button', { name }).count()).resolves.toBe(1);
    await hostKey.getByRole('button', { name: 'Cancel' }).click();
    await waitForSessionState(page, 'failed', 30_000);
    await expect(page.getByRole('dialog', { name: 'SSH password' }).count()).resolves.toBe(0);
    await expect(investigationRegion(page).getByRole('status').first().innerText()).resolves.toMatch(/host key/i);
    await page.screenshot({ path: screenshotPath('ssh-host-key-refused.png') });
  });

  it('asks for the host key and the password in a dialog, then runs commands remotely', async () => {
    await fillSshTarget(page, sshd);
    await button(page, 'Connect').click();

    const hostKey = page.getByRole('dialog', { name: 'Unknown SSH host key' });
    await hostKey.waitFor({ timeout: 30_000 });
    await expect(hostKey.innerText()).resolves.toMatch(/SHA256:/);
    await page.screenshot({ path: screenshotPath('ssh-host-key.png') });
    await hostKey.getByRole('button', { name: 'Accept once' }).click();

    const password = page.getByRole('dialog', { name: 'SSH password' });
    await password.waitFor({ timeout: 30_000 });
    await password.getByLabel('Password').fill(sshd.password);
    await password.getByRole('button', { name: 'Continue' }).click();

    await waitForSessionState(page, 'ready', 60_000);
    await consoleRegion(page).locator('.console-host').click();
    await page.keyboard.type('lm');
    await page.keyboard.press('Enter');
    await waitForConsole(page, (t) => /kd> lm\n/.test(t) && /MyDriver/.test(t) && /kd> ?$/.test(t));
    // The password never reaches the page's text, nor the saved transcript.
    await expect(page.locator('body').innerText()).resolves.not.toContain(sshd.password);
    const [file] = await Promise.all([page.waitForEvent('download'), consoleRegion(page).getByRole('button', { name: 'Save transcript', exact: true }).click()]);
    const transcript = readFileSync((await file.path())!, 'utf8');
    expect(transcript).toContain('"text":"lm"');
    expect(transcript).not.toContain(sshd.password);
    await button(page, 'Disconnect').click();
    await waitForSessionState(page, 'disconnected');
  });
});
