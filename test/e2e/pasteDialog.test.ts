// "Paste kd output" in Chromium against the real serve: a colleague's e-mail with the
// `!analyze -v` and `!verifier 3` of seed 000 quoted ("> ") is pasted (clipboard, Ctrl+V),
// opened as an offline session and investigated; the panel shows the driver, the
// allocation sites and the parser's warnings. A file dropped on the text box is read in.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { button, investigationRegion, waitForSessionState } from './consolePage';
import { siteRows, sitesTable } from './investigationPage';
import { repoRoot, screenshotPath } from './serveHarness';
import { useWorkspacePage } from './workspacePage';

const { page } = useWorkspacePage({ viewport: { width: 1440, height: 900 }, grantClipboard: true });

const fixture = (name: string) => readFileSync(path.join(repoRoot, 'test/fixtures/parsers', name), 'utf8').trimEnd();
const quoted = (text: string) =>
  text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
const email = `Hi, the test box bugchecked when MyDriver unloaded. kd said:\n\n${quoted(`${fixture('seed000-analyze.txt')}\n${fixture('seed000-verifier3.txt')}`)}\n\nAny idea what leaks?\n`;

const dialog = () => page.getByRole('dialog', { name: 'Paste kd output' });

/** The browser globals these tests use inside the page (the test project's TypeScript has no DOM library). */
interface PageGlobals {
  navigator: { clipboard: { writeText(text: string): Promise<void> } };
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (parts: string[], name: string, options: { type: string }) => unknown;
}

describe('Paste kd output', () => {
  it('a "> "-quoted !analyze -v + !verifier 3 block: driver, allocation sites and the parser warnings', async () => {
    await button(page, 'Paste kd output…').click();
    const box = dialog().getByRole('textbox', { name: 'Debugger text' });
    await expect(box.evaluate((el) => el.matches(':focus'))).resolves.toBe(true);
    // a real paste: the text goes through the clipboard
    await page.evaluate((text) => (globalThis as unknown as PageGlobals).navigator.clipboard.writeText(text), email);
    await page.keyboard.press('Control+V');
    await expect(box.inputValue()).resolves.toBe(email);
    await page.screenshot({ path: screenshotPath('paste-dialog.png') });

    await dialog().getByRole('button', { name: 'Open and investigate' }).click();
    await dialog().waitFor({ state: 'detached' });
    await waitForSessionState(page, 'ready');
    const region = investigationRegion(page);
    await region.locator('[data-phase="finished"], [data-phase="failed"]').waitFor({ timeout: 60_000 });
    await expect(region.locator('[data-phase]').getAttribute('data-phase')).resolves.toBe('finished');

    // the parser's warnings: what was stripped, then each command's own
    const summary = region.getByRole('region', { name: 'Pasted text' });
    await expect(summary.innerText()).resolves.toContain('!analyze -v · !verifier 3 Mydriver.sys');
    const warnings = await summary.getByRole('list', { name: 'Parser warnings' }).getByRole('listitem').allInnerTexts();
    expect(warnings[0]).toMatch(/^pasted text: stripped the block quote ">" from lines 3–\d+ \(\d+ lines\)$/);
    expect(warnings).toContain('!analyze -v: STACK_TEXT not found');
    await summary.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('paste-warnings.png') });

    // the driver and the three allocation sites of the table that was quoted
    await expect(region.locator('.inv-summary').innerText()).resolves.toContain('Mydriver.sys');
    const rows = await siteRows(sitesTable(page));
    expect(rows.map((r) => r.tag).sort()).toEqual(['VMdl', 'Vfwi', 'mdrv']);
    expect(rows.find((r) => r.tag === 'mdrv')!.bytes).toBe('4,104 (0x1008)');
    expect(rows.find((r) => r.tag === 'Vfwi')!.caller).toContain('MyDriver!GetNecessaryObjects');
    await sitesTable(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('paste-findings.png') });
  });

  it('reads a dropped file into the text box, and refuses to open prose', async () => {
    await button(page, 'Paste kd output…').click();
    const box = dialog().getByRole('textbox', { name: 'Debugger text' });
    const log = `kd> !verifier 3 Mydriver.sys\n${fixture('seed000-verifier3.txt').split('\n').slice(1).join('\n')}`;
    const drop = await page.evaluateHandle((text) => {
      const g = globalThis as unknown as PageGlobals;
      const data = new g.DataTransfer();
      data.items.add(new g.File([text], 'kd.log', { type: 'text/plain' }));
      return data;
    }, log);
    await box.dispatchEvent('drop', { dataTransfer: drop });
    await expect.poll(() => box.inputValue()).toBe(log);
    await expect(dialog().innerText()).resolves.toContain(`${log.length} characters`);

    await box.fill('Our driver leaks, please help.');
    await dialog().getByRole('button', { name: 'Open and investigate' }).click();
    await expect.poll(() => dialog().getByRole('alert').innerText()).toMatch(/^Could not open the pasted text: .*no debugger commands found/);
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await dialog().waitFor({ state: 'detached' });
  });
});
