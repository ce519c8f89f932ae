// Page helper for tests that connect over SSH to the test sshd: the SSH target filled in
// the way a user types it, with kdsim as the remote debugger and password sign-in.
import type { Page } from 'playwright-core';
import { kdsimArgv } from '../integration/ssh/sshTestKit';
import type { SshTestServer } from '../integration/sshHarness/sshTestServer';
import { investigationRegion } from './consolePage';

/** The remote command line as a user would type it (Windows quoting rules; no quotes inside). */
const remoteKdsimCommandLine = (): string => kdsimArgv('mydriver-x86').map((a) => `"${a}"`).join(' ');

/** Chooses SSH, fills host, port, user, password sign-in and kdsim's command line (does not press Connect). */
export async function fillSshTarget(page: Page, sshd: SshTestServer): Promise<void> {
  const panel = investigationRegion(page);
  await panel.getByRole('radio', { name: 'SSH' }).check();
  await panel.getByRole('textbox', { name: 'Host', exact: true }).fill(sshd.host);
  await panel.getByRole('textbox', { name: 'Port' }).fill(String(sshd.port));
  await panel.getByRole('textbox', { name: 'User' }).fill(sshd.user);
  await panel.getByRole('combobox', { name: 'Authentication' }).selectOption('password');
  await panel.getByRole('textbox', { name: 'Remote debugger command line' }).fill(remoteKdsimCommandLine());
}
