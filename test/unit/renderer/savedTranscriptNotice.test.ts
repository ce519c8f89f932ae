// The File menu's notice after Save transcript names the download and the files the core
// wrote, in the page's language (renderer/src/console/savedTranscriptNotice.ts).
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { savedTranscriptNotice } from '../../../renderer/src/console/savedTranscriptNotice';
import { en } from '../../../renderer/src/i18n/en';
import { ja } from '../../../renderer/src/i18n/ja';

async function translator(lng: 'en' | 'ja') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { en: { translation: en }, ja: { translation: ja } }, lng, interpolation: { escapeValue: false }, showSupportNotice: false });
  return (key: string, params?: Record<string, string>) => i18n.t(key, params);
}

const saved = {
  fileName: 'poolsleuth-transcript-1.jsonl',
  filePaths: ['/home/u/.config/PoolSleuth/transcripts/poolsleuth-transcript-1.jsonl', '/home/u/.config/PoolSleuth/transcripts/poolsleuth-transcript-1.log'],
};

describe('the File menu notice after Save transcript', () => {
  it('names the download and both files on disk', async () => {
    expect(savedTranscriptNotice(saved, await translator('en'))).toBe(
      'Saved poolsleuth-transcript-1.jsonl. Saved to: /home/u/.config/PoolSleuth/transcripts/poolsleuth-transcript-1.jsonl, /home/u/.config/PoolSleuth/transcripts/poolsleuth-transcript-1.log',
    );
  });

  it('in Japanese, and without paths when the core wrote none', async () => {
    const t = await translator('ja');
    expect(savedTranscriptNotice(saved, t)).toBe(
      'poolsleuth-transcript-1.jsonl を保存しました。保存先：/home/u/.config/PoolSleuth/transcripts/poolsleuth-transcript-1.jsonl, /home/u/.config/PoolSleuth/transcripts/poolsleuth-transcript-1.log',
    );
    expect(savedTranscriptNotice({ fileName: 'x.jsonl', filePaths: [] }, t)).toBe('x.jsonl を保存しました。');
  });
});
