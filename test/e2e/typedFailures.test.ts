// Connect failures travel typed (contract/failureMessages.ts) and the page translates them
// by code: in Japanese and Chinese a debugger that exits at start-up (/bin/false) and a
// program that is not a debugger (/bin/cat) are told in the language, in the connect
// error and in the session bar, with the program's own name and exit code filled in.
// Real Chromium, real processes over real pipes. Screenshots in test-output/e2e.
import { describe, expect, it } from 'vitest';
import { freePort } from '../integration/sshHarness/opensshServer';
import { button, investigationRegion } from './consolePage';
import { screenshotPath } from './serveHarness';
import { useWorkspacePage } from './workspacePage';

const { page } = useWorkspacePage({ viewport: { width: 1280, height: 720 } });

const languagePicker = () => page.locator('select:has(option[value="zh-CN"])');
const sessionStatus = (state: string) => page.locator(`.session-status[data-state="${state}"]`);
const connectError = () => page.locator('.connect-error');

/** The custom command line, chosen while the form speaks English. */
async function chooseCommandLine(commandLine: string): Promise<void> {
  const panel = investigationRegion(page);
  await panel.getByRole('radio', { name: 'Local debugger' }).waitFor({ timeout: 60_000 });
  await panel.getByRole('radio', { name: 'Local debugger' }).check();
  await panel.getByRole('combobox', { name: 'Debugger', exact: true }).selectOption('custom');
  await panel.getByRole('textbox', { name: 'Debugger command line' }).fill(commandLine);
}

describe('typed connect failures in the page', () => {
  it('/bin/false in Japanese: the start-up failure is told in Japanese with its exit code', { timeout: 240_000 }, async () => {
    await chooseCommandLine('/bin/false');
    await languagePicker().selectOption('ja');
    await button(page, '接続').click();
    await sessionStatus('failed').waitFor({ timeout: 180_000 });
    await connectError().waitFor({ timeout: 60_000 });
    const error = await connectError().innerText();
    expect(error).toContain('接続できません: デバッガーを起動できませんでした（/bin/false）: false は終了コード 1 で終了しました。コマンド ラインを確認してください');
    expect(error).not.toMatch(/did not start|exited with code|Check the/);
    // The session bar says the same, typed too.
    const reason = await sessionStatus('failed').locator('.state-reason').innerText();
    expect(reason).toContain('デバッガーを起動できませんでした（/bin/false）: false は終了コード 1 で終了しました');
    await page.screenshot({ path: screenshotPath('typed-failure-false-ja.png') });
  });

  it('/bin/cat in Japanese, then Chinese: the refusal follows the language', { timeout: 240_000 }, async () => {
    await languagePicker().selectOption('en');
    await chooseCommandLine('/bin/cat');
    await languagePicker().selectOption('ja');
    await button(page, '接続').click();
    await expect.poll(() => connectError().innerText().catch(() => ''), { timeout: 180_000 }).toContain('このプログラムは kd や cdb のように応答しませんでした: /bin/cat');
    await sessionStatus('failed').waitFor({ timeout: 60_000 });
    const reason = sessionStatus('failed').locator('.state-reason');
    await expect(reason.innerText()).resolves.toContain('このプログラムは kd や cdb のように応答しませんでした: /bin/cat。送られた内容をそのまま返しただけ');
    await page.screenshot({ path: screenshotPath('typed-failure-cat-ja.png') });
    // The session bar renders the typed reason again in the new language.
    await languagePicker().selectOption('zh-CN');
    await expect.poll(() => reason.innerText(), { timeout: 10_000 }).toContain('此程序的应答不像 kd 或 cdb：/bin/cat。它只是原样回显了发送给它的内容');
    await page.screenshot({ path: screenshotPath('typed-failure-cat-zhCN.png') });
    await languagePicker().selectOption('en');
    await expect.poll(() => reason.innerText(), { timeout: 10_000 }).toContain('This program did not answer like kd or cdb: /bin/cat. It only echoed back');
  });

  it('SSH to a refused port in Japanese, then Chinese: the connect error is translated with its host:port', { timeout: 240_000 }, async () => {
    await languagePicker().selectOption('en');
    const port = await freePort();
    const panel = investigationRegion(page);
    await panel.getByRole('radio', { name: 'SSH' }).check();
    await panel.getByRole('textbox', { name: 'Host', exact: true }).fill('127.0.0.1');
    await panel.getByRole('textbox', { name: 'Port' }).fill(String(port));
    await panel.getByRole('textbox', { name: 'User' }).fill('nobody');
    await panel.getByRole('combobox', { name: 'Authentication' }).selectOption('password');
    await panel.getByRole('textbox', { name: 'Remote debugger command line' }).fill('kd.exe -z C:\\dumps\\a.dmp');
    await languagePicker().selectOption('ja');
    await button(page, '接続').click();
    await expect
      .poll(() => connectError().innerText().catch(() => ''), { timeout: 120_000 })
      .toContain(`127.0.0.1:${port} に接続できません: 接続が拒否されました（OpenSSH サーバーが動作していて、そのポートで待ち受けていますか？）`);
    expect(await connectError().innerText()).not.toMatch(/Cannot reach|connection refused/);
    await page.screenshot({ path: screenshotPath('typed-failure-ssh-refused-ja.png') });
    await languagePicker().selectOption('zh-CN');
    await button(page, '连接').click();
    await expect.poll(() => connectError().innerText().catch(() => ''), { timeout: 120_000 }).toContain(`无法连接 127.0.0.1:${port}：连接被拒绝`);
    await page.screenshot({ path: screenshotPath('typed-failure-ssh-refused-zhCN.png') });
    await languagePicker().selectOption('en');
    await panel.getByRole('radio', { name: 'Demo', exact: true }).check();
  });
});
