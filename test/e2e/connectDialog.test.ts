// The connect form through the real serve + core: each target kind, the
// local presets (argv preview and field errors from the core), a connection
// that fails with its reason, Reconnect, and profiles that survive a reload.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { describe, expect, it } from 'vitest';
import { button, investigationRegion, waitForSessionState } from './consolePage';
import { screenshotPath } from './serveHarness';
import { useWorkspacePage } from './workspacePage';

const { page, settingsDir } = useWorkspacePage();

const panel = () => investigationRegion(page);
const presetPicker = () => panel().getByRole('combobox', { name: 'Debugger', exact: true });
const argvPreview = () => panel().getByRole('list', { name: 'Runs as' });

async function chooseLocalPreset(kind: string): Promise<void> {
  await panel().getByRole('radio', { name: 'Local debugger' }).check();
  await presetPicker().selectOption(kind);
}

describe('connect form', () => {
  it('connects to the demo target, shows the target summary, disconnects and reconnects', async () => {
    await panel().getByRole('combobox', { name: 'Scenario' }).selectOption('mydriver-x86');
    await button(page, 'Connect').click();
    await waitForSessionState(page, 'ready');
    const status = panel().getByRole('status').first();
    await expect(status.innerText()).resolves.toMatch(/Live target[\s\S]*Build 9600[\s\S]*x86[\s\S]*Bug check 0xC4 \(0x62, …\)/);
    // The target card folds away while connected.
    await expect(panel().getByRole('button', { name: 'Change target' }).getAttribute('aria-expanded')).resolves.toBe('false');
    await page.screenshot({ path: screenshotPath('connect-demo-ready.png') });

    await button(page, 'Disconnect').click();
    await waitForSessionState(page, 'disconnected');
    await button(page, 'Reconnect').click();
    await waitForSessionState(page, 'ready');
  });

  it('builds each local preset’s argv in the core and names the field to fix', async () => {
    await chooseLocalPreset('kdnet');
    await panel().getByRole('textbox', { name: 'Key' }).fill('1a2b.3c4d.5e6f.7a8b');
    await expect.poll(() => argvPreview().innerText()).toContain('net:port=50000,key=1a2b.3c4d.5e6f.7a8b');
    await panel().getByRole('textbox', { name: 'Key' }).fill('not-a-key');
    await expect.poll(() => panel().innerText()).toContain('The KDNET key looks like w.x.y.z');
    await expect(panel().getByRole('textbox', { name: 'Key' }).getAttribute('aria-invalid')).resolves.toBe('true');
    await page.screenshot({ path: screenshotPath('connect-kdnet-bad-key.png') });
    await panel().getByRole('textbox', { name: 'Port' }).fill('70000');
    await panel().getByRole('textbox', { name: 'Key' }).fill('1a2b.3c4d.5e6f.7a8b');
    await expect.poll(() => panel().innerText()).toContain('The port must be a number from 1 to 65535.');

    await presetPicker().selectOption('serial');
    await expect.poll(() => argvPreview().innerText()).toContain('com:port=COM1,baud=115200');
    await presetPicker().selectOption('pipe');
    await panel().getByRole('textbox', { name: 'Pipe name' }).fill('com_1');
    await expect.poll(() => argvPreview().innerText()).toContain('com:pipe,port=\\\\.\\pipe\\com_1,resets=0,reconnect');
    await presetPicker().selectOption('local-kernel');
    await expect.poll(() => argvPreview().innerText()).toContain('-kl');
    await presetPicker().selectOption('remote-server');
    await panel().getByRole('textbox', { name: 'Server' }).fill('lab01');
    await expect.poll(() => argvPreview().innerText()).toContain('tcp:server=lab01,port=5005');
    await presetPicker().selectOption('dump');
    await panel().getByRole('textbox', { name: 'Symbol path (-y)' }).fill('srv*C:\\symbols*https://msdl.microsoft.com/download/symbols');
    await panel().getByRole('textbox', { name: 'Dump file' }).fill('C:\\dumps\\MEMORY.DMP');
    await expect.poll(() => argvPreview().innerText()).toMatch(/kd\.exe\s+-y\s+srv\*C:\\symbols\*https:\/\/msdl\.microsoft\.com\/download\/symbols\s+-z\s+C:\\dumps\\MEMORY\.DMP/);
    await page.screenshot({ path: screenshotPath('connect-local-dump-preview.png') });

    // The dump does not exist here: said before anything starts.
    await button(page, 'Connect').click();
    const alert = panel().getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('The dump file was not found. Check the path.');
    await expect(alert.innerText()).resolves.toContain('Dump file not found: C:\\dumps\\MEMORY.DMP');
    await waitForSessionState(page, 'idle');
  });

  it('connects with a free command line (kdsim as a local debugger)', async () => {
    await chooseLocalPreset('custom');
    await panel().getByRole('textbox', { name: 'Debugger command line' }).fill(`"${process.execPath}" --import tsx electron/cli/main.ts kdsim --scenario myfault-x64`);
    await button(page, 'Connect').click();
    await waitForSessionState(page, 'ready');
    await expect(panel().getByRole('status').first().innerText()).resolves.toMatch(/Crash dump[\s\S]*x64/);
  });

  it('shows the reason when the debugger starts and dies', async () => {
    await chooseLocalPreset('custom');
    await panel().getByRole('textbox', { name: 'Debugger command line' }).fill(`"${process.execPath}" -e "process.stderr.write('cannot open dump'); process.exit(3)"`);
    await button(page, 'Connect').click();
    await waitForSessionState(page, 'failed');
    const status = panel().getByRole('status').first();
    await expect(status.innerText()).resolves.toContain('cannot open dump');
    await expect(button(page, 'Reconnect').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('connect-failed-reason.png') });
  });

  it('keeps a saved profile (without secrets) across a reload, and lists recent targets', async () => {
    await panel().getByRole('radio', { name: 'SSH' }).check();
    await panel().getByRole('textbox', { name: 'Host', exact: true }).fill('lab01.example.test');
    await panel().getByRole('textbox', { name: 'User' }).fill('dev');
    await panel().getByRole('combobox', { name: 'Authentication' }).selectOption('password');
    await panel().getByRole('combobox', { name: 'Debugger on the SSH host' }).selectOption('dump');
    await panel().getByRole('textbox', { name: 'Dump file on the SSH host' }).fill('D:\\dumps\\MEMORY.DMP');
    await panel().getByRole('button', { name: 'Save as…' }).click();
    await panel().getByRole('textbox', { name: 'Name' }).fill('Lab 01 dumps');
    await panel().getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => panel().getByRole('combobox', { name: 'Profile' }).innerText()).toContain('Lab 01 dumps');
    await page.screenshot({ path: screenshotPath('connect-profile-saved.png') });

    // A demo connect goes to the recent list.
    await panel().getByRole('radio', { name: 'Demo' }).check();
    await button(page, 'Connect').click();
    await waitForSessionState(page, 'ready');
    await button(page, 'Disconnect').click();
    await waitForSessionState(page, 'disconnected');

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const profile = panel().getByRole('combobox', { name: 'Profile' });
    await expect.poll(() => profile.innerText()).toContain('Lab 01 dumps');
    await expect(profile.innerText()).resolves.toMatch(/mydriver-x86 — /);
    const value = await profile.locator('option', { hasText: 'Lab 01 dumps' }).getAttribute('value');
    await profile.selectOption(value!);
    await expect(panel().getByRole('textbox', { name: 'Host', exact: true }).inputValue()).resolves.toBe('lab01.example.test');
    await expect(panel().getByRole('textbox', { name: 'Dump file on the SSH host' }).inputValue()).resolves.toBe('D:\\dumps\\MEMORY.DMP');

    const files = readdirSync(settingsDir()).map((f) => readFileSync(path.join(settingsDir(), f), 'utf8')).join('\n');
    expect(files).toContain('Lab 01 dumps');
    expect(files).not.toMatch(/"(password|passphrase|secret)"\s*:/i);
  });
});
