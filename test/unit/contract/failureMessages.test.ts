// Typed connect failures (contract/failureMessages.ts): the English is the CLI's text to
// the letter, every code has a real zh-CN and ja translation with its parameters filled,
// a start-up reason is taken apart only when its English comes back unchanged, and the
// typed failure survives the dispatcher, the Electron preload and the page's bridge.
import { describe, expect, it } from 'vitest';
import {
  failureCodes,
  failureDetailCodes,
  failureDetailTemplates,
  failureTemplates,
  failureText,
  requestSchemas,
  type FailureMessage,
  type PoolSleuthBridge,
} from '../../../electron/contract';
import { createBridge } from '../../../electron/preload/bridge';
import { dispatchRequest, type RequestHandlers } from '../../../electron/service/apiDispatcher';
import { startupFailure, startupFailureMessage } from '../../../electron/service/startupFailure';
import { peerRefusal, refusePeer } from '../../../electron/debugger/peerIdentification';
import { BridgeError, errorMessage } from '../../../renderer/src/bridge/bridgeError';
import { validatingBridge } from '../../../renderer/src/bridge/validatingBridge';
import { failureMessageText, failureTextTable, translateFailure } from '../../../renderer/src/i18n/failureTexts';

const placeholders = (template: string) => [...template.matchAll(/\{\{([a-zA-Z]+)\}\}/g)].map((m) => m[1]!);

/** Distinct sample values for a template's placeholders. */
function sampleParams(template: string): Record<string, string> {
  return Object.fromEntries(placeholders(template).filter((n) => n !== 'detail').map((name) => [name, `«${name}-value»`]));
}

