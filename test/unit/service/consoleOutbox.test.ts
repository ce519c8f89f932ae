import { describe, expect, it } from 'vitest';
import { ConsoleOutbox } from '../../../electron/service/consoleOutbox';

const now = (flush: () => void) => flush();

describe('ConsoleOutbox flow control', () => {
  it('coalesces a burst of writes into one event with the default scheduler', async () => {
    const emitted: string[] = [];
    const outbox = new ConsoleOutbox((d) => emitted.push(d));
    for (let i = 0; i < 100; i++) outbox.write(`line ${i}\r\n`);
    expect(emitted).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(emitted).toHaveLength(1);
    expect(emitted[0]).toContain('line 99');
  });

  it('stops emitting at the high watermark and resumes below the low one, losing nothing', () => {
    const emitted: string[] = [];
    const outbox = new ConsoleOutbox((d) => emitted.push(d), { highWatermark: 100, lowWatermark: 20, maxEventChars: 30, schedule: now });
    const text = Array.from({ length: 50 }, (_, i) => `line ${i}\n`).join('');
    outbox.write(text);
    const sentBeforeAck = emitted.join('').length;
    expect(sentBeforeAck).toBeGreaterThanOrEqual(100);
    expect(sentBeforeAck).toBeLessThan(130);
    expect(outbox.pendingChars).toBe(text.length - sentBeforeAck);

    outbox.acknowledge(50); // still above low watermark: stays paused
    expect(emitted.join('').length).toBe(sentBeforeAck);

    while (outbox.pendingChars > 0) outbox.acknowledge(outbox.unacknowledgedChars);
    expect(emitted.join('')).toBe(text);
    expect(Math.max(...emitted.map((e) => e.length))).toBeLessThanOrEqual(30);
  });

  it('drains a backlog of many small writes in order (the front is consumed by index, then compacted)', () => {
    const emitted: string[] = [];
    const outbox = new ConsoleOutbox((d) => emitted.push(d), { highWatermark: 1000, lowWatermark: 200, maxEventChars: 500, schedule: now });
    const lines = Array.from({ length: 20_000 }, (_, i) => `${i}\n`);
    for (const line of lines) outbox.write(line);
    expect(outbox.pendingChars).toBeGreaterThan(0);
    let rounds = 0;
    while (outbox.pendingChars > 0 && rounds++ < 100_000) outbox.acknowledge(outbox.unacknowledgedChars);
    expect(emitted.join('')).toBe(lines.join(''));
    // Writes after the backlog drained still arrive, after everything else.
    outbox.acknowledge(outbox.unacknowledgedChars);
    outbox.write('tail\n');
    expect(emitted.join('').endsWith('19999\ntail\n')).toBe(true);
  });

  it('never splits a surrogate pair across events', () => {
    const emitted: string[] = [];
    const outbox = new ConsoleOutbox((d) => emitted.push(d), { maxEventChars: 4, schedule: now });
    outbox.write('abc😀def');
    for (const chunk of emitted) expect(chunk).not.toMatch(/[\ud800-\udbff]$/);
    expect(emitted.join('')).toBe('abc😀def');
  });

  it('starts a newly attached UI with nothing unacknowledged', () => {
    const emitted: string[] = [];
    const outbox = new ConsoleOutbox((d) => emitted.push(d), { highWatermark: 10, lowWatermark: 5, maxEventChars: 10, schedule: now });
    outbox.write('x'.repeat(25));
    expect(emitted.join('').length).toBe(10);
    outbox.resetReceiver();
    expect(emitted.join('').length).toBe(20);
  });
});
