// Settings → Known hosts over a real sshd (the integration tests' harness): a host key
// accepted with "Accept and remember" is listed; the next connect does not ask; after
// Remove in Settings the next connect shows the host-key question again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSshTestServer, type SshTestServer } from '../integration/sshHarness/sshTestServer';
import { button, waitForSessionState } from './consolePage';
import { screenshotPath } from './serveHarness';
import { fillSshTarget } from './sshTargetPage';
import { useWorkspacePage } from './workspacePage';

// The workspace's own settings folder keeps the known hosts, never the user's.
const { page } = useWorkspacePage({ viewport: { width: 1280, height: 720 } });

let sshd: SshTestServer;
beforeAll(async () => {
  sshd = await startSshTestServer();
});
afterAll(async () => sshd?.stop());

async function connectOverSsh(): Promise<void> {
  await fillSshTarget(page, sshd);
  await button(page, 'Connect').click();
}

/** Answers the password question and waits for the session. */
async function answerPassword(): Promise<void> {
  const password = page.getByRole('dialog', { name: 'SSH password' });
  await password.waitFor({ timeout: 30_000 });
  await password.getByLabel('Password').fill(sshd.password);
  await password.getByRole('button', { name: 'Continue' }).click();
  await waitForSessionState(page, 'ready', 60_000);
}

async function disconnect(): Promise<void> {
  await button(page, 'Disconnect').click();
  await waitForSessionState(page, 'disconnected');
}

describe('Settings → Known hosts', () => {
  it('lists a remembered host key, and after Remove the next connect asks again', async () => {
    const hostPort = `${sshd.host}:${sshd.port}`;
    await connectOverSsh();
    const hostKey = page.getByRole('dialog', { name: 'Unknown SSH host key' });
    await hostKey.waitFor({ timeout: 30_000 });
    await hostKey.getByRole('button', { name: 'Accept and remember' }).click();
    await answerPassword();
    await disconnect();

    // Remembered: the next connect goes straight to the password.
    await button(page, 'Connect').click();
    await answerPassword();
    await expect(hostKey.count()).resolves.toBe(0);
    await disconnect();

    await page.getByRole('button', { name: 'Settings…' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    const table = settings.getByRole('table', { name: 'Known hosts' });
    await expect.poll(() => table.innerText()).toContain(hostPort);
    await expect(table.innerText()).resolves.toMatch(/SHA256:/);
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('settings-known-hosts.png') });
    await settings.getByRole('button', { name: `Remove the host key of ${hostPort}` }).click();
    await expect.poll(() => settings.innerText()).toContain(`The host key of ${hostPort} was removed. The next connect asks again.`);
    // The notice and the re-read list are two renders: wait for the list.
    await expect.poll(() => settings.getByRole('table', { name: 'Known hosts' }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('settings-known-hosts-removed.png') });
    // The keyboard stays in the section, not on <body>.
    await expect(page.evaluate<string | undefined>('document.activeElement?.tagName')).resolves.not.toBe('BODY');
    await settings.getByRole('button', { name: 'Close' }).click();

    await button(page, 'Connect').click();
    await hostKey.waitFor({ timeout: 30_000 });
    await expect(hostKey.innerText()).resolves.toContain(sshd.host);
    await page.screenshot({ path: screenshotPath('settings-known-hosts-asks-again.png') });
    await hostKey.getByRole('button', { name: 'Cancel' }).click();
    await waitForSessionState(page, 'failed', 30_000);
  }, 240_000);
});
