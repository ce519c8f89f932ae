// "Paste kd output": its strings in the three languages, and the size check that runs
// before the text travels (the contract refuses more than pastedTextMaxChars).
import { describe, expect, it } from 'vitest';
import { pastedTextMaxChars } from '../../../../electron/contract';
import { pasteEn } from '../../../../renderer/src/paste/i18n/en';
import { pasteJa } from '../../../../renderer/src/paste/i18n/ja';
import { pasteZhCN } from '../../../../renderer/src/paste/i18n/zhCN';
import { checkPastedText } from '../../../../renderer/src/paste/pasteText';

const placeholders = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, [...v.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()]));

describe('paste translations', () => {
  it('zh-CN and ja have every key and placeholder of English', () => {
    for (const messages of [pasteZhCN, pasteJa]) {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(pasteEn).sort());
      expect(placeholders(messages)).toEqual(placeholders(pasteEn));
    }
  });

  it('keeps the names the E2E test finds the dialog by', () => {
    expect([pasteEn.open, pasteEn.title, pasteEn.label, pasteEn.submit, pasteEn.warningsHeading]).toEqual([
      'Paste kd output…',
      'Paste kd output',
      'Debugger text',
      'Open and investigate',
      'Parser warnings',
    ]);
  });
});

describe('checkPastedText', () => {
  it('refuses blank text and text over the limit, with the figures for the message', () => {
    expect(checkPastedText(' \n\t')).toEqual({ ok: false, reason: 'empty' });
    expect(checkPastedText('kd> lm')).toEqual({ ok: true });
    expect(checkPastedText('x'.repeat(pastedTextMaxChars))).toEqual({ ok: true });
    expect(checkPastedText('x'.repeat(pastedTextMaxChars + 1))).toEqual({ ok: false, reason: 'tooLarge', count: pastedTextMaxChars + 1, max: pastedTextMaxChars });
  });
});
