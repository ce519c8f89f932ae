// Investigation E2E: Debian's Chromium drives the built renderer served by the real
// `poolsleuth serve`; the core runs playbooks against kdsim demo targets. Covers the
// seeds' MyDriver walkthrough end to end (sites, stacks, clicks into the console,
// export, copy, languages), pool growth (chart), and myfault (one large site).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { button, investigationRegion, waitForConsole } from './consolePage';
import { columnHeaders, connectDemo, runInvestigation, siteRows, sitesTable } from './investigationPage';
import { screenshotPath } from './serveHarness';
import { useWorkspacePage } from './workspacePage';

/** The workflow region's name in Chinese (the foundation's translation of "Investigation"). */
const zhHeading = '调查';

// Each test opens its own page: some want a larger viewport or the light theme.
const { page, openPage } = useWorkspacePage({
  openEachTest: false,
  viewport: { width: 1280, height: 800 },
  grantClipboard: true,
  beforeDisconnect: async () => {
    // Back to English so Disconnect has its contract name (the core outlives the page).
    await languagePicker().selectOption('en').catch(() => undefined);
  },
});

/** The language picker, whatever language it speaks now. */
const languagePicker = () => page.locator('select:has(option[value="zh-CN"])');

const region = () => investigationRegion(page);

describe('leak investigation (MyDriver walkthrough, seed 000)', () => {
  it('finds the three sites, their stacks, runs ln on a caller, exports and copies the report', async () => {
    await openPage();
    await expect(button(page, 'Run leak investigation').isDisabled()).resolves.toBe(true);
    await connectDemo(page, 'mydriver-x86');
    await runInvestigation(page);
    await expect(region().locator('[data-phase]').getAttribute('data-phase')).resolves.toBe('finished');

    const table = sitesTable(page);
    await expect(columnHeaders(table)).resolves.toEqual(['Tag', 'Allocations', 'Bytes', 'Caller', 'Source']);
    const rows = await siteRows(table);
    const byTag = Object.fromEntries(rows.map((r) => [r.tag, r]));
    expect(Object.keys(byTag).sort()).toEqual(['VMdl', 'Vfwi', 'mdrv']);
    expect([byTag.VMdl!.allocations, byTag.mdrv!.allocations, byTag.Vfwi!.allocations]).toEqual(['1', '1', '1']);
    expect([byTag.VMdl!.source, byTag.mdrv!.source, byTag.Vfwi!.source]).toEqual(['handleioctl.c:50', 'handleioctl.c:38', 'handleioctl.c:72']);
    expect(byTag.mdrv!.bytes).toBe('4,104 (0x1008)');
    // Largest first by default; the header says so.
    expect(rows.map((r) => r.tag)).toEqual(['mdrv', 'Vfwi', 'VMdl']);
    await expect(table.getByRole('columnheader', { name: 'Bytes' }).getAttribute('aria-sort')).resolves.toBe('descending');
    // On a 1280 px laptop the default split leaves room for a whole caller (no ellipsis),
    // and the panel never scrolls sideways.
    const caller = table.getByRole('button', { name: 'MyDriver!DeviceControlDispatch+0x27', exact: true });
    await expect(caller.evaluate((el) => el.scrollWidth <= el.clientWidth)).resolves.toBe(true);
    await expect(page.locator('.workflow-panel .panel-body').evaluate((el) => el.scrollWidth <= el.clientWidth)).resolves.toBe(true);

    // The summary answers first: driver, totals, what to fix.
    const summary = await region().locator('.inv-summary').innerText();
    expect(summary).toContain('MyDriver.sys');
    expect(summary).toContain('3 allocations, 4,184 (0x1058) bytes');
    expect(summary).toMatch(/IoAllocateMdl without IoFreeMdl/);
    await region().locator('.inv-summary').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('investigation-mydriver-summary.png') });

    // Sort by Source: lines 38, 50, 72.
    await table.getByRole('columnheader', { name: 'Source' }).getByRole('button').click();
    await expect(table.getByRole('columnheader', { name: 'Source' }).getAttribute('aria-sort')).resolves.toBe('ascending');
    expect((await siteRows(table)).map((r) => r.source)).toEqual(['handleioctl.c:38', 'handleioctl.c:50', 'handleioctl.c:72']);

    // VMdl's detail row: tag meaning, fix and its allocation stack.
    await table.getByRole('button', { name: 'Details for VMdl at handleioctl.c:50' }).click();
    const stack = table.getByRole('list', { name: /^VMdl — 1 allocation/ });
    await expect(stack.innerText()).resolves.toContain('MyDriver!DeviceControlDispatch+0x4c');
    const detail = await table.locator('.inv-detail-row').innerText();
    expect(detail).toContain('Allocated by IoAllocateMdl, released by IoFreeMdl.');
    expect(detail).toContain('Free the MDL with IoFreeMdl');
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('investigation-mydriver-site-open.png') });

    // A caller runs ln in the console.
    await table.getByRole('button', { name: 'MyDriver!DeviceControlDispatch+0x4c' }).first().click();
    await waitForConsole(page, (t) => t.includes('kd> ln 0x9a3bf6ac') && t.includes('handleioctl.c(50)+0x15') && /kd> ?$/.test(t));
    // An allocation address runs !pool; its menu offers the verifier log.
    await table.getByRole('button', { name: 'More commands for 0x982a8fe0' }).click();
    await region().getByRole('menuitem', { name: '!verifier 0x80 0x982a8fe0' }).click();
    await waitForConsole(page, (t) => t.includes('kd> !verifier 0x80 0x982a8fe0') && /kd> ?$/.test(t), 60_000);

    // The call tree merges the stacks; keyboard moves from the root to its largest child.
    const tree = region().getByRole('tree', { name: 'Call tree of leaked bytes' });
    await tree.scrollIntoViewIfNeeded();
    const rootItem = tree.getByRole('treeitem', { name: /^All leaked allocations/ });
    await rootItem.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus').getAttribute('aria-label')).resolves.toMatch(/^nt!NtDeviceIoControlFile\+0x2a: 4,104 \(0x1008\) bytes/);
    await expect(tree.getByRole('treeitem', { name: /VMdl — handleioctl\.c:50/ }).count()).resolves.toBe(1);
    await page.screenshot({ path: screenshotPath('investigation-mydriver-call-tree.png') });

    // Export (Markdown) downloads the core's report.
    const download = page.waitForEvent('download');
    await button(page, 'Export report').click();
    await region().getByRole('menuitem', { name: 'Markdown (.md)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^poolsleuth-report-.*\.md$/);
    const markdown = readFileSync(await file.path(), 'utf8');
    expect(markdown).toContain('# PoolSleuth report: Leak at driver unload');
    expect(markdown).toContain('`MyDriver.sys`');
    expect(markdown).toMatch(/\| `VMdl` \| 1 \| 0x20 \|/);
    expect(markdown).toContain('handleioctl.c(50)');

    // Copy summary puts plain text on the clipboard.
    await button(page, 'Copy summary').click();
    const clip = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
    expect(clip).toContain('Driver: MyDriver.sys');
    expect(clip).toContain('- VMdl — 1 allocation, 32 (0x20) bytes — handleioctl.c:50 — Free the MDL with IoFreeMdl');
  });

  it('shows the steps with their explanations and raw commands, and re-runs a step', async () => {
    await openPage();
    await connectDemo(page, 'mydriver-x86');
    await runInvestigation(page);
    await button(page, 'Show steps').click();
    const callerStep = region().locator('[data-step="caller-lines"]');
    await expect(callerStep.getAttribute('data-status')).resolves.toBe('done');
    await callerStep.locator('summary').click();
    await expect(callerStep.innerText()).resolves.toContain('ln on a caller address gives the function');
    await callerStep.getByRole('button', { name: 'Output' }).first().click();
    await expect(callerStep.locator('pre').innerText()).resolves.toContain('handleioctl.c(50)+0x15');
    await expect(region().locator('[data-step="site-pool-kinds"]').innerText()).resolves.toContain('Not needed: the driver holds NonPagedPool only.');
    await callerStep.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('investigation-mydriver-steps.png') });

    await callerStep.getByRole('button', { name: 'Re-run step' }).click();
    await region().locator('[data-phase="finished"]').waitFor({ timeout: 30_000 });
    await expect(callerStep.getAttribute('data-status')).resolves.toBe('done');
    expect((await siteRows(sitesTable(page))).length).toBe(3);
  });

  it('translates the investigation view into Japanese and Chinese', async () => {
    await openPage();
    await connectDemo(page, 'mydriver-x86');
    await runInvestigation(page);
    const language = page.getByRole('combobox', { name: 'Language', exact: true });

    await language.selectOption('ja');
    // The region's name is translated too ("調査"): look for the controls on the page.
    const jaRegion = page.getByRole('region', { name: '調査', exact: true });
    await expect(jaRegion.getByRole('button', { name: 'リーク調査を実行', exact: true }).count()).resolves.toBe(1);
    await expect(jaRegion.getByRole('button', { name: 'レポートをエクスポート', exact: true }).count()).resolves.toBe(1);
    const ja = jaRegion.getByRole('table', { name: '割り当て箇所', exact: true });
    await expect(columnHeaders(ja)).resolves.toEqual(['タグ', '割り当て数', 'バイト', '呼び出し元', 'ソース']);
    const jaSummary = await jaRegion.locator('.inv-summary').innerText();
    expect(jaSummary).toContain('修正すべき箇所');
    expect(jaSummary).toContain('IoAllocateMdl の後に IoFreeMdl がありません');
    await button(page, 'ステップを表示').click();
    await expect(jaRegion.locator('[data-step="allocation-stacks"]').innerText()).resolves.toContain('割り当てのコール スタックを収集');
    await jaRegion.locator('.inv-card').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('investigation-ja.png') });

    await languagePicker().selectOption('zh-CN');
    const zhRegion = page.getByRole('region', { name: zhHeading, exact: true });
    await expect(zhRegion.getByRole('button', { name: '运行泄漏调查', exact: true }).count()).resolves.toBe(1);
    const zh = zhRegion.getByRole('table', { name: '分配位置', exact: true });
    await expect(columnHeaders(zh)).resolves.toEqual(['标记', '分配数', '字节', '调用者', '源代码']);
    await expect(zhRegion.locator('[data-step="verifier-pool"]').innerText()).resolves.toContain('读取 Driver Verifier 记录的未释放分配');
    await zh.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('investigation-zh-CN.png') });
  });
});

