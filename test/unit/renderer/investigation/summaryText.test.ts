import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { summaryText } from '../../../../renderer/src/investigation/export/summaryText';
import { allocationSites, bugcheckOf, driverOf, leakTotals } from '../../../../renderer/src/investigation/findings/findingSelectors';
import { defaultSiteSort, sortSites } from '../../../../renderer/src/investigation/findings/sortSites';
import { invEn } from '../../../../renderer/src/investigation/i18n/en';
import { invJa } from '../../../../renderer/src/investigation/i18n/ja';
import { mydriverReport } from './fixtures';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: { inv: invEn } }, ja: { translation: { inv: invJa } } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

function input() {
  const findings = mydriverReport.findings;
  const sites = allocationSites(findings);
  return { target: 'Demo: mydriver-x86', driver: driverOf(findings), bugcheck: bugcheckOf(findings), leak: leakTotals(findings, sites), sites: sortSites(sites, defaultSiteSort) };
}

describe('copy summary', () => {
  it('names the driver, the totals and each site with its source line and fix', () => {
    const text = summaryText(input(), i18n.getFixedT('en'), 'en');
    expect(text.split('\n')).toEqual([
      'PoolSleuth leak summary',
      'Target: Demo: mydriver-x86',
      'Driver: MyDriver.sys',
      'Bug check: 0xc4 DRIVER_VERIFIER_DETECTED_VIOLATION (0x62, 0x9707712c, 0x9c1faf70, 0x3)',
      'Leaked: 3 allocations, 4,184 (0x1058) bytes (NonPagedPool 4,184 bytes, PagedPool 0 bytes)',
      'Allocation sites:',
      "- mdrv — 1 allocation, 4,104 (0x1008) bytes — handleioctl.c:38 — Free every 'mdrv' allocation with ExFreePoolWithTag(p, 'mdrv') on every path (errors, cancellation, unload) before DriverUnload returns.",
      '- Vfwi — 1 allocation, 48 (0x30) bytes — handleioctl.c:72 — Call IoFreeWorkItem when the work item is no longer needed (typically at the end of its work routine), including when queuing fails.',
      '- VMdl — 1 allocation, 32 (0x20) bytes — handleioctl.c:50 — Free the MDL with IoFreeMdl (after MmUnlockPages / MmUnmapLockedPages if it was locked or mapped) on every path.',
      '',
    ]);
  });

  it('is written in the UI language, fixes from the tag meaning', () => {
    const text = summaryText(input(), i18n.getFixedT('ja'), 'ja');
    expect(text).toContain('PoolSleuth リークの概要');
    expect(text).toContain('- VMdl — 1 件の割り当て、32 (0x20) バイト — handleioctl.c:50 — IoAllocateMdl で割り当てたオブジェクトは、すべてのパス（エラー、キャンセル、アンロード）で IoFreeMdl を呼んで解放してください。');
  });

  it('says so when there are no sites', () => {
    const text = summaryText({ target: null, driver: null, bugcheck: null, leak: null, sites: [] }, i18n.getFixedT('en'), 'en');
    expect(text).toBe('PoolSleuth leak summary\nNo allocation sites.\n');
  });

  it('starts with the conclusion: verdict, each suspect, the next step; no "No allocation sites" beside it', () => {
    const conclusion = {
      verdict: 'found' as const,
      summary: "Pool tag 'Leak' grows 5.9 MB/min; PoolHitTag stacks point to leakydrv!LeakyAllocateRecord+0x29.",
      suspects: [
        { driver: 'leakydrv.sys', tag: 'Leak', function: 'leakydrv!LeakyAllocateRecord+0x29', file: 'c:\\src\\leakydrv\\record.c', line: 41, allocations: null, bytes: null, growthBytesPerMinute: 6_190_000 },
      ],
      next: null,
    };
    const text = summaryText({ target: null, driver: null, bugcheck: null, leak: null, sites: [], conclusion }, i18n.getFixedT('en'), 'en');
    expect(text.split('\n')).toEqual([
      'PoolSleuth leak summary',
      "Conclusion: Found — Pool tag 'Leak' grows 5.9 MB/min; PoolHitTag stacks point to leakydrv!LeakyAllocateRecord+0x29.",
      '- Suspect: leakydrv.sys — leakydrv!LeakyAllocateRecord+0x29 — record.c:41 — Tag Leak — grows 5.9 MB/min',
      '',
    ]);
    const inconclusive = { verdict: 'inconclusive' as const, summary: 'No tag grew.', suspects: [], next: 'Run more snapshots.' };
    const ja = summaryText({ target: null, driver: null, bugcheck: null, leak: null, sites: [], conclusion: inconclusive }, i18n.getFixedT('ja'), 'ja');
    expect(ja).toContain('結論: 判断できず — No tag grew.');
    expect(ja).toContain('次の手順: Run more snapshots.');
  });
});
