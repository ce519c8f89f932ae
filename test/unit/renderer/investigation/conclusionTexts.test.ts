// The conclusion card's summary and next step in zh-CN and ja: every typed code has a
// translation with the same placeholders; a real leak sentence comes out translated with
// the target's names as given and the numbers in the language's format; English, an
// older report without messages and a code this build does not know show the core's English.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  conclusionMessage,
  conclusionMessageCodes,
  conclusionMessageText,
  conclusionNouns,
  conclusionTemplates,
  showTargetTextDeep,
  type Conclusion as ContractConclusion,
  type ConclusionMessage,
} from '../../../../electron/contract';
import { summaryText } from '../../../../renderer/src/investigation/export/summaryText';
import { conclusionSentences, conclusionTextTable, translateConclusionMessage } from '../../../../renderer/src/investigation/i18n/conclusionTexts';
import { conclusionOf } from '../../../../renderer/src/investigation/state/reportConclusion';

const placeholders = (template: string) => [...template.matchAll(/\{\{([a-zA-Z]+)\}\}/g)].map((m) => m[1]!).sort();
const before = JSON.parse(readFileSync(path.resolve(__dirname, '../../../fixtures/conclusion/english-before-typed.json'), 'utf8')) as Record<string, ContractConclusion>;

/** Seed 000's leak sentence (conclusion A), typed as the leak builder types it. */
const site = (tag: string, where: string) => conclusionMessage('site-at', { tag, where });
const leakA: ConclusionMessage = conclusionMessage('leak-drivers', {
  drivers: {
    list: [
      conclusionMessage('driver-leaked', {
        driver: 'MyDriver.sys',
        allocations: { count: 3, noun: 'allocation' },
        bytes: { bytes: 4184 },
        sites: { count: 3, noun: 'allocation-site' },
        largest: {
          message: conclusionMessage('largest-site', {
            tag: 'mdrv',
            caller: { message: conclusionMessage('function-at', { function: 'MyDriver!DeviceControlDispatch+0x27', where: 'handleioctl.c:38' }) },
            allocations: { count: 1, noun: 'allocation' },
            bytes: { bytes: 4104 },
            allocator: 'ExAllocatePoolWithTag / ExAllocatePool2',
            release: 'ExFreePoolWithTag',
          }),
        },
        more: { message: conclusionMessage('more-sites', { count: { count: 2, noun: 'more-site' }, sites: { list: [site('Vfwi', 'handleioctl.c:72'), site('VMdl', 'handleioctl.c:50')], join: 'comma' } }) },
      }),
    ],
    join: 'sentences',
  },
});
const refs = { stepTitle: (_id: string, title: string) => `[${title}]`, stepReason: (text: string) => text };

