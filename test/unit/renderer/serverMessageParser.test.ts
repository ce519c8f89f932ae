import { describe, expect, it } from 'vitest';
import { parseServerMessage, validateResult } from '../../../renderer/src/bridge/serverMessageParser';

const frame = (value: unknown) => JSON.stringify(value);

describe('parseServerMessage', () => {
  it('accepts responses and valid events', () => {
    expect(parseServerMessage(frame({ type: 'response', id: 3, ok: true, result: { ok: true } }))).toEqual({
      kind: 'response',
      id: 3,
      ok: true,
      result: { ok: true },
    });
    expect(parseServerMessage(frame({ type: 'response', id: null, ok: false, error: { code: 'bad', message: 'no' } }))).toEqual({
      kind: 'response',
      id: null,
      ok: false,
      error: { code: 'bad', message: 'no' },
    });
    const state = { state: 'ready', reason: null, prompt: 'kd> ', target: { targetKind: 'dump', description: 'MEMORY.DMP' } };
    expect(parseServerMessage(frame({ type: 'event', event: 'session.state', payload: state }))).toEqual({
      kind: 'event',
      event: 'session.state',
      payload: state,
    });
  });

  it('rejects anything that is not a contract message', () => {
    const bad = [
      new ArrayBuffer(4),
      'not json',
      frame(null),
      frame([]),
      frame({ type: 'response', id: -1, ok: true, result: 1 }),
      frame({ type: 'response', id: 1.5, ok: true, result: 1 }),
      frame({ type: 'response', id: 1, ok: false, error: 'boom' }),
      frame({ type: 'event', event: 'session.explode', payload: {} }),
      frame({ type: 'event', event: 'console.output', payload: { data: 42 } }),
      frame({ type: 'event', event: 'session.state', payload: { state: 'dancing', reason: null, prompt: null, target: null } }),
      frame({ type: 'event', event: '__proto__', payload: {} }),
      'x'.repeat(16 * 1024 * 1024 + 1),
    ];
    for (const raw of bad) expect(parseServerMessage(raw).kind).toBe('invalid');
  });
});

describe('validateResult', () => {
  it('checks a result against the called method', () => {
    expect(validateResult('investigation.start', { ok: true, status: 'finished' })).toEqual({ ok: true, result: { ok: true, status: 'finished' } });
    expect(validateResult('investigation.start', { ok: true }).ok).toBe(false);
    // session.sendLine only says the command completed: its output is on the console.
    expect(validateResult('session.sendLine', { ok: true })).toEqual({ ok: true, result: { ok: true } });
    expect(validateResult('session.sendLine', { ok: 'yes' }).ok).toBe(false);
    expect(validateResult('demo.listScenarios', { scenarios: [{ name: 'a', description: 'b' }] }).ok).toBe(true);
    expect(validateResult('demo.listScenarios', { scenarios: [{ name: 1 }] }).ok).toBe(false);
  });
});
