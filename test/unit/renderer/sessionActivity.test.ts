import { describe, expect, it } from 'vitest';
import type { SessionActivity } from '../../../electron/contract';
import { activityView, formatElapsed } from '../../../renderer/src/session/activity/activityView';
import { activityEn } from '../../../renderer/src/session/activity/i18n/en';
import { activityJa } from '../../../renderer/src/session/activity/i18n/ja';
import { activityZhCN } from '../../../renderer/src/session/activity/i18n/zhCN';

const at = (kind: SessionActivity['kind'], detail: string | null, params?: Record<string, string>): SessionActivity => ({ kind, since: 0, detail, ...(params ? { params } : {}) });
const fill = (template: string, values: Record<string, string> = {}) => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);

// The core's sentence (electron/debugger/debuggerSession.ts BreakFailedError).
const breakFailed = 'The debugger did not stop within 20 s; it may not receive Ctrl+C (a wrapper script?). Disconnect to end it, or wait.';

describe('activityView', () => {
  it('translates a failed break by its typed seconds and offers Disconnect; English repeats the core word for word', () => {
    const view = activityView(at('break-failed', breakFailed, { seconds: '20' }));
    expect(view.message).toEqual({ key: 'breakFailed', values: { seconds: '20' } });
    expect(view.action).toBe('disconnect');
    expect(view.tone).toBe('error');
    expect(view.coreText).toBeNull();
    expect(fill(activityEn.breakFailed, view.message!.values)).toBe(breakFailed);
    expect(activityView(at('break-failed', breakFailed.replace('20 s', '2.5 s'), { seconds: '2.5' })).message?.values).toEqual({ seconds: '2.5' });
    // The English sentence alone is not read: without the typed value it is shown as the core wrote it.
    expect(activityView(at('break-failed', breakFailed))).toMatchObject({ message: null, coreText: breakFailed });
    expect(activityView(at('break-failed', breakFailed, { seconds: '<b>' }))).toMatchObject({ message: null, coreText: breakFailed });
  });

  it('shows a break failure it cannot read in the core’s own words, whole', () => {
    const odd = 'The break failed: <b>helper</b> exited with code 5';
    const view = activityView(at('break-failed', odd));
    expect(view.message).toBeNull();
    expect(view.coreText).toBe(odd);
    expect(view.action).toBe('disconnect');
  });

  it('names symbol loading with Cancel and the elapsed time; dots add nothing, a progress line does', () => {
    const dots = activityView(at('loading-symbols', '..............................'));
    expect(dots).toMatchObject({ message: { key: 'loadingSymbols' }, coreText: null, showElapsed: true, action: 'cancel' });
    expect(activityView(at('loading-symbols', 'Loading Kernel Symbols')).coreText).toBeNull();
    expect(activityView(at('loading-symbols', 'SYMSRV:  c:\\sym\\ntkrnlmp.pdb')).coreText).toBe('SYMSRV:  c:\\sym\\ntkrnlmp.pdb');
  });

  it('calls the !verifier 0x80 walk reading the verifier log, with its progress line', () => {
    for (const line of ['Parsing 0x10000 log entries, searching for address 0xffffe001.', 'Parsed entry 0x1000/0x10000...']) {
      expect(activityView(at('loading-symbols', line))).toMatchObject({ message: { key: 'readingVerifierLog' }, coreText: line, action: 'cancel' });
    }
  });

  it('keeps a timeout’s reason on a pending break, not the plain "Break sent"', () => {
    expect(activityView(at('break-pending', 'Break sent', { cause: 'user' }))).toMatchObject({ message: { key: 'breakPending' }, coreText: null, showElapsed: true, action: null });
    expect(activityView(at('break-pending', "'lm' printed nothing for 60 s.", { cause: 'timeout' })).coreText).toBe("'lm' printed nothing for 60 s.");
  });

  it('maps the target states and a KDNET reconnect wait (Disconnect offered there only)', () => {
    expect(activityView(at('target-running', null))).toMatchObject({ message: { key: 'targetRunning' }, action: null, showElapsed: true });
    expect(activityView(at('target-busy', '*BUSY*')).message?.key).toBe('targetBusy');
    expect(activityView(at('printing', 'The debugger is still printing')).message?.key).toBe('printing');
    expect(activityView(at('waiting-to-reconnect', 'Waiting to reconnect...'))).toMatchObject({ message: { key: 'waitingToReconnect' }, action: 'disconnect' });
  });

  it('counts queued commands from the core’s note', () => {
    expect(activityView(at('commands-queued', '3 command(s) wait for the target to stop', { count: '3' })).message).toEqual({ key: 'commandsQueued', values: { count: '3' } });
    expect(activityView(at('commands-queued', 'something else')).coreText).toBe('something else');
  });
});

describe('formatElapsed', () => {
  it('writes m:ss, then h:mm:ss, and never a negative time', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(42_999)).toBe('0:42');
    expect(formatElapsed(102_000)).toBe('1:42');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-1500)).toBe('0:00');
  });
});

describe('activity translations', () => {
  it('have the keys and placeholders of English', () => {
    const placeholders = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, [...v.matchAll(/\{\{(\w+)\}\}/g)].map((x) => x[1]).sort()]));
    for (const messages of [activityZhCN, activityJa]) {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(activityEn).sort());
      expect(placeholders(messages)).toEqual(placeholders(activityEn));
      for (const [key, text] of Object.entries(messages)) if (key !== 'targetBusy') expect(text, key).not.toBe(activityEn[key as keyof typeof activityEn]);
    }
  });
});
