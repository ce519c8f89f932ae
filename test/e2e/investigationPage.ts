// Page helpers for the investigation E2E tests: connect to a demo scenario, run the
// investigation, read the allocation sites table — through roles and names only.
import type { Locator, Page } from 'playwright-core';
import { button, investigationRegion, waitForSessionState } from './consolePage';

export const sitesTable = (page: Page, name = 'Allocation sites'): Locator => investigationRegion(page).getByRole('table', { name, exact: true });

export async function connectDemo(page: Page, scenario: string): Promise<void> {
  await investigationRegion(page).getByRole('combobox', { name: 'Scenario' }).selectOption(scenario);
  await button(page, 'Connect').click();
  await waitForSessionState(page, 'ready');
}

/** Presses Run (with a playbook chosen by its option label) and waits for the run to end. */
export async function runInvestigation(page: Page, options: { playbook?: string; timeoutMs?: number } = {}): Promise<void> {
  const region = investigationRegion(page);
  if (options.playbook) await region.getByRole('combobox', { name: 'Playbook' }).selectOption({ label: options.playbook });
  await button(page, 'Run leak investigation').click();
  await region.locator('[data-phase="finished"], [data-phase="failed"], [data-phase="cancelled"]').waitFor({ timeout: options.timeoutMs ?? 60_000 });
}

export interface SiteRow {
  tag: string;
  allocations: string;
  bytes: string;
  caller: string;
  source: string;
}

/** The site rows of the table as text, in display order (detail rows skipped). */
export async function siteRows(table: Locator): Promise<SiteRow[]> {
  const rows = await table.locator('[role="row"][data-site-index]').all();
  const out: SiteRow[] = [];
  for (const row of rows) {
    const cells = (await row.getByRole('cell').allInnerTexts()).map((c) => c.trim());
    out.push({ tag: cells[0]!, allocations: cells[1]!, bytes: cells[2]!, caller: cells[3]!, source: cells[4]! });
  }
  return out;
}

export async function columnHeaders(table: Locator): Promise<string[]> {
  return (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
}
