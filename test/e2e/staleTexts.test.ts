// Issue 15, item 10: texts that contradicted what happened or went stale, each checked in
// real Chromium against serve + core + kdsim: the steps count after Disconnect cancelled
// steps; "Sent to the console: ln …" in the UI language and not following the user to
// another target; no "Connect to a target…" while connected; an offline replay neither
// "(live target)" nor its kernel string twice; the pool usage never "0%" of a 64-bit
// address space; the bug check line agreeing with the playbook that runs; a Disconnect
// the user asked for without a red "exited with code 0". Screenshots in test-output/e2e.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { button, consoleRegion, investigationRegion, waitForConsole, waitForSessionState } from './consolePage';
import { connectDemo, runInvestigation, sitesTable } from './investigationPage';
import { screenshotPath } from './serveHarness';
import { useWorkspacePage } from './workspacePage';

const { page } = useWorkspacePage({ viewport: { width: 1280, height: 720 } });

const region = () => investigationRegion(page);
const languagePicker = () => page.getByRole('combobox', { name: 'Language', exact: true });
const stepsCount = () => page.locator('.inv-steps .inv-section-header .inv-muted');
const commandNotice = () => page.locator('.inv-command-notice');
const playbookHint = () => page.locator('.inv-controls .inv-field-row + .field-hint');
const sessionStatus = () => page.locator('.session-status');

