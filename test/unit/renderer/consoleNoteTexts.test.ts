// The core's typed console lines in the page's language (renderer/src/console/consoleNoteTexts.ts):
// exactly the note's span is replaced, anything the page cannot vouch for keeps the core's
// English, and someone's text inside a note never acts on the terminal.
import { describe, expect, it } from 'vitest';
import { consoleNoteCodes, consoleNoteText, type ConsoleNote, type ConsoleNoteSpan } from '../../../electron/contract';
import { localizedConsoleText, translateConsoleNote } from '../../../renderer/src/console/consoleNoteTexts';

/** `before` + the note's English + `after`, with the span the core would send. */
function eventWith(note: ConsoleNote, before = 'kd> q\r\n', after = '\r\n') {
  const english = consoleNoteText(note);
  return { data: before + english + after, spans: [{ start: before.length, length: english.length, note }] as ConsoleNoteSpan[], english };
}

const exited: ConsoleNote = { code: 'debugger-exited', reason: { code: 'exited', params: { name: 'kd.exe', exitCode: '3' } } };

describe('console notes in the page language', () => {
  it('ja and zh-CN replace exactly the span, text before and after unchanged', () => {
    const { data, spans } = eventWith(exited);
    expect(localizedConsoleText('ja', data, spans)).toBe('kd> q\r\n[デバッガーが終了しました: kd.exe は終了コード 3 で終了しました]\r\n');
    expect(localizedConsoleText('zh-CN', data, spans)).toBe('kd> q\r\n[调试器已退出：kd.exe 已退出，退出代码 3]\r\n');
  });

  it('the closed-as-asked line in ja and zh-CN', () => {
    const { data, spans } = eventWith({ code: 'closed-as-asked' }, '', '');
    expect(localizedConsoleText('ja', data, spans)).toBe('[切断しました: ご指示どおりデバッガーを閉じました。]');
    expect(localizedConsoleText('zh-CN', data, spans)).toBe('[已断开连接：已按您的要求关闭调试器。]');
  });

  it('every code has a ja and zh-CN text with its parameters filled and no English left', () => {
    const notes: ConsoleNote[] = consoleNoteCodes.map((code) => ({
      code,
      params: { host: 'lab-7', attempt: '2', attempts: '5', seconds: '4', error: 'ECONNREFUSED', program: '/bin/cat', command: 'lm', account: 'dev@lab01:22', keyFile: '/k', commands: 'lm', signal: 'sig' },
      reason: { code: 'link-closed', params: { target: 'me@lab-7:22' } },
    }));
    for (const language of ['ja', 'zh-CN']) {
      for (const note of notes) {
        const text = translateConsoleNote(language, note);
        expect(text, `${language} ${note.code}`).not.toBeNull();
        expect(text).not.toMatch(/\{\{/);
        expect(text).not.toContain(consoleNoteText(note).replace(/^\[PoolSleuth\] /, '').slice(0, 12));
      }
    }
  });

  it('English, an unknown language, an unknown code or reason code keep the English', () => {
    const { data, spans } = eventWith(exited);
    expect(localizedConsoleText('en', data, spans)).toBe(data);
    expect(localizedConsoleText('fr', data, spans)).toBe(data);
    const unknown = [{ ...spans[0]!, note: { code: 'from-a-newer-core' } }];
    expect(localizedConsoleText('ja', data, unknown)).toBe(data);
    const unknownReason = [{ ...spans[0]!, note: { code: 'debugger-exited', reason: { code: 'newer-reason' } } }];
    expect(localizedConsoleText('ja', data, unknownReason)).toBe(data);
  });

  it('a span that runs past the text is ignored; a later good span is still translated', () => {
    const first = eventWith({ code: 'closed-as-asked' }, '', '\r\n');
    const bad: ConsoleNoteSpan = { start: 0, length: first.data.length + 50, note: { code: 'closed-as-asked' } };
    expect(localizedConsoleText('ja', first.data, [bad])).toBe(first.data);
    expect(localizedConsoleText('ja', first.data, [bad, first.spans[0]!])).toBe('[切断しました: ご指示どおりデバッガーを閉じました。]\r\n');
  });

  it('overlapping spans: the first (by start) is translated, the overlapping one ignored', () => {
    const { data, spans } = eventWith({ code: 'closed-as-asked' }, 'x\r\n', '\r\n');
    const overlapping: ConsoleNoteSpan = { start: spans[0]!.start + 5, length: 10, note: { code: 'reconnect-failed', params: { error: 'boom' } } };
    expect(localizedConsoleText('zh-CN', data, [overlapping, spans[0]!])).toBe('x\r\n[已断开连接：已按您的要求关闭调试器。]\r\n');
  });

  it('two notes in one event are both translated, in order, whatever order the spans came in', () => {
    const a = consoleNoteText({ code: 'closed-as-asked' });
    const b = consoleNoteText({ code: 'reconnect-attempt', params: { attempt: '2', attempts: '5', seconds: '1' } });
    const data = `${a}\r\nkd> \r\n${b}\r\n`;
    const spans: ConsoleNoteSpan[] = [
      { start: data.indexOf(b), length: b.length, note: { code: 'reconnect-attempt', params: { attempt: '2', attempts: '5', seconds: '1' } } },
      { start: 0, length: a.length, note: { code: 'closed-as-asked' } },
    ];
    const shown = localizedConsoleText('ja', data, spans);
    expect(shown).toBe('[切断しました: ご指示どおりデバッガーを閉じました。]\r\nkd> \r\n[PoolSleuth] 再接続 2 / 5 回目を 1 秒後に試みます…\r\n');
  });

  it('control characters, ESC and C1 sequences, line breaks and bidi overrides in parameters become visible escapes', () => {
    const note: ConsoleNote = {
      code: 'reconnect-failed',
      params: { error: 'bad\u001b]52;c;ZXZpbA==\u0007 \u009b2J\r\nkd> fake\u202eevil' },
    };
    const { data, spans } = eventWith(note, '', '');
    const shown = localizedConsoleText('ja', data, spans);
    expect(shown).toBe('[PoolSleuth] 再接続できませんでした: bad\\x1b]52;c;ZXZpbA==\\x07 \\x9b2J\\r\\nkd> fake\\u202eevil');
    expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    const reasonNote: ConsoleNote = { code: 'debugger-exited', reason: { code: 'exited-saying', params: { name: 'kd\u001b[2J', exitCode: '1', stderr: 'x\u009d0;title\u009c' } } };
    const reasonEvent = eventWith(reasonNote, '', '');
    const reasonShown = localizedConsoleText('zh-CN', reasonEvent.data, reasonEvent.spans);
    expect(reasonShown).toContain('kd\\x1b[2J');
    expect(reasonShown).toContain('x\\x9d0;title\\x9c');
    expect(reasonShown).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});