describe('other scenarios', () => {
  it('pool growth on a live target charts the growing Leak tag', async () => {
    await openPage();
    await connectDemo(page, 'live-growth-x64');
    await region().getByRole('combobox', { name: 'Playbook' }).selectOption({ label: 'Pool growth (no Driver Verifier)' });
    await button(page, 'Run leak investigation').click();
    // The snapshot step lets the target run for 10 s: its progress bar and Cancel show meanwhile.
    const progress = region().getByRole('progressbar', { name: 'Watch which tags grow' });
    await progress.waitFor({ timeout: 30_000 });
    await expect(button(page, 'Cancel').isEnabled()).resolves.toBe(true);
    await progress.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('investigation-growth-running.png') });
    await region().locator('[data-phase="finished"]').waitFor({ timeout: 80_000 });
    const chart = region().getByRole('img', { name: 'Tag bytes over snapshots' });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('desc').textContent()).resolves.toMatch(/Leak grew from 19,660,800 to 20,643,840 bytes/);
    await expect(region().locator('.inv-legend').innerText()).resolves.toContain('Leak');
    await expect(region().locator('.inv-legend').innerText()).resolves.toContain('+983,040 bytes');
    // PoolHitTag stacks name the allocating code.
    await expect(region().locator('.inv-finding').first().innerText()).resolves.toContain('leakydrv!LeakyAllocateRecord+0x29');
    await page.screenshot({ path: screenshotPath('investigation-growth-chart.png') });
  });

  it('myfault.sys: one site of ten allocations, 0x9ce000 bytes', async () => {
    await openPage({ viewport: { width: 1920, height: 1080 } });
    // A wider panel, as a user would drag it: the table uses its one-line layout.
    await page.getByRole('separator').focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await connectDemo(page, 'myfault-x64');
    await runInvestigation(page, { playbook: 'Leak at driver unload' });
    const rows = await siteRows(sitesTable(page));
    expect(rows).toEqual([{ tag: 'Leak', allocations: '10', bytes: '10,280,960 (0x9ce000)', caller: 'myfault!MyfaultDeviceControl+0x358', source: 'no line info' }]);
    await expect(region().locator('.inv-notices').innerText()).resolves.toContain('No source line for 1 of 1 callers');
    await sitesTable(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('investigation-myfault-1920.png') });
  });

  it('reads in the light theme too', async () => {
    await openPage({ colorScheme: 'light' });
    await connectDemo(page, 'mydriver-x86');
    await runInvestigation(page);
    await region().locator('.inv-summary').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('investigation-light.png') });
    await expect(sitesTable(page).getByRole('row').count()).resolves.toBe(4);
  });
});
