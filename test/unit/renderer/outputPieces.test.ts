// How console.output reaches the screen (renderer/src/console/outputPieces.ts, used by
// ConsoleController.writeOutput): in pieces through the real line editor; the acknowledgement
// counts the core's characters even when the page shows a translated note of another length.
import { describe, expect, it } from 'vitest';
import { CommandHistory } from '../../../renderer/src/console/commandHistory';
import { ConsoleLineEditor } from '../../../renderer/src/console/consoleLineEditor';
import { writeOutputPieces } from '../../../renderer/src/console/outputPieces';
import { FakeScreen } from './fakeScreen';

function setup() {
  const screen = new FakeScreen(200);
  const editor = new ConsoleLineEditor(screen, { submit: () => undefined, interrupt: () => false }, new CommandHistory());
  const acks: number[] = [];
  return { screen, editor, acks, rendered: (chars: number) => acks.push(chars) };
}

describe('console output pieces and their acknowledgement', () => {
  it('untranslated text: each piece acknowledged with its own length once rendered', () => {
    const { screen, editor, acks, rendered } = setup();
    const data = 'a'.repeat(25);
    writeOutputPieces(editor, data, data, rendered, 10);
    expect(acks).toEqual([]);
    screen.flush();
    expect(acks).toEqual([10, 10, 5]);
    expect(screen.written.join('')).toBe(data);
  });

  it('translated text: the shown text is written, the core acknowledged data.length once, after the last piece', () => {
    const { screen, editor, acks, rendered } = setup();
    const data = '[Disconnected: the debugger was closed as you asked.]';
    const shown = '[切断しました: ご指示どおりデバッガーを閉じました。]';
    expect(shown.length).not.toBe(data.length);
    writeOutputPieces(editor, data, shown, rendered, 8);
    expect(acks).toEqual([]);
    screen.flush();
    expect(acks).toEqual([data.length]);
    expect(screen.written.join('')).toBe(shown);
    expect(screen.text()).toContain('ご指示どおりデバッガーを閉じました');
  });

  it('a translation longer than the core text is still acknowledged as the core text', () => {
    const { screen, editor, acks, rendered } = setup();
    writeOutputPieces(editor, 'abc', 'x'.repeat(30), rendered, 8);
    screen.flush();
    expect(acks).toEqual([3]);
  });
});
