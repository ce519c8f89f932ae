import { describe, expect, it } from 'vitest';
import { CommandHistory, type HistoryStorage } from '../../../renderer/src/console/commandHistory';

describe('CommandHistory', () => {
  it('walks back and forth and returns the draft after the newest entry', () => {
    const h = new CommandHistory();
    h.add('lm');
    h.add('!vm');
    expect(h.previous('draft')).toBe('!vm');
    expect(h.previous('ignored')).toBe('lm');
    expect(h.previous('ignored')).toBeNull();
    expect(h.next()).toBe('!vm');
    expect(h.next()).toBe('draft');
    expect(h.next()).toBeNull();
  });

  it('skips blank lines and immediate repeats, and caps its size', () => {
    const h = new CommandHistory(3);
    for (const line of ['a', 'a', '  ', 'b', 'c', 'd']) h.add(line);
    expect(h.size).toBe(3);
    expect([h.previous(''), h.previous(''), h.previous(''), h.previous('')]).toEqual(['d', 'c', 'b', null]);
  });

  it('loads from and saves to its storage', () => {
    let saved: readonly string[] = [];
    const storage: HistoryStorage = { load: () => ['x', '', 'y'], save: (e) => (saved = [...e]) };
    const h = new CommandHistory(10, storage);
    expect(h.size).toBe(2);
    h.add('z');
    expect(saved).toEqual(['x', 'y', 'z']);
  });
});
