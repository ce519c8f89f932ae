// Issue 15 in Chromium: a reload (F5) keeps the console of the live session; a connect
// error is next to Connect and in view at 1280×720, cleared when the form changes, and
// the session bar forgets the previous target; the keyboard stays on a control after
// Run; Help (F1), Settings (theme, scrollback), the Language name in every language.
// Screenshots at 1280×720 in light and dark, English and Japanese.
import { describe, expect, it } from 'vitest';
import { button, consoleRegion, fullConsoleText, investigationRegion, waitForConsole, waitForSessionState } from './consolePage';
import { connectDemo } from './investigationPage';
import { screenshotPath } from './serveHarness';
import { useWorkspacePage } from './workspacePage';

const laptop = { width: 1280, height: 720 };
const { page, openPage } = useWorkspacePage({
  openEachTest: false,
  viewport: laptop,
  beforeDisconnect: async () => {
    await languagePicker().selectOption('en').catch(() => undefined);
  },
});

const panel = () => investigationRegion(page);
const languagePicker = () => page.getByRole('combobox', { name: 'Language', exact: true });

/** Whether the element's box lies inside the viewport (what the user sees without scrolling the window). */
async function inViewport(selector: ReturnType<typeof panel>): Promise<boolean> {
  return selector.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const scroller = el.closest('.panel-body') ?? el.ownerDocument.documentElement;
    const frame = scroller.getBoundingClientRect();
    return box.height > 0 && box.top >= frame.top - 1 && box.bottom <= Math.min(frame.bottom, el.ownerDocument.documentElement.clientHeight) + 1;
  });
}

describe('session survives a reload', () => {
  it('F5 brings back the console of the live session, prompt included', async () => {
    await openPage();
    await connectDemo(page, 'mydriver-x86');
    await consoleRegion(page).locator('.console-host').click();
    await page.keyboard.type('lm');
    await page.keyboard.press('Enter');
    await waitForConsole(page, (text) => /kd> lm[\s\S]*MyDriver[\s\S]*kd> *$/.test(text));

    await page.reload();
    await investigationRegion(page).waitFor();
    await waitForSessionState(page, 'ready');
    await waitForConsole(page, (t) => t.includes('MyDriver') && /kd> *$/.test(t));
    const text = await fullConsoleText(page);
    expect(text).toContain('Earlier output of this session:');
    expect(text).toMatch(/kd> lm/);
    expect(text.indexOf('Earlier output of this session:')).toBeLessThan(text.indexOf('kd> lm'));
    // Still a live console: a command after the reload runs and answers once.
    await consoleRegion(page).locator('.console-host').click();
    await page.keyboard.type('.echo after reload');
    await page.keyboard.press('Enter');
    const after = await waitForConsole(page, (t) => /kd> \.echo after reload\n after reload|after reload\nkd>/.test(t));
    expect(after.match(/kd> lm/g)?.length ?? 0).toBeLessThanOrEqual(1);
    await page.screenshot({ path: screenshotPath('reload-keeps-console.png') });
  });
});

describe('connect errors where the eye is', () => {
  it('shows a connect error beside Connect, in view at 1280×720, and clears it when the form changes', async () => {
    await openPage();
    // A session first, so there is a previous target for the bar to (not) describe.
    await connectDemo(page, 'mydriver-x86');
    await button(page, 'Disconnect').click();
    await waitForSessionState(page, 'disconnected');
    // The keyboard lands on Connect after Disconnect.
    await expect.poll(() => page.evaluate<string>('`${document.activeElement?.tagName} ${document.activeElement?.textContent?.slice(0, 30)}`')).toBe('BUTTON Connect');

    await panel().getByRole('radio', { name: 'Local debugger' }).check();
    await panel().getByRole('combobox', { name: 'Debugger', exact: true }).selectOption('dump');
    await panel().getByRole('textbox', { name: 'Dump file' }).fill('C:\\dumps\\MISSING.DMP');
    await button(page, 'Connect').click();
    const alert = panel().getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('The dump file was not found.');
    // Beside the button: directly below its row, and on screen.
    const [connectBox, alertBox] = await Promise.all([button(page, 'Connect').boundingBox(), alert.boundingBox()]);
    expect(alertBox!.y).toBeGreaterThan(connectBox!.y);
    expect(alertBox!.y - (connectBox!.y + connectBox!.height)).toBeLessThan(40);
    await page.screenshot({ path: screenshotPath('connect-error-1280x720-dark.png') });
    await expect.poll(() => inViewport(alert)).toBe(true);
    // The session bar no longer describes mydriver-x86.
    await expect(panel().locator('.state-target').count()).resolves.toBe(0);

    // A different preset: the error was about the old form.
    await panel().getByRole('combobox', { name: 'Debugger', exact: true }).selectOption('kdnet');
    await expect.poll(() => alert.count()).toBe(0);
  });

  it('says why the form is read-only while connected', async () => {
    await openPage();
    await connectDemo(page, 'mydriver-x86');
    await panel().getByRole('button', { name: 'Change target' }).click();
    await expect(panel().innerText()).resolves.toContain('A session is open, so this form is read-only. Press Disconnect');
    await expect(button(page, 'Connect').getAttribute('aria-describedby')).resolves.toBeTruthy();
  });
});

