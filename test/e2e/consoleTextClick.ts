// Clicking a piece of text in the console: xterm's links react to the mouse over its
// grid, not to the accessible rows, so the click goes to the text's cell on the screen.
import type { Page } from 'playwright-core';
import { consoleRegion } from './consolePage';

/** Clicks the last console row that contains `text`, a few cells into the text. */
export async function clickConsoleText(page: Page, text: string): Promise<void> {
  const row = consoleRegion(page).getByRole('listitem').filter({ hasText: text }).last();
  const box = await row.boundingBox();
  if (!box) throw new Error(`no console row with ${text}`);
  const column = (await row.innerText()).replace(/\u00a0/g, ' ').indexOf(text);
  // The host says how many columns the grid has; the rows start at the screen's left edge.
  const cols = Number(await consoleRegion(page).locator('.console-host').getAttribute('data-cols'));
  const screen = await consoleRegion(page).locator('.xterm-screen').boundingBox();
  const x = screen!.x + (column + 3) * (screen!.width / cols);
  // Away first: xterm finds links on mouse movement, and the pointer may already be there.
  await page.mouse.move(screen!.x + 2, screen!.y + 2);
  await page.mouse.move(x, box.y + box.height / 2, { steps: 3 });
  await page.waitForTimeout(150);
  await page.mouse.click(x, box.y + box.height / 2);
}
