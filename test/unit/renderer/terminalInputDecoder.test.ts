import { describe, expect, it } from 'vitest';
import { decodeTerminalInput } from '../../../renderer/src/console/terminalInputDecoder';

const types = (data: string) => decodeTerminalInput(data).map((a) => (a.type === 'text' ? `text:${a.text}` : a.type));

describe('decodeTerminalInput', () => {
  it('groups printable text and splits pasted lines', () => {
    expect(types('!analyze -v')).toEqual(['text:!analyze -v']);
    expect(types('lm\r\nk\rx')).toEqual(['text:lm', 'enter', 'text:k', 'enter', 'text:x']);
  });

  it('maps cursor and editing keys in both CSI and SS3 forms', () => {
    expect(types('\x1b[A\x1bOB\x1b[C\x1bOD\x1b[H\x1b[F\x1b[1~\x1b[4~\x1b[3~\x7f')).toEqual([
      'history-previous',
      'history-next',
      'right',
      'left',
      'home',
      'end',
      'home',
      'end',
      'delete',
      'backspace',
    ]);
    expect(types('\x1b[1;5D\x1b[1;5C')).toEqual(['word-left', 'word-right']);
  });

  it('maps control keys and ignores unsupported sequences and control bytes', () => {
    expect(types('\x03\x01\x05\x0b\x15')).toEqual(['interrupt', 'home', 'end', 'kill-to-end', 'kill-to-start']);
    expect(types('\x1b[5~\x1b[15~a\x07b')).toEqual(['text:ab']);
    expect(types('\x1b')).toEqual(['clear-line']);
    expect(types('a\tb')).toEqual(['text:a b']);
  });
});
