import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  eventNames,
  ipcChannelFor,
  ipcEventChannel,
  requestMethods,
  type PoolSleuthBridge,
} from '../../../electron/contract';
import { describeBridgeContract } from '../../../electron/preload/bridgeContract';
import { contextBridge, ipcRenderer, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let bridge: PoolSleuthBridge;

beforeAll(async () => {
  resetFakeElectron();
  // What electron.vite.config.ts inlines into the bundle.
  vi.stubGlobal('__POOLSLEUTH_BRIDGE_CONTRACT__', describeBridgeContract());
  await import('../../../electron/preload/index');
  bridge = contextBridge.exposed.get('poolsleuth') as PoolSleuthBridge;
});

beforeEach(() => {
  ipcRenderer.invoke.mockReset();
  ipcRenderer.on.mockClear();
  ipcRenderer.removeListener.mockClear();
});

describe('preload bridge', () => {
  it('exposes exactly `poolsleuth` with `invoke` and `onEvent`', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['poolsleuth']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent']);
    expect(typeof bridge.invoke).toBe('function');
    expect(typeof bridge.onEvent).toBe('function');
  });

  it('inlines the contract: every request method with its channel, the event names and channel', () => {
    const contract = describeBridgeContract();
    expect(Object.keys(contract.requestChannels)).toEqual(requestMethods);
    for (const method of requestMethods) expect(contract.requestChannels[method]).toBe(ipcChannelFor(method));
    expect(contract.eventNames).toEqual(eventNames);
    expect(contract.eventChannel).toBe(ipcEventChannel);
  });

  it('rejects an unknown method without touching IPC', async () => {
    const invoke = bridge.invoke as (method: string, params: unknown) => Promise<unknown>;
    await expect(invoke('shell.exec', { cmd: 'calc' })).rejects.toThrow(/unknown method/);
    await expect(invoke('__proto__', {})).rejects.toThrow(/unknown method/);
    await expect(invoke('toString', {})).rejects.toThrow(/unknown method/);
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it("invokes the method's channel and unwraps a success to its result", async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, result: { scenarios: [] } });
    await expect(bridge.invoke('demo.listScenarios', {})).resolves.toEqual({ scenarios: [] });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('poolsleuth:demo.listScenarios', {});
  });

  it('turns an error outcome into a thrown Error with its message', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'invalid-params', message: 'session.sendLine: line: one line only' } });
    const failure = bridge.invoke('session.sendLine', { line: 'x' });
    await expect(failure).rejects.toBeInstanceOf(Error);
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'failed', message: 'Not connected.' } });
    await expect(bridge.invoke('session.break', {})).rejects.toThrow('Not connected.');
  });

  it('rejects a malformed reply', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce('surprise');
    await expect(bridge.invoke('session.getState', {})).rejects.toThrow(/malformed reply/);
  });

  it('delivers events as (name, payload) without the IPC event object, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onEvent(listener);
    expect(ipcRenderer.on).toHaveBeenCalledTimes(1);
    const [channel, relay] = ipcRenderer.on.mock.calls[0]! as [string, (event: unknown, message: unknown) => void];
    expect(channel).toBe(ipcEventChannel);

    const rawIpcEvent = { sender: { send() {} }, ports: [] };
    relay(rawIpcEvent, { event: 'console.output', payload: { data: 'kd> ' } });
    relay(rawIpcEvent, { event: 'not.an.event', payload: {} });
    relay(rawIpcEvent, null);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith('console.output', { data: 'kd> ' });
    for (const arg of listener.mock.calls[0]!) expect(arg).not.toBe(rawIpcEvent);

    unsubscribe();
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(ipcEventChannel, relay);
  });
});
