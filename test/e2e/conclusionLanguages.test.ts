// The conclusion card speaks the page's language: the core sends the summary and next
// step typed (contract/conclusionMessages.ts) and the card spells them in Japanese and
// Chinese, with the driver, tags and counts in the sentence — no English sentence left.
// Real serve + core + kdsim in Chromium. Screenshots in test-output/e2e.
import { describe, expect, it } from 'vitest';
import { connectDemo, runInvestigation } from './investigationPage';
import { screenshotPath } from './serveHarness';
import { useWorkspacePage } from './workspacePage';

const { page } = useWorkspacePage({ viewport: { width: 1280, height: 720 } });

const languagePicker = () => page.locator('select:has(option[value="zh-CN"])');
// By its class: the region's accessible name changes with the language.
const card = () => page.locator('section.inv-conclusion');
const summary = async () => (await card().locator('.inv-conclusion-summary').innerText()).trim();
const next = async () => (await card().locator('.inv-conclusion-next').innerText()).trim();

/** Three English words in a row: a sentence the card left untranslated (names and commands do not look like this). */
const ENGLISH_RUN = /\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/;

async function showIn(language: string, file: string): Promise<void> {
  await languagePicker().selectOption(language);
  await card().scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath(file) });
}

describe('conclusion card in Japanese and Chinese', () => {
  it('leak at unload (mydriver-x86): MyDriver.sys, its counts and sites in ja and zh-CN', { timeout: 240_000 }, async () => {
    await languagePicker().selectOption('en');
    await connectDemo(page, 'mydriver-x86');
    await runInvestigation(page);
    await card().waitFor();
    expect(await summary()).toMatch(/^MyDriver\.sys leaked 3 allocations, 4,184 bytes from 3 allocation sites/);

    await showIn('ja', 'conclusion-leak-mydriver-ja.png');
    const ja = await summary();
    expect(ja).toContain('MyDriver.sys は 3 か所の割り当て箇所から 3 件の割り当て（4,184 バイト）をリークしました。最大: MyDriver!DeviceControlDispatch+0x27（handleioctl.c:38） からの「mdrv」');
    expect(ja).not.toMatch(ENGLISH_RUN);
    expect(await card().locator('.inv-conclusion-next').count()).toBe(0);

    await showIn('zh-CN', 'conclusion-leak-mydriver-zh-CN.png');
    const zh = await summary();
    expect(zh).toContain('MyDriver.sys 泄漏了 3 个分配，4,184 字节，来自 3 个分配位置；最大的一处：“mdrv”来自 MyDriver!DeviceControlDispatch+0x27（handleioctl.c:38），1 个分配，4,104 字节');
    expect(zh).not.toMatch(ENGLISH_RUN);
    // After a reload the card comes from the core's report (investigation.snapshot): still typed.
    await page.reload();
    await card().waitFor({ timeout: 60_000 });
    await languagePicker().selectOption('zh-CN');
    expect(await summary()).toBe(zh);
    await languagePicker().selectOption('en');
    expect(await summary()).toMatch(/^MyDriver\.sys leaked 3 allocations/);
  });

  it('pool tag of unknown owner (no-verifier-dump-x64): summary and next step in ja and zh-CN', { timeout: 240_000 }, async () => {
    await languagePicker().selectOption('en');
    await connectDemo(page, 'no-verifier-dump-x64');
    await runInvestigation(page);
    await card().waitFor();
    expect(await next()).toMatch(/Find the driver that uses 'Gbuf'/);

    await showIn('ja', 'conclusion-growth-owner-ja.png');
    const [jaSummary, jaNext] = [await summary(), await next()];
    expect(jaSummary).toMatch(/^「Gbuf」がプールを最も使っています: [\d,]+ 件の割り当てで [\d.]+ [KMG]B（[\d,]+ バイト）/);
    expect(jaSummary).toContain('「Gbuf」を使っているドライバーはまだわかりません。');
    expect(jaNext).toContain('「Gbuf」を使うドライバーを探');
    expect(jaNext).toContain('調査手順のオプションで pooltag.txt を選ぶ（プール タグ ファイル）');
    for (const text of [jaSummary, jaNext]) expect(text).not.toMatch(ENGLISH_RUN);

    await showIn('zh-CN', 'conclusion-growth-owner-zh-CN.png');
    const [zhSummary, zhNext] = [await summary(), await next()];
    expect(zhSummary).toMatch(/^“Gbuf”占用的池最多：[\d.]+ [KMG]B（[\d,]+ 字节），共 [\d,]+ 个分配/);
    expect(zhNext).toContain('找出使用“Gbuf”的驱动程序');
    expect(zhNext).toContain('在调查方案选项中选择一个 pooltag.txt（池标记文件）');
    for (const text of [zhSummary, zhNext]) expect(text).not.toMatch(ENGLISH_RUN);
    await languagePicker().selectOption('en');
  });
});
