// Save transcript downloads what the session recorded (reopenable JSON lines,
// and a .logopen-style log); Open transcript replays it offline: commands
// answer from the recording and the session bar says "Offline transcript".
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { button, consoleRegion, investigationRegion, waitForConsole, waitForSessionState } from './consolePage';
import { screenshotPath } from './serveHarness';
import { useWorkspacePage } from './workspacePage';

const { page, settingsDir } = useWorkspacePage();

async function run(command: string, done: RegExp): Promise<void> {
  await consoleRegion(page).locator('.console-host').click();
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
  await waitForConsole(page, (t) => done.test(t) && /kd> ?$/.test(t));
}

async function type(command: string, done: (text: string) => boolean): Promise<void> {
  await consoleRegion(page).locator('.console-host').click();
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
  await waitForConsole(page, done);
}

async function download(name: string): Promise<{ fileName: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), consoleRegion(page).getByRole('button', { name, exact: true }).click()]);
  return { fileName: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

describe('transcripts', () => {
  it('saves the session, then replays the saved file offline', async () => {
    await button(page, 'Connect').click();
    await waitForSessionState(page, 'ready');
    await run('!verifier 3 MyDriver.sys', /Vfwi/);

    const saved = await download('Save transcript');
    expect(saved.fileName).toMatch(/^poolsleuth-.*\.pstranscript$/);
    expect(saved.text.split('\n')[0]).toContain('"format":"poolsleuth-transcript"');
    expect(saved.text).toContain('"text":"!verifier 3 MyDriver.sys"');
    const log = await download('Save log');
    expect(log.fileName).toMatch(/\.log$/);
    expect(log.text).toContain('kd> !verifier 3 MyDriver.sys');
    expect(log.text).toContain('VMdl');

    // The page says where the core wrote the files: real files in the settings folder's transcripts/, holding this session.
    const shown = consoleRegion(page).getByRole('status').filter({ hasText: 'Saved to:' });
    const paths = await shown.locator('code').allInnerTexts();
    expect(paths).toHaveLength(2);
    const [transcriptPath, logPath] = paths as [string, string];
    expect(path.dirname(transcriptPath)).toBe(path.join(settingsDir(), 'transcripts'));
    expect(path.basename(transcriptPath)).toBe(saved.fileName);
    expect(path.basename(logPath)).toBe(log.fileName);
    expect(existsSync(transcriptPath) && existsSync(logPath)).toBe(true);
    expect(readFileSync(transcriptPath, 'utf8')).toBe(saved.text);
    expect(readFileSync(logPath, 'utf8')).toBe(log.text);
    await page.screenshot({ path: screenshotPath('transcript-saved-paths.png') });
    // Selectable text, to be copied: dragging over the first path selects it.
    const box = (await shown.locator('code').first().boundingBox())!;
    await page.mouse.move(box.x - 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width + 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(await page.evaluate<string>('getSelection().toString()')).toContain(transcriptPath);

    await button(page, 'Disconnect').click();
    await waitForSessionState(page, 'disconnected');

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), consoleRegion(page).getByRole('button', { name: 'Open transcript…' }).click()]);
    await chooser.setFiles({ name: saved.fileName, mimeType: 'application/json', buffer: Buffer.from(saved.text) });
    await waitForSessionState(page, 'ready');
    const status = investigationRegion(page).getByRole('status').first();
    await expect(status.innerText()).resolves.toContain('Offline transcript');
    // Clear first, so the answer on screen can only come from the replay.
    await consoleRegion(page).getByRole('button', { name: 'Clear', exact: true }).click();
    await run('!verifier 3 MyDriver.sys', /0x9a836fd0\s+0x00000030\s+Vfwi/);
    await run('lm', /not in the recorded transcript/);
    await page.screenshot({ path: screenshotPath('transcript-replay.png') });
  });

  it('says what is wrong with a file that is neither a transcript nor a debugger log', async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), consoleRegion(page).getByRole('button', { name: 'Open transcript…' }).click()]);
    await chooser.setFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('shopping list\nstart end module\n') });
    await waitForConsole(page, (t) => /Could not open the transcript: notes\.txt: no debugger commands found/.test(t));
    await waitForSessionState(page, 'idle');
  });

  it('replays a .logopen text log like a saved transcript', async () => {
    const log = 'Microsoft (R) Windows Debugger Version 6.3.9600.16384 X86\nkd> lm m MyDriver\nstart    end        module name\n9a3b0000 9a3c6000   MyDriver   (private pdb symbols)\nkd> .logclose\n';
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), consoleRegion(page).getByRole('button', { name: 'Open transcript…' }).click()]);
    await chooser.setFiles({ name: 'colleague.log', mimeType: 'text/plain', buffer: Buffer.from(log) });
    await waitForSessionState(page, 'ready');
    await consoleRegion(page).getByRole('button', { name: 'Clear', exact: true }).click();
    // A short screen: xterm's rows below the prompt are blank, hence \s* before the end.
    await type('LM M mydriver', (t) => /9a3b0000 9a3c6000\s+MyDriver/.test(t) && /kd>\s*$/.test(t));
    await type('!analyze -v', (t) => /'!analyze -v' is not in the recorded transcript[^]*kd>\s*$/.test(t));
    expect(await consoleRegion(page).innerText()).not.toMatch(/Couldn't resolve/);
  });
});