describe('typed connect failures', () => {
  it('every failure and detail code has a zh-CN and ja translation, not the English copied, with the same placeholders', () => {
    for (const language of ['zh-CN', 'ja']) {
      const table = failureTextTable(language)!;
      for (const code of failureCodes) {
        const translated = table.failures[code];
        expect(translated, `${language} ${code}`).toBeTruthy();
        expect(translated).not.toBe(failureTemplates[code]);
        expect(placeholders(translated).sort()).toEqual(placeholders(failureTemplates[code]).sort());
      }
      for (const code of failureDetailCodes) {
        const translated = table.details[code];
        if (code !== 'as-said') expect(translated, `${language} ${code}`).not.toBe(failureDetailTemplates[code]);
        expect(placeholders(translated).sort()).toEqual(placeholders(failureDetailTemplates[code]).sort());
      }
    }
    expect(failureTextTable('en')).toBeNull();
  });

  it('fills every parameter, the detail included, in every language', () => {
    for (const code of failureCodes) {
      for (const detailCode of failureDetailCodes) {
        const failure: FailureMessage = { code, params: sampleParams(failureTemplates[code]), detail: { code: detailCode, params: sampleParams(failureDetailTemplates[detailCode]) } };
        for (const language of ['en', 'zh-CN', 'ja']) {
          const text = translateFailure(language, failure);
          expect(text, `${language} ${code}/${detailCode}`).not.toMatch(/\{\{|\}\}|undefined/);
          for (const value of Object.values(failure.params ?? {})) expect(text).toContain(value);
          if (placeholders(failureTemplates[code]).includes('detail')) for (const value of Object.values(failure.detail!.params ?? {})) expect(text).toContain(value);
        }
      }
    }
  });

  it('the English is the text the CLI printed before (refusals and start-up failures)', () => {
    expect(refusePeer('/bin/cat', '.echo ', null)).toBe(
      "This program did not answer like kd or cdb: /bin/cat. It only echoed back what it was sent, with no debugger banner or prompt. Check the debugger's path and command line (kd.exe or cdb.exe with -z <dump>, -k <connection> or -kl).",
    );
    expect(peerRefusal('python3', 'Python 3.11.7\n>>> ', null)).toEqual({ code: 'not-a-debugger-printed', params: { program: 'python3', printed: 'Python 3.11.7 ⏎ >>>' } });
    const exited = { code: 'exited' as const, params: { name: 'false', exitCode: '1' } };
    expect(startupFailureMessage('false', "false exited with code 1 (while running '.echo PSMARK_0123')", exited)).toBe(
      'The debugger did not start (false): false exited with code 1. Check the command line: the program path, its arguments and their quoting (a path with spaces needs quotes).',
    );
    expect(startupFailure('false', "false exited with code 1 (while running '.echo PSMARK_0123')", exited)).toEqual({
      code: 'did-not-start-check-command-line',
      params: { program: 'false' },
      detail: { code: 'exited', params: { name: 'false', exitCode: '1' } },
    });
    const missing = "Debugger not found: 'kdx'. Check the path to kd.exe/cdb.exe (Windows Kits\\10\\Debuggers\\x64) or pick the demo target.";
    const notFound = { code: 'not-found' as const, params: { command: 'kdx' } };
    expect(startupFailure('kdx -z a.dmp', missing, notFound)).toEqual({ code: 'did-not-start', params: { program: 'kdx -z a.dmp' }, detail: { code: 'not-found', params: { command: 'kdx' } } });
    expect(startupFailureMessage('kdx -z a.dmp', missing, notFound)).toBe(`The debugger did not start (kdx -z a.dmp): ${missing}`);
  });

  it('never reads the English back: without the transport\'s typed reason a reason is kept as said', () => {
    expect(startupFailure('kd', 'kd was killed by SIGKILL').detail).toEqual({ code: 'as-said', params: { text: 'kd was killed by SIGKILL' } });
    expect(startupFailure('x', 'the link went away').detail).toEqual({ code: 'as-said', params: { text: 'the link went away' } });
    // A start-up of a free text the table does not know: the English stays, in every language.
    expect(translateFailure('ja', startupFailure('x', 'the link went away'))).toContain('the link went away');
  });

  it('translates a known code and shows the English for a code this build does not know', () => {
    const failure = startupFailure('/bin/false', "false exited with code 1 (while running '.echo PSMARK_1')", { code: 'exited', params: { name: 'false', exitCode: '1' } });
    expect(failureMessageText('ja', failure, 'English')).toBe(
      'デバッガーを起動できませんでした（/bin/false）: false は終了コード 1 で終了しました。コマンド ラインを確認してください: プログラムのパス、引数、その引用符（空白を含むパスは引用符で囲みます）。',
    );
    expect(failureMessageText('zh-CN', failure, 'English')).toBe('调试器未能启动（/bin/false）：false 已退出，退出代码 1。请检查命令行：程序路径、参数及其引号（含空格的路径需要加引号）。');
    expect(failureMessageText('en', failure, 'ignored')).toBe(failureText(failure));
    expect(failureMessageText('ja', { code: 'from-a-newer-core', params: { program: 'x' } }, 'The English text.')).toBe('The English text.');
    expect(failureMessageText('ja', { ...failure, detail: { code: 'newer-detail' } }, 'The English text.')).toBe('The English text.');
  });

  it('survives the dispatcher, the Electron preload (plain data across contextBridge) and the page bridge', async () => {
    const failure = startupFailure('/bin/false', "false exited with code 1 (while starting)");
    const handlers = {
      'session.connect': async () => {
        const { TypedFailureError } = await import('../../../electron/contract');
        throw new TypedFailureError(failure);
      },
    } as unknown as RequestHandlers;
    const outcome = await dispatchRequest(handlers, 'session.connect', { target: { kind: 'demo', scenario: 'x' } });
    expect(outcome).toEqual({ ok: false, error: { code: 'failed', message: failureText(failure), failure } });
    expect(requestSchemas['session.connect']).toBeDefined();
    // The preload's bridge over a fake ipcRenderer answering with that outcome.
    const ipc = { invoke: async () => outcome, on: () => undefined, removeListener: () => undefined };
    const preload = createBridge(ipc, { requestChannels: { 'session.connect': 'c' }, eventChannel: 'e', eventNames: [] } as never) as PoolSleuthBridge;
    const err = await validatingBridge(preload, () => undefined).invoke('session.connect', { target: { kind: 'demo', scenario: 'x' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BridgeError);
    expect(errorMessage(err, 'en')).toBe(failureText(failure));
    expect(errorMessage(err, 'ja')).toContain('デバッガーを起動できませんでした（/bin/false）');
    // An error without a typed failure stays an Error with its own text.
    const plain = createBridge({ ...ipc, invoke: async () => ({ ok: false, error: { code: 'failed', message: 'plain words' } }) }, { requestChannels: { 'session.connect': 'c' }, eventChannel: 'e', eventNames: [] } as never);
    const plainErr = await validatingBridge(plain as PoolSleuthBridge, () => undefined).invoke('session.connect', { target: { kind: 'demo', scenario: 'x' } }).catch((e: unknown) => e);
    expect(errorMessage(plainErr, 'ja')).toBe('plain words');
  });
});
