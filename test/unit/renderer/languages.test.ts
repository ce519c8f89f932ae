import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { ja } from '../../../renderer/src/i18n/ja';
import { languageFor } from '../../../renderer/src/i18n/languages';
import { zhCN } from '../../../renderer/src/i18n/zhCN';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(value: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string') out[path] = [...v.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
    else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, path ? `${path}.${k}` : k);
  };
  walk(value, '');
  return out;
}

describe('translations', () => {
  it('have the same keys and interpolation placeholders as English', () => {
    for (const messages of [zhCN, ja]) {
      expect(keysOf(messages).sort()).toEqual(keysOf(en).sort());
      expect(placeholders(messages)).toEqual(placeholders(en));
    }
  });

  it('keep the contract accessible names in English', () => {
    expect(en.actions).toMatchObject({
      connect: 'Connect',
      disconnect: 'Disconnect',
      break: 'Break',
      runLeakInvestigation: 'Run leak investigation',
      exportReport: 'Export report',
    });
    expect(en.investigation.heading).toBe('Investigation');
    expect(en.console.heading).toBe('Debugger console');
    expect(en.language.label).toBe('Language');
  });
});

describe('languageFor', () => {
  it('prefers a stored choice, then the browser languages, then English', () => {
    expect(languageFor('ja', ['zh-CN'])).toBe('ja');
    expect(languageFor('klingon', ['zh-TW', 'en'])).toBe('zh-CN');
    expect(languageFor(null, ['ja-JP'])).toBe('ja');
    expect(languageFor(null, ['de-DE', 'en-GB'])).toBe('en');
    expect(languageFor(null, ['de-DE'])).toBe('en');
  });
});
