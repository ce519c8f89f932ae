// Every investigation ends in an answer (issue 15): the conclusion card comes first in
// the panel for each demo scenario — leak at unload (mydriver-x86), pool growth
// (live-growth-x64), corruption (special-pool-corruption-x64) and two verified drivers
// (win10-leak-x64) — with the suspect named, and Copy summary starts with it.
// Real serve + core + kdsim, read through roles and names.
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { button, investigationRegion } from './consolePage';
import { connectDemo, runInvestigation } from './investigationPage';
import { screenshotPath } from './serveHarness';
import { useWorkspacePage } from './workspacePage';

const { page } = useWorkspacePage({ viewport: { width: 1280, height: 720 }, grantClipboard: true });

const region = () => investigationRegion(page);
const card = (): Locator => region().getByRole('region', { name: 'Conclusion' });

/** The suspects as the card lists them, one text per suspect. */
async function suspects(): Promise<string[]> {
  return (await card().getByRole('list').getByRole('listitem').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
}

/** The card is the first thing after the controls: above the steps and every finding. */
async function cardComesFirst(): Promise<boolean> {
  return card().evaluate((el) => {
    const view = el.closest('[data-investigation-view]')!;
    const blocks = [...view.children].filter((c) => c.tagName === 'SECTION' || c.classList.contains('inv-findings'));
    return blocks[0]?.classList.contains('inv-card') === true && blocks[1] === el;
  });
}

describe('conclusion cards', () => {
  it('leak at unload (mydriver-x86): MyDriver.sys and its three sites, first in the panel and in Copy summary', async () => {
    await connectDemo(page, 'mydriver-x86');
    await runInvestigation(page);
    await card().waitFor();
    await expect(card().getAttribute('data-verdict')).resolves.toBe('found');
    await expect(cardComesFirst()).resolves.toBe(true);
    const listed = await suspects();
    expect(listed).toHaveLength(3);
    expect(listed.join('\n')).toMatch(/MyDriver\.sys MyDriver!DeviceControlDispatch\+0x27 handleioctl\.c:38 Tag mdrv 1 allocation, 4,104 \(0x1008\) bytes/);
    await page.screenshot({ path: screenshotPath('conclusion-leak-mydriver.png') });

    await button(page, 'Copy summary').click();
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    const lines = copied.split('\n');
    expect(lines[1]).toMatch(/^Conclusion: Found — MyDriver\.sys leaked 3 allocations/);
    expect(lines[2]).toBe('- Suspect: MyDriver.sys — MyDriver!DeviceControlDispatch+0x27 — handleioctl.c:38 — Tag mdrv — 1 allocation, 4,104 (0x1008) bytes');
  });

  it('pool growth (live-growth-x64): the growing tag, its rate, and the allocating function and line', async () => {
    await connectDemo(page, 'live-growth-x64');
    await runInvestigation(page, { timeoutMs: 180_000 });
    await card().waitFor();
    await expect(card().getAttribute('data-verdict')).resolves.toBe('found');
    await expect(cardComesFirst()).resolves.toBe(true);
    const text = (await suspects()).join('\n');
    expect(text).toContain('leakydrv!LeakyAllocateRecord+0x29');
    expect(text).toContain('record.c:41');
    expect(text).toMatch(/Tag Leak/);
    // The rate in the same units as the core's summary (MB of 1024 × 1024 bytes).
    expect(text).toMatch(/grows 5\.\d MB\/min/);
    const summary = await card().locator('.inv-conclusion-summary').innerText();
    const rate = /grows (\d\.\d) MB\/min/.exec(summary)?.[1];
    if (rate) expect(text).toContain(`grows ${rate} MB/min`);
    await card().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('conclusion-growth-live.png') });

    // Copy summary names the suspect instead of "No allocation sites".
    await button(page, 'Copy summary').click();
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(copied).toContain('- Suspect: leakydrv — leakydrv!LeakyAllocateRecord+0x29 — record.c:41 — Tag Leak');
    expect(copied).not.toContain('No allocation sites');
  });

  it('corruption (special-pool-corruption-x64): the faulting driver, frame and source line', async () => {
    await connectDemo(page, 'special-pool-corruption-x64');
    await runInvestigation(page, { timeoutMs: 180_000 });
    await card().waitFor();
    await expect(card().getAttribute('data-verdict')).resolves.toBe('found');
    await expect(cardComesFirst()).resolves.toBe(true);
    const text = (await suspects()).join('\n');
    expect(text).toMatch(/overrun\.sys overrun!OvrnFillBuffer\+0x44 fill\.c:19/);
    expect(text).toContain('Tag Ovrn');
    await expect(card().innerText()).resolves.toMatch(/What to fix/);
    // The source line opens the source viewer (no debugger command).
    await expect(card().getByRole('button', { name: 'fill.c:19' }).count()).resolves.toBe(1);
    await page.screenshot({ path: screenshotPath('conclusion-corruption.png') });
  });

  it('two verified drivers (win10-leak-x64): both drivers that hold allocations are named', async () => {
    await connectDemo(page, 'win10-leak-x64');
    // The whole !verifier 0x80 log streams through the console here (docs/ui-investigation.md, Known limits).
    await runInvestigation(page, { timeoutMs: 600_000 });
    await card().waitFor({ timeout: 60_000 });
    await expect(cardComesFirst()).resolves.toBe(true);
    const text = (await suspects()).join('\n');
    expect(text).toMatch(/fabrikam\.sys/i);
    const drivers = new Set((await card().locator('.inv-suspect-who .inv-strong').allInnerTexts()).map((d) => d.toLowerCase()));
    expect(drivers.size).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: screenshotPath('conclusion-two-drivers.png') });
  }, 900_000);
});
