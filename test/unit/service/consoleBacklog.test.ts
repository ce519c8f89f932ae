import { describe, expect, it } from 'vitest';
import { ConsoleBacklog } from '../../../electron/service/consoleBacklog';

describe('console backlog (what a reloaded page gets back)', () => {
  it('keeps everything while it fits, prompt included', () => {
    const backlog = new ConsoleBacklog(1000);
    backlog.push('Microsoft (R) Windows Debugger\r\n');
    backlog.push('kd> ');
    backlog.push('lm\r\nstart end module\r\n');
    backlog.push('kd> ');
    expect(backlog.snapshot()).toEqual({ text: 'Microsoft (R) Windows Debugger\r\nkd> lm\r\nstart end module\r\nkd> ', omittedChars: 0 });
  });

  it('keeps the last lines within the limit, starting at a line start, and counts what it dropped', () => {
    const backlog = new ConsoleBacklog(40);
    const lines = Array.from({ length: 20 }, (_, i) => `line ${String(i).padStart(2, '0')}\r\n`);
    for (const line of lines) backlog.push(line);
    backlog.push('kd> ');
    const { text, omittedChars } = backlog.snapshot();
    expect(text.length).toBeLessThanOrEqual(40);
    expect(text.startsWith('line ')).toBe(true);
    expect(text.endsWith('line 19\r\nkd> ')).toBe(true);
    expect(omittedChars + text.length).toBe(lines.join('').length + 4);
  });

  it('cuts a chunk that starts mid-line at its next line', () => {
    const backlog = new ConsoleBacklog(10);
    backlog.push('aaaaaaaaaaaa');
    backlog.push('bbb\r\nccc\r\n');
    const { text, omittedChars } = backlog.snapshot();
    expect(text).toBe('ccc\r\n');
    expect(omittedChars).toBe(17);
  });

  it('keeps the tail of one endless line rather than nothing', () => {
    const backlog = new ConsoleBacklog(8);
    backlog.push('x'.repeat(20));
    expect(backlog.snapshot()).toEqual({ text: 'x'.repeat(8), omittedChars: 12 });
  });
});