describe('stale and contradicting texts (issue 15, item 10)', () => {
  it('(a) steps cancelled by Disconnect are counted as cancelled, not done', { timeout: 240_000 }, async () => {
    await connectDemo(page, 'live-growth-x64');
    await region().getByRole('combobox', { name: 'Playbook' }).selectOption({ label: 'Pool growth (no Driver Verifier)' });
    await button(page, 'Run leak investigation').click();
    // The snapshot step lets the target run between snapshots: Disconnect while it does.
    await region().getByRole('progressbar', { name: 'Watch which tags grow' }).waitFor({ timeout: 60_000 });
    await button(page, 'Disconnect').click();
    await waitForSessionState(page, 'disconnected', 60_000);
    await region().locator('[data-phase="failed"], [data-phase="cancelled"]').waitFor({ timeout: 60_000 });
    const statuses = await page.locator('.inv-step').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    const done = statuses.filter((s) => s === 'done' || s === 'skipped').length;
    const cancelled = statuses.filter((s) => s === 'cancelled').length;
    expect(cancelled).toBeGreaterThan(0);
    // "4 of 7 done, 3 cancelled": what ran and what was cancelled, never "7 of 7 done".
    await expect(stepsCount().innerText()).resolves.toBe(`${done} of ${statuses.length} done, ${cancelled} cancelled`);
    expect(done).toBeLessThan(statuses.length);
    await page.screenshot({ path: screenshotPath('stale-a-steps-after-disconnect.png') });
  });

  it('(b)(c)(g) the console notice, the connected hint and a Disconnect the user asked for', async () => {
    await connectDemo(page, 'mydriver-x86');
    // Connected: the hint says to press Run, not to connect.
    const hint = await region().locator('.inv-empty').innerText();
    expect(hint).toContain('Press Run leak investigation');
    expect(hint).not.toContain('Connect to a target');
    await runInvestigation(page);
    await sitesTable(page).getByRole('button', { name: 'MyDriver!DeviceControlDispatch+0x27' }).first().click();
    await waitForConsole(page, (t) => t.includes('kd> ln') && /kd> ?$/.test(t));
    await expect(commandNotice().innerText()).resolves.toMatch(/^Sent to the console: ln 0x[0-9a-f]+$/);
    const sent = (await commandNotice().innerText()).replace('Sent to the console: ', '');
    // The notice follows the language.
    await languagePicker().selectOption('ja');
    await expect.poll(() => commandNotice().innerText()).toBe(`コンソールに送信しました: ${sent}`);
    await languagePicker().selectOption('zh-CN');
    await expect.poll(() => commandNotice().innerText()).toBe(`已发送到控制台：${sent}`);
    await languagePicker().selectOption('en');
    await expect.poll(() => commandNotice().innerText()).toBe(`Sent to the console: ${sent}`);
    await button(page, 'Disconnect').click();
    await waitForSessionState(page, 'disconnected');
    // The Disconnect the user asked for: no "exited with code 0", nothing in the error colour.
    const bar = await sessionStatus().innerText();
    expect(bar).not.toMatch(/exited with code/);
    expect(bar).toContain('The session ended.');
    await expect(sessionStatus().getAttribute('class')).resolves.not.toContain('tone-error');
    await expect(page.locator('.state-reason-error').count()).resolves.toBe(0);
    // The console says the same in the user's terms (compared without white space: xterm wraps at any column).
    const squeezed = (t: string) => t.replace(/\s+/g, '');
    const consoleText = await waitForConsole(page, (t) => squeezed(t).includes(squeezed('[Disconnected: the debugger was closed as you asked.]')), 30_000);
    expect(consoleText).not.toMatch(/exited with code|killed by/);
    // The ended session's prompt is not shown in the console toolbar either.
    await expect(page.locator('.prompt-chip').count()).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath('stale-g-disconnected.png') });
    // Another target: the notice about the last one's console does not come along.
    await connectDemo(page, 'myfault-x64');
    await expect(commandNotice().innerText()).resolves.toBe('');
  });

  it('(d) an offline replay of a saved session', { timeout: 180_000 }, async () => {
    await connectDemo(page, 'mydriver-x86');
    await runInvestigation(page);
    const [file] = await Promise.all([page.waitForEvent('download'), consoleRegion(page).getByRole('button', { name: 'Save transcript', exact: true }).click()]);
    const saved = readFileSync((await file.path())!, 'utf8');
    await button(page, 'Disconnect').click();
    await waitForSessionState(page, 'disconnected');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), consoleRegion(page).getByRole('button', { name: 'Open transcript…' }).click()]);
    await chooser.setFiles({ name: 'session.pstranscript', mimeType: 'application/json', buffer: Buffer.from(saved) });
    await waitForSessionState(page, 'ready');
    await runInvestigation(page);
    const kernel = 'Windows 8 Kernel Version 9600 UP Free x86 compatible';
    const occurrences = (text: string) => text.split(kernel).length - 1;
    const bar = await sessionStatus().innerText();
    expect(bar).toContain('Offline transcript');
    expect(occurrences(bar)).toBe(1);
    const target = await region().locator('.inv-summary').innerText();
    expect(target).toContain('(recorded log)');
    expect(target).not.toContain('live target');
    expect(occurrences(target)).toBe(1);
    await page.screenshot({ path: screenshotPath('stale-d-replay.png') });
  });

  it('(e) pool usage on a 64-bit dump', { timeout: 180_000 }, async () => {
    await connectDemo(page, 'no-verifier-dump-x64');
    await runInvestigation(page, { timeoutMs: 120_000 });
    const usage = region().locator('.inv-usage');
    await usage.scrollIntoViewIfNeeded();
    const text = await usage.locator('..').innerText();
    // Against physical memory (!vm's 8,191 MB), with a meter; never "0%" of the 16 TB address space.
    expect(text).toContain('2,912 MB of 8,191 MB physical memory (36%)');
    expect(text).not.toMatch(/\b0%/);
    expect(text).not.toMatch(/of 16 TB/);
    await expect(usage.getByRole('meter', { name: 'NonPagedPool' }).getAttribute('max')).resolves.toBe(String(2096892 * 4));
    await page.screenshot({ path: screenshotPath('stale-e-pool-usage.png') });
  });

  it('(f) myfault-x64: the bug check line and the playbook badge', { timeout: 180_000 }, async () => {
    await connectDemo(page, 'myfault-x64');
    // While the triage reads the bug check, 0xD1 alone does not pick a playbook: no "suggests: Pool growth"
    // in any text the page shows during the run. The triage's own hint ("does not choose the playbook")
    // and the "running …" one last as long as the run (0.2 s here) and React may never render them when
    // the core's events come together (CI saw that twice), so those moments are pinned by
    // test/unit/renderer/investigation/playbookHint.test.ts.
    const seen: string[] = [];
    await page.exposeFunction('reportHint', (text: string) => void seen.push(text));
    await page.evaluate(`(() => {
      const controls = document.querySelector('.inv-controls');
      const report = () => window.reportHint([...controls.querySelectorAll('.inv-field-row + .field-hint')].map((p) => p.textContent).join(' | ') + ' || ' + (document.querySelector('.inv-card .badge')?.textContent ?? ''));
      new MutationObserver(report).observe(document.querySelector('[data-investigation-view]'), { subtree: true, childList: true, characterData: true });
      report();
    })()`);
    await runInvestigation(page, { timeoutMs: 120_000 });
    await expect(region().locator('.inv-card .badge').innerText()).resolves.toBe('Leak at driver unload');
    await expect(playbookHint().innerText()).resolves.toBe('Bug check 0xd1 (Arg1 0xfffff8a00175c010): ran Leak at driver unload');
    expect(seen.filter((s) => /suggests: Pool growth/.test(s))).toEqual([]);
    await page.screenshot({ path: screenshotPath('stale-f-myfault.png') });
  });
});
