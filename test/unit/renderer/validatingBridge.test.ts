import { describe, expect, it } from 'vitest';
import type { EventListener, PoolSleuthBridge } from '../../../electron/contract';
import { validatingBridge } from '../../../renderer/src/bridge/validatingBridge';

function fakePreload(result: unknown) {
  let listener: EventListener | null = null;
  const inner: PoolSleuthBridge = {
    invoke: (async () => result) as PoolSleuthBridge['invoke'],
    onEvent(l) {
      listener = l;
      return () => (listener = null);
    },
  };
  const emit = (event: string, payload: unknown) => (listener as unknown as (e: string, p: unknown) => void)?.(event, payload);
  return { inner, emit };
}

describe('validatingBridge (Electron preload)', () => {
  it('passes valid results and rejects results that break the contract', async () => {
    await expect(validatingBridge(fakePreload({ ok: true }).inner).invoke('session.break', {})).resolves.toEqual({ ok: true });
    await expect(validatingBridge(fakePreload({ ok: 1 }).inner).invoke('session.break', {})).rejects.toMatchObject({ code: 'invalid-response' });
  });

  it('delivers only known, well-formed events', () => {
    const { inner, emit } = fakePreload(null);
    const warnings: string[] = [];
    const seen: unknown[] = [];
    validatingBridge(inner, (m) => warnings.push(m)).onEvent((event, payload) => seen.push([event, payload]));
    emit('console.output', { data: 'kd> ' });
    emit('console.output', { data: 7 });
    emit('session.state', { state: 'ready', reason: null, prompt: 'kd> ', target: null });
    emit('hasOwnProperty', {});
    expect(seen).toEqual([
      ['console.output', { data: 'kd> ' }],
      ['session.state', { state: 'ready', reason: null, prompt: 'kd> ', target: null }],
    ]);
    expect(warnings).toHaveLength(2);
  });
});
