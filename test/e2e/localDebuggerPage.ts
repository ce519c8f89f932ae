// Page helpers for tests that use a local debugger started the way a user types it:
// kdsim's command line, the Local debugger target filled in and connected, a command
// typed into the console, and whether a line of the page is shown whole.
import process from 'node:process';
import type { Locator, Page } from 'playwright-core';
import { button, consoleRegion, investigationRegion } from './consolePage';

/** The command line that runs kdsim as the debugger, e.g. kdsimCommandLine('--scenario mydriver-x86'). */
export function kdsimCommandLine(args: string): string {
  return `"${process.execPath}" --import tsx electron/cli/main.ts kdsim ${args}`.trim();
}

/** Chooses Local debugger → custom, types the command line and presses Connect. */
export async function connectLocalDebugger(page: Page, commandLine: string): Promise<void> {
  const panel = investigationRegion(page);
  // A debugger of the test before may still be ending (Disconnect of a target that ignores Ctrl+C).
  await panel.getByRole('radio', { name: 'Local debugger' }).waitFor({ timeout: 60_000 });
  await panel.getByRole('radio', { name: 'Local debugger' }).check();
  await panel.getByRole('combobox', { name: 'Debugger', exact: true }).selectOption('custom');
  await panel.getByRole('textbox', { name: 'Debugger command line' }).fill(commandLine);
  await button(page, 'Connect').click();
}

/** Clicks into the console and types `command`, then Enter. */
export async function runInConsole(page: Page, command: string): Promise<void> {
  await consoleRegion(page).locator('.console-host').click();
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
}

/** Whether the element's box lies inside the window and its text is not cut. */
export async function fullyShown(element: Locator): Promise<boolean> {
  return element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const root = el.ownerDocument.documentElement;
    const inWindow = box.width > 0 && box.top >= 0 && box.left >= 0 && box.right <= root.clientWidth && box.bottom <= root.clientHeight;
    return inWindow && el.scrollWidth <= el.clientWidth + 1;
  });
}
