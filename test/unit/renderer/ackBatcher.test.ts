import { describe, expect, it } from 'vitest';
import { AckBatcher } from '../../../renderer/src/console/ackBatcher';

function manualTimers() {
  const timers = new Map<number, () => void>();
  let next = 1;
  return {
    setTimer: (fn: () => void) => {
      timers.set(next, fn);
      return next++;
    },
    clearTimer: (h: unknown) => timers.delete(h as number),
    fire: () => {
      const fns = [...timers.values()];
      timers.clear();
      fns.forEach((f) => f());
    },
    count: () => timers.size,
  };
}

describe('AckBatcher', () => {
  it('acks once per full batch while output streams', () => {
    const acks: number[] = [];
    const t = manualTimers();
    const b = new AckBatcher((n) => acks.push(n), { batchChars: 100, ...t });
    for (let i = 0; i < 25; i++) b.rendered(10);
    expect(acks).toEqual([100, 100]);
    expect(b.pending).toBe(50);
  });

  it('flushes a partial batch when output goes quiet', () => {
    const acks: number[] = [];
    const t = manualTimers();
    const b = new AckBatcher((n) => acks.push(n), { batchChars: 100, ...t });
    b.rendered(30);
    b.rendered(5);
    expect(t.count()).toBe(1);
    t.fire();
    expect(acks).toEqual([35]);
    t.fire();
    expect(acks).toEqual([35]);
  });

  it('acknowledges every rendered character exactly once', () => {
    const acks: number[] = [];
    const t = manualTimers();
    const b = new AckBatcher((n) => acks.push(n), { batchChars: 64 * 1024, ...t });
    let total = 0;
    for (let i = 0; i < 1000; i++) {
      const n = (i * 7919) % 5000;
      total += n;
      b.rendered(n);
      if (i % 97 === 0) t.fire();
    }
    t.fire();
    expect(acks.reduce((a, c) => a + c, 0)).toBe(total);
    expect(acks.every((a) => a > 0 && a <= 64 * 1024 + 5000)).toBe(true);
  });

  it('forgets outstanding counts on reset', () => {
    const acks: number[] = [];
    const t = manualTimers();
    const b = new AckBatcher((n) => acks.push(n), { batchChars: 100, ...t });
    b.rendered(50);
    b.reset();
    t.fire();
    expect(acks).toEqual([]);
  });
});
