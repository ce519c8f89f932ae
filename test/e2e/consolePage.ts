// Page helpers for the E2E tests, all through what assistive technology sees:
// roles and accessible names, and the console's screen-reader tree.
import type { Locator, Page } from 'playwright-core';

export const consoleRegion = (page: Page): Locator => page.getByRole('region', { name: 'Debugger console' });
export const investigationRegion = (page: Page): Locator => page.getByRole('region', { name: 'Investigation' });
export const button = (page: Page, name: string): Locator => page.getByRole('button', { name, exact: true });

/** The console rows xterm exposes to screen readers (the visible viewport). */
export async function visibleConsoleText(page: Page): Promise<string> {
  const rows = await consoleRegion(page).getByRole('list').getByRole('listitem').allInnerTexts();
  return rows.map((r) => r.replace(/\u00a0/g, ' ').trimEnd()).join('\n');
}

/** Waits until the visible console rows satisfy `predicate`; returns the text. */
export async function waitForConsole(page: Page, predicate: (text: string) => boolean, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await visibleConsoleText(page);
    if (predicate(text)) return text;
    await page.waitForTimeout(100);
  }
  throw new Error(`console did not reach the expected text within ${timeoutMs} ms; it shows:\n${text}`);
}

/**
 * The whole scrollback as a screen-reader user would read it: Shift+PageUp to
 * the top, then Shift+PageDown screen by screen, collecting the rows.
 */
export async function fullConsoleText(page: Page): Promise<string> {
  await consoleRegion(page).locator('.console-host').click();
  let screen = await visibleConsoleText(page);
  for (let i = 0; i < 500; i++) {
    await page.keyboard.press('Shift+PageUp');
    const next = await settledConsoleText(page, screen);
    if (next === screen) break;
    screen = next;
  }
  const lines = screen.split('\n');
  for (let i = 0; i < 500; i++) {
    await page.keyboard.press('Shift+PageDown');
    const next = await settledConsoleText(page, screen);
    if (next === screen) break;
    const rows = next.split('\n');
    // Paging can overlap the previous screen; drop rows already taken.
    lines.push(...rows.slice(longestOverlap(lines, rows)));
    screen = next;
  }
  return lines.join('\n');
}

/** The visible rows once they differ from `before`, or `before` if nothing changes for a moment. */
async function settledConsoleText(page: Page, before: string): Promise<string> {
  for (let i = 0; i < 25; i++) {
    await page.waitForTimeout(40);
    const text = await visibleConsoleText(page);
    if (text !== before) return text;
  }
  return before;
}

function longestOverlap(taken: string[], next: string[]): number {
  for (let n = Math.min(taken.length, next.length); n > 0; n--) {
    if (taken.slice(-n).every((row, i) => row === next[i])) return n;
  }
  return 0;
}

/** Waits for the session status line to show `state` (data-state holds the contract's state name). */
export async function waitForSessionState(page: Page, state: string, timeoutMs = 30_000): Promise<void> {
  await investigationRegion(page).locator(`[role="status"][data-state="${state}"]`).waitFor({ timeout: timeoutMs });
}