describe('keyboard and languages', () => {
  it('keeps the keyboard on a control after Run, and the Language picker is named Language in Japanese', async () => {
    await openPage();
    await connectDemo(page, 'mydriver-x86');
    await expect(panel().innerText()).resolves.toContain('Press Run leak investigation');
    const run = button(page, 'Run leak investigation');
    await run.focus();
    await page.keyboard.press('Enter');
    await panel().locator('[data-phase="finished"], [data-phase="failed"]').waitFor({ timeout: 60_000 });
    // Not <body>: the conclusion card (when the core gives one) or Run again.
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.tagName')).not.toBe('BODY');
    const focused = await page.evaluate<{ cls: string; text: string }>("({ cls: String(document.activeElement?.className ?? ''), text: document.activeElement?.textContent ?? '' })");
    expect(focused.cls.includes('inv-conclusion') || focused.text === 'Run leak investigation').toBe(true);

    await languagePicker().selectOption('ja');
    await expect(page.getByRole('button', { name: '接続', exact: true }).count()).resolves.toBe(0); // connected: the card is folded
    await expect(languagePicker().count()).resolves.toBe(1);
    await expect(page.locator('.language-picker label').innerText()).resolves.toBe('言語 / Language');
    await page.screenshot({ path: screenshotPath('language-ja-dark.png') });
  });
});

describe('Help, Settings and theme', () => {
  it('opens Help with F1 and switches the theme in Settings (light and dark screenshots, en and ja)', async () => {
    await openPage({ colorScheme: 'dark' });
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Help' });
    await help.waitFor();
    await expect(help.innerText()).resolves.toContain('Leak at driver unload');
    await expect(help.getByRole('table', { name: 'Keyboard shortcuts' }).count()).resolves.toBe(1);
    await page.screenshot({ path: screenshotPath('help-dark.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);

    await page.getByRole('button', { name: 'Settings…' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(() => page.evaluate<string | undefined>('document.documentElement.dataset.theme')).toBe('light');
    const background = await page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    expect(background).toBe('rgb(238, 241, 244)');
    await page.screenshot({ path: screenshotPath('settings-light.png') });
    await settings.getByRole('textbox', { name: /Scrollback/ }).fill('5000');
    await settings.getByRole('button', { name: 'Close' }).click();
    // The choice outlives a reload (the OS says dark; the setting says light).
    await page.reload();
    await investigationRegion(page).waitFor();
    await expect(page.evaluate<string | undefined>('document.documentElement.dataset.theme')).resolves.toBe('light');
    await connectDemo(page, 'mydriver-x86');
    await button(page, 'Run leak investigation').click();
    await panel().locator('[data-phase="finished"], [data-phase="failed"]').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: screenshotPath('investigation-light-en.png') });
    await languagePicker().selectOption('ja');
    await page.screenshot({ path: screenshotPath('investigation-light-ja.png') });
    await page.keyboard.press('F1');
    await page.getByRole('dialog').waitFor();
    await page.screenshot({ path: screenshotPath('help-light-ja.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '設定…' }).click();
    await page.getByRole('dialog').getByRole('radio', { name: 'システム' }).check();
    await expect.poll(() => page.evaluate<string | undefined>('document.documentElement.dataset.theme')).toBe('dark');
    await page.screenshot({ path: screenshotPath('settings-dark-ja.png') });
    await page.keyboard.press('Escape');
  });
});

describe('every CLI option has a UI counterpart', () => {
  it('sends snapshot count and interval and the PoolHitTag tag, hits and wait to the core', async () => {
    await openPage();
    await connectDemo(page, 'live-growth-x64');
    await panel().getByRole('combobox', { name: 'Playbook' }).selectOption({ label: 'Pool growth (no Driver Verifier)' });
    await panel().locator('summary', { hasText: 'Options' }).click();
    await panel().getByRole('textbox', { name: 'Snapshots', exact: true }).fill('1');
    // Out of range: said at the field, and Run waits for a fix.
    await expect(panel().innerText()).resolves.toContain('A whole number from 2 to 1000.');
    await expect(button(page, 'Run leak investigation').isDisabled()).resolves.toBe(true);
    await panel().getByRole('textbox', { name: 'Snapshots', exact: true }).fill('3');
    await panel().getByRole('textbox', { name: 'Seconds between snapshots' }).fill('1');
    await panel().getByRole('textbox', { name: 'Tag to watch' }).fill('Leak');
    await panel().getByRole('textbox', { name: 'Hits to collect' }).fill('1');
    await panel().getByRole('textbox', { name: 'Seconds to wait for a hit' }).fill('5');
    await page.screenshot({ path: screenshotPath('investigation-options.png') });
    await button(page, 'Run leak investigation').click();
    await panel().locator('[data-phase="finished"], [data-phase="failed"]').waitFor({ timeout: 180_000 });
    const steps = (await panel().locator('.inv-step-list').textContent()) ?? '';
    // Three snapshots, and PoolHitTag set to the tag we named.
    expect(steps.match(/!poolused/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(steps).toMatch(/PoolHitTag[^\n]*(Leak|0x6b61654c|6b61654c)/i);
  }, 240_000);
});