describe('conclusion texts', () => {
  it('every code has a zh-CN and ja text with the same placeholders, translated (not the English copied)', () => {
    const tables = (['zh-CN', 'ja'] as const).map((language) => [language, conclusionTextTable(language)!] as const);
    const untranslatable = new Set(['text', 'nothing', 'function-at', 'other-sites']);
    for (const [language, table] of tables) {
      const missing = conclusionMessageCodes.filter((code) => typeof table.messages[code] !== 'string');
      expect(missing, language).toEqual([]);
      const mismatched = conclusionMessageCodes.filter((code) => placeholders(table.messages[code]).join() !== placeholders(conclusionTemplates[code]).join());
      expect(mismatched, `${language}: placeholders differ`).toEqual([]);
      const copied = conclusionMessageCodes.filter((code) => !untranslatable.has(code) && !code.endsWith('-cli') && table.messages[code] === conclusionTemplates[code]);
      expect(copied, `${language}: English copied`).toEqual([]);
      expect(conclusionNouns.map((noun) => placeholders(table.nouns[noun]).join())).toEqual(conclusionNouns.map(() => 'count'));
    }
    expect(conclusionTextTable('en')).toBeNull();
  });

  it('the typed leak sentence is conclusion A to the letter in English', () => {
    expect(conclusionMessageText(leakA)).toBe(before.A!.summary);
  });

  it('zh-CN and ja: translated, names and tags as given, numbers formatted, sizes above 10 KB scaled', () => {
    const zh = translateConclusionMessage('zh-CN', leakA, refs)!;
    expect(zh).toBe(
      'MyDriver.sys 泄漏了 3 个分配，4,184 字节，来自 3 个分配位置；最大的一处：“mdrv”来自 MyDriver!DeviceControlDispatch+0x27（handleioctl.c:38），1 个分配，4,104 字节——用 ExAllocatePoolWithTag / ExAllocatePool2 分配却没有用 ExFreePoolWithTag 释放；另有 2 个位置：“Vfwi”位于 handleioctl.c:72、“VMdl”位于 handleioctl.c:50。',
    );
    const ja = translateConclusionMessage('ja', leakA, refs)!;
    expect(ja).toBe(
      'MyDriver.sys は 3 か所の割り当て箇所から 3 件の割り当て（4,184 バイト）をリークしました。最大: MyDriver!DeviceControlDispatch+0x27（handleioctl.c:38） からの「mdrv」、1 件の割り当て、4,104 バイト — ExAllocatePoolWithTag / ExAllocatePool2 で割り当てて ExFreePoolWithTag で解放していません。ほかに 2 か所: handleioctl.c:72 の「Vfwi」、handleioctl.c:50 の「VMdl」。',
    );
    const big = conclusionMessage('tag-amount', { bytes: { bytes: 20643840 }, allocations: { count: 5040, noun: 'allocation' } });
    expect(translateConclusionMessage('zh-CN', big, refs)).toBe('19.7 MB（20,643,840 字节），共 5,040 个分配');
    expect(translateConclusionMessage('ja', conclusionMessage('rerun-step', { step: { step: 'caller-lines', title: 'Find the source line of each caller' } }), refs)).toBe('手順「[Find the source line of each caller]」をもう一度実行してください。');
    expect(translateConclusionMessage('en', leakA, refs)).toBeNull();
  });

  it('a step reason inside a gap is the view’s reason text without its final period', () => {
    const gap = conclusionMessage('gap-failed-because', { step: { step: 'x', title: 'X' }, reason: { reason: 'ln timed out', message: null } });
    expect(translateConclusionMessage('zh-CN', gap, { stepTitle: () => '查找', stepReason: () => '超时。' })).toBe('“查找”失败（超时）');
  });

  it('the card shows the translation when typed, the English for en, an older report and an unknown code', () => {
    const english = before.A!;
    const typed = conclusionOf(english, { summary: leakA, next: null })!;
    expect(typed.messages).toBeDefined();
    expect(conclusionSentences('zh-CN', typed).summary).toMatch(/^MyDriver\.sys 泄漏了 3 个分配/);
    expect(conclusionSentences('en', typed)).toEqual({ summary: english.summary, next: null });
    const older = conclusionOf(english)!;
    expect(older.messages).toBeUndefined();
    expect(conclusionSentences('ja', older).summary).toBe(english.summary);
    const newer = conclusionOf(english, { summary: { code: 'from-a-newer-core', params: {} }, next: null })!;
    expect(newer).not.toBeNull();
    expect(newer.messages).toBeUndefined();
    expect(conclusionSentences('ja', newer).summary).toBe(english.summary);
  });

  it('Copy summary uses the translated summary and next step, like the rest of its lines', () => {
    const conclusion = conclusionOf(before.E!, {
      summary: conclusionMessage('text', { text: before.E!.summary }),
      next: conclusionMessage('find-owner', { tag: 'Leak', advice: { message: conclusionMessage('advise-poolTagFile-app') } }),
    })!;
    const t = ((key: string, values?: Record<string, unknown>) => `${key}:${JSON.stringify(values ?? {})}`) as Parameters<typeof summaryText>[1];
    const text = summaryText({ target: null, driver: null, bugcheck: null, leak: null, sites: [], conclusion }, t, 'zh-CN');
    expect(text).toContain('找出使用“Leak”的驱动程序（它在 pooltag.txt 中的条目），或在调查方案选项中选择一个 pooltag.txt（池标记文件）。');
    expect(text).not.toContain('Find the driver');
  });

  it('a driver name with a bidi override or an escape sequence reaches the sentence made visible, as the page receives it', () => {
    const hostile = 'evil\u202e.sys\x1b[2J';
    const message = showTargetTextDeep(conclusionMessage('leak-nothing', { driver: hostile }));
    const zh = translateConclusionMessage('zh-CN', message, refs)!;
    expect(zh).toBe('evil\\u202e.sys\\x1b[2J 没有持有任何池分配：Driver Verifier 没有发现泄漏。');
    expect(zh).not.toMatch(/[\u202e\x1b]/);
  });
});
