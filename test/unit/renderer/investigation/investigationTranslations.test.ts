import { describe, expect, it } from 'vitest';
import { stepReasonCodes, stepReasonTemplates, stepReasonText } from '../../../../electron/contract';
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
    // Reasons translate by their code, whatever the English says; parameters fill in.
    expect(coreReason('zh-CN', 'reworded English', { code: 'nonpaged-only' })).toBe('不需要：驱动程序只持有 NonPagedPool。');
    expect(coreReason('ja', 'Bug check 0xC2 does not carry a pool address.', { code: 'bugcheck-without-pool-address', params: { code: '0xC2' } })).toBe(
      'バグチェック 0xC2 はプール アドレスを含みません。',
    );
    expect(coreReason('en', 'No driver identified.', { code: 'no-driver' })).toBe('No driver identified.');
    // A failure's own text (no code) stays the core's English.
    expect(coreReason('ja', 'something new')).toBe('something new');
    expect(coreReason('ja', 'something new', null)).toBe('something new');
    expect(bugcheckMeaning('ja', '0xc4', '0x62', 'english')).toMatch(/アンロード/);
    expect(bugcheckMeaning('ja', '0xd6', '0xffff', 'english')).toMatch(/ガード/);
    expect(bugcheckMeaning('en', '0xc4', '0x62', 'english')).toBe('english');
  });
});

describe('typed step reasons', () => {
  it('every code has its English text and a zh-CN and ja translation with the same placeholders', () => {
    for (const code of stepReasonCodes) {
      const english = stepReasonTemplates[code];
      const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      for (const lang of ['zh-CN', 'ja']) {
        const translated = coreTextTable(lang)!.reasons[code];
        // A translation, not a missing entry and not the English copied over.
        expect(typeof translated === 'string' && translated.length > 0, `${lang} ${code}`).toBe(true);
        expect(translated, `${lang} ${code}`).not.toBe(english);
        expect(placeholders(translated), `${lang} ${code}`).toEqual(placeholders(english));
      }
    }
  });

  it('the English text fills parameters from the typed reason', () => {
    expect(stepReasonText({ code: 'no-recorded-data', params: { commands: '!vm, !poolused 2' } })).toBe('No data in the recorded log (!vm, !poolused 2).');
    expect(stepReasonText({ code: 'cancelled' })).toBe('Cancelled.');
  });
});
