import { describe, expect, it } from 'vitest';
import { CommandHistory } from '../../../renderer/src/console/commandHistory';
import { ConsoleLineEditor } from '../../../renderer/src/console/consoleLineEditor';
import { FakeScreen } from './fakeScreen';

function setup(cols = 20, breakIn = false) {
  const screen = new FakeScreen(cols);
  const submitted: string[] = [];
  let interrupts = 0;
  const editor = new ConsoleLineEditor(
    screen,
    {
      submit: (line) => submitted.push(line),
      interrupt: () => {
        interrupts++;
        return breakIn;
      },
    },
    new CommandHistory(),
  );
  return { screen, editor, submitted, interrupts: () => interrupts };
}

const up = '\x1b[A';
const down = '\x1b[B';
const left = '\x1b[D';

describe('ConsoleLineEditor', () => {
  it('draws typed text after the prompt and submits it on Enter without leaving it on screen', () => {
    const { screen, editor, submitted } = setup(40);
    editor.writeOutput('kd> ');
    screen.flush();
    editor.handleInput('lm');
    screen.flush();
    expect(screen.text()).toBe('kd> lm');
    editor.handleInput('\r');
    screen.flush();
    expect(submitted).toEqual(['lm']);
    // The core's echo replaces the edit line: the command appears exactly once.
    expect(screen.text()).toBe('kd>');
    editor.writeOutput('lm\r\nstart    end        module name\r\nkd> ');
    screen.flush();
    expect(screen.text()).toBe('kd> lm\nstart    end        module name\nkd>');
  });

  it('keeps the edit line below output that arrives while typing', () => {
    const { screen, editor } = setup();
    editor.writeOutput('kd> ');
    screen.flush();
    editor.handleInput('!pool');
    screen.flush();
    editor.writeOutput('\r\nasync line\r\nkd> ');
    screen.flush();
    expect(screen.text()).toBe('kd>\nasync line\nkd> !pool');
  });

  it('edits in the middle of the line and across a wrap', () => {
    const { screen, editor, submitted } = setup(10);
    editor.writeOutput('0: kd> ');
    screen.flush();
    editor.handleInput('!verifier 3');
    screen.flush();
    expect(screen.text()).toBe('0: kd> !ve\nrifier 3');
    editor.handleInput(left.repeat(2) + '\x7f' + '0x8');
    screen.flush();
    // 20 cells exactly: the cursor waits on the next row.
    expect(screen.text()).toBe('0: kd> !ve\nrifie0x8 3\n');
    // More output arrives: the wrapped edit line is erased whole and redrawn after it.
    editor.writeOutput('\r\nbreak\r\nkd> ');
    screen.flush();
    expect(screen.text()).toBe('0: kd>\nbreak\nkd> !verif\nie0x8 3');
    editor.handleInput('\x1b[H\x1b[3~\r');
    screen.flush();
    expect(submitted).toEqual(['verifie0x8 3']);
    expect(screen.text()).toBe('0: kd>\nbreak\nkd>');
  });

  it('handles a line that ends exactly at the right margin', () => {
    const { screen, editor } = setup(10);
    editor.writeOutput('kd> ');
    screen.flush();
    editor.handleInput('123456');
    screen.flush();
    expect(screen.text()).toBe('kd> 123456\n');
    editor.handleInput('\x7f');
    screen.flush();
    expect(screen.text()).toBe('kd> 12345');
    editor.handleInput('6789');
    editor.handleInput('\x01'); // Ctrl+A: home
    editor.handleInput('X');
    screen.flush();
    expect(screen.text()).toBe('kd> X12345\n6789');
  });

  it('measures wide characters in two cells', () => {
    const { screen, editor } = setup(10);
    editor.writeOutput('kd> ');
    screen.flush();
    editor.handleInput('.echo 漏洞');
    screen.flush();
    expect(screen.text()).toBe('kd> .echo\n漏洞');
    editor.handleInput('\x7f\x7f');
    editor.writeOutput('\r\nX\r\nkd> ');
    screen.flush();
    expect(screen.text()).toBe('kd>\nX\nkd> .echo\n');
  });

  it('recalls history with Up and Down and keeps the draft', () => {
    const { screen, editor, submitted } = setup(40);
    editor.writeOutput('kd> ');
    screen.flush();
    editor.handleInput('lm\r');
    editor.handleInput('!analyze -v\r');
    editor.handleInput('dra');
    editor.handleInput(up);
    screen.flush();
    expect(screen.text()).toBe('kd> !analyze -v');
    editor.handleInput(up + up);
    screen.flush();
    expect(screen.text()).toBe('kd> lm');
    editor.handleInput(down + down);
    screen.flush();
    expect(screen.text()).toBe('kd> dra');
    expect(submitted).toEqual(['lm', '!analyze -v']);
  });

  it('applies every cursor and delete key to the line and shows the result', () => {
    const { screen, editor } = setup(40);
    editor.writeOutput('kd> ');
    screen.flush();
    const ctrlLeft = '\x1b[1;5D';
    const ctrlRight = '\x1b[1;5C';
    // Each step: the keys (a letter typed after a move shows where the cursor went), then the line.
    const steps: [keys: string, line: string][] = [
      ['ab cd', 'ab cd'],
      [ctrlLeft + 'X', 'ab Xcd'],
      [ctrlRight + 'Y', 'ab XcdY'],
      ['\x01H', 'Hab XcdY'], // Ctrl+A
      ['\x05E', 'Hab XcdYE'], // Ctrl+E
      [left + '\x7f', 'Hab XcdE'], // Backspace
      ['\x1b[C\x1b[H\x1b[3~', 'ab XcdE'], // Right, Home, Delete
      [ctrlRight + '\x0b', 'ab'], // Ctrl+K
      [left + '\x15', 'b'], // Ctrl+U
      ['\x1b', ''], // Escape
    ];
    for (const [keys, line] of steps) {
      editor.handleInput(keys);
      screen.flush();
      expect(editor.editText).toBe(line);
      expect(screen.text()).toBe(`kd> ${line}`.trimEnd());
    }
  });

  it('submits each line of a multi-line paste and keeps the unfinished last line', () => {
    const { screen, editor, submitted } = setup(40);
    editor.handleInput('lm\r!vm\rk');
    screen.flush();
    expect(submitted).toEqual(['lm', '!vm']);
    expect(editor.editText).toBe('k');
  });

  it('asks for a break-in on Ctrl+C and otherwise abandons the line', () => {
    const busy = setup(40, true);
    busy.editor.handleInput('abc\x03');
    expect(busy.interrupts()).toBe(1);
    expect(busy.editor.editText).toBe('abc');

    const idle = setup(40, false);
    idle.editor.writeOutput('kd> ');
    idle.editor.handleInput('abc');
    idle.screen.flush();
    idle.editor.handleInput('\x03');
    idle.screen.flush();
    expect(idle.editor.editText).toBe('');
    expect(idle.screen.text()).toBe('kd>');
  });

  it('reports each output chunk once parsed, for flow control', () => {
    const { screen, editor } = setup();
    const rendered: number[] = [];
    editor.writeOutput('abc', (n) => rendered.push(n));
    editor.writeOutput('de', (n) => rendered.push(n));
    expect(rendered).toEqual([]);
    screen.flush();
    expect(rendered).toEqual([3, 2]);
  });

  it('takes the edit line off the screen around a resize', () => {
    const { screen, editor } = setup(10);
    editor.writeOutput('kd> ');
    editor.handleInput('abcdefgh');
    screen.flush();
    let sawText = '';
    editor.withEditLineHidden(() => {
      sawText = screen.text();
    });
    screen.flush();
    expect(sawText).toBe('kd>');
    expect(screen.text()).toBe('kd> abcdef\ngh');
  });
});
