import { describe, expect, it } from 'vitest';
import { bugcheckMeaning, coreReason, coreTextTable, stepTitle } from '../../../../renderer/src/investigation/i18n/coreTextTranslations';
import { invEn } from '../../../../renderer/src/investigation/i18n/en';
import { invJa } from '../../../../renderer/src/investigation/i18n/ja';
import { invZhCN } from '../../../../renderer/src/investigation/i18n/zhCN';
import { mydriverReport } from './fixtures';

function flat(value: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (typeof value === 'string') out[prefix] = value;
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flat(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('investigation translations', () => {
  it('have the same keys and placeholders in every language', () => {
    const en = flat(invEn);
    for (const other of [flat(invZhCN), flat(invJa)]) {
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        // Plural variants may drop the count placeholder; everything else must match.
        expect(placeholders(other[key]!), key).toEqual(placeholders(en[key]!));
      }
    }
  });

  it('keep the contract’s English accessible names', () => {
    expect(invEn.run).toBe('Run leak investigation');
    expect(invEn.export.button).toBe('Export report');
    expect(invEn.sites.table).toBe('Allocation sites');
    expect(invEn.sites.columns).toEqual({ tag: 'Tag', allocations: 'Allocations', bytes: 'Bytes', caller: 'Caller', source: 'Source' });
  });

  it('translate every step the playbooks run, and fall back to the core’s English', () => {
    const stepIds = ['preflight', 'analyze', 'driver', 'driver-symbols', 'verifier-pool', 'caller-lines', 'site-pool-kinds', 'allocation-stacks', 'allocation-sites',
      'pool-usage', 'top-tags', 'tag-owners', 'snapshots', 'pool-find', 'pool-hit-tag', 'pool-page', 'verifier-log-for-address'];
    for (const lang of ['zh-CN', 'ja']) {
      for (const id of stepIds) expect(coreTextTable(lang)!.steps[id], `${lang} ${id}`).toBeDefined();
    }
    for (const step of mydriverReport.steps) expect(stepTitle('en', step)).toBe(step.title);
    expect(stepTitle('ja', { id: 'unknown-step', title: 'Core title' })).toBe('Core title');
    expect(coreReason('zh-CN', 'Not needed: the driver holds NonPagedPool only.')).toBe('不需要：驱动程序只持有 NonPagedPool。');
    expect(coreReason('ja', 'something new')).toBe('something new');
    expect(bugcheckMeaning('ja', '0xc4', '0x62', 'english')).toMatch(/アンロード/);
    expect(bugcheckMeaning('ja', '0xd6', '0xffff', 'english')).toMatch(/ガード/);
    expect(bugcheckMeaning('en', '0xc4', '0x62', 'english')).toBe('english');
  });
});
