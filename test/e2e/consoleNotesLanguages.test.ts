// The core's own console lines are typed (contract/consoleNotes.ts) and the page writes them
// into xterm in its language: in Japanese, a Disconnect of the Demo target ends with the ja
// "closed as you asked" line, and a reloaded page restores the console (console.recent) with
// that line translated too. The core's stream keeps the English (asserted in the integration
// tests). Real serve + core + kdsim in Chromium. Screenshots in test-output/e2e.
import { describe, expect, it } from 'vitest';
import { button } from './consolePage';
import { connectDemo } from './investigationPage';
import { screenshotPath } from './serveHarness';
import { useWorkspacePage } from './workspacePage';

const { page } = useWorkspacePage({ viewport: { width: 1280, height: 720 } });

const languagePicker = () => page.locator('select:has(option[value="zh-CN"])');
// By class: the console region's accessible name changes with the language.
const consoleRows = () => page.locator('section.console-pane [role="list"] [role="listitem"]');
/** Compared without white space: xterm wraps long lines at any column. */
const squeezed = (t: string) => t.replace(/\s+/g, '');

async function consoleText(): Promise<string> {
  return (await consoleRows().allInnerTexts()).map((r) => r.replace(/\u00a0/g, ' ').trimEnd()).join('\n');
}

const closedJa = '[切断しました: ご指示どおりデバッガーを閉じました。]';
const closedZh = '[已断开连接：已按您的要求关闭调试器。]';

describe('console notes in the page language', () => {
  it('Demo target, Disconnect in Japanese: the closing line is Japanese, live and after a reload', { timeout: 240_000 }, async () => {
    await languagePicker().selectOption('en');
    await connectDemo(page, 'mydriver-x86');
    await expect.poll(consoleText, { timeout: 60_000 }).toMatch(/kd> ?$/);

    await languagePicker().selectOption('ja');
    await button(page, '切断').click();
    await expect.poll(async () => squeezed(await consoleText()), { timeout: 60_000 }).toContain(squeezed(closedJa));
    const live = await consoleText();
    expect(live).not.toMatch(/closed as you asked|\[disconnected:/);
    // The debugger's own output before it stays as kd printed it.
    expect(live).toContain('kd>');
    await page.screenshot({ path: screenshotPath('console-note-closed-ja.png') });

    // A reloaded page (language kept in the page's storage) gets the console back from the core with the notes' places.
    await page.reload();
    await expect.poll(async () => squeezed(await consoleText()), { timeout: 60_000 }).toContain(squeezed(closedJa));
    const restored = await consoleText();
    expect(restored).not.toMatch(/closed as you asked|\[disconnected:/);
    expect(restored).toContain('kd>');
    await page.screenshot({ path: screenshotPath('console-note-closed-restored-ja.png') });

    // In Chinese the restored console says it in Chinese; back in English, the core's own words.
    await languagePicker().selectOption('zh-CN');
    await page.reload();
    await expect.poll(async () => squeezed(await consoleText()), { timeout: 60_000 }).toContain(squeezed(closedZh));
    await languagePicker().selectOption('en');
    await page.reload();
    await expect
      .poll(async () => squeezed(await consoleText()), { timeout: 60_000 })
      .toContain(squeezed('[Disconnected: the debugger was closed as you asked.]'));
  });
});
