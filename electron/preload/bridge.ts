// The `window.poolsleuth` object: the contract's PoolSleuthBridge over
// Electron IPC. The page gets two functions and plain data — never
// ipcRenderer, never an IPC event object.
import type { EventListener, EventName, PoolSleuthBridge } from '../contract';
import type { BridgeContract } from './bridgeContract';

/** The slice of ipcRenderer the bridge uses (injected so tests need no Electron). */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

type Outcome = { ok: true; result: unknown } | { ok: false; error?: { code?: unknown; message?: unknown; failure?: unknown } };

function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export function createBridge(ipc: BridgeIpc, contract: BridgeContract): PoolSleuthBridge {
  const channelFor = (method: unknown): string | undefined =>
    typeof method === 'string' && Object.prototype.hasOwnProperty.call(contract.requestChannels, method)
      ? contract.requestChannels[method]
      : undefined;
  const knownEvents = new Set(contract.eventNames);

  const invoke = async (method: string, params: unknown): Promise<unknown> => {
    // The page is untrusted: names outside the contract never reach IPC.
    const channel = channelFor(method);
    if (channel === undefined) throw new Error(`unknown method ${JSON.stringify(String(method)).slice(0, 80)}`);
    const outcome = await ipc.invoke(channel, params);
    if (!isOutcome(outcome)) throw new Error(`${method}: malformed reply from the main process`);
    if (!outcome.ok) {
      const message = outcome.error?.message;
      const text = typeof message === 'string' ? message : `${method} failed`;
      // contextBridge copies an Error's message only: a typed failure travels as plain data
      // (the page's validatingBridge turns it back into an error).
      if (outcome.error?.failure !== undefined) {
        const code = typeof outcome.error.code === 'string' ? outcome.error.code : 'failed';
        return Promise.reject({ code, message: text, failure: outcome.error.failure });
      }
      throw new Error(text);
    }
    return outcome.result;
  };

  const onEvent = (listener: EventListener): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
    const relay = (_ipcEvent: unknown, message: unknown): void => {
      if (typeof message !== 'object' || message === null) return;
      const { event, payload } = message as { event?: unknown; payload?: unknown };
      if (typeof event !== 'string' || !knownEvents.has(event)) return;
      listener(event as EventName, payload as never);
    };
    ipc.on(contract.eventChannel, relay);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      ipc.removeListener(contract.eventChannel, relay);
    };
  };

  return { invoke: invoke as PoolSleuthBridge['invoke'], onEvent };
}
