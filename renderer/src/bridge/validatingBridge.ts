// Wraps the Electron preload's bridge so its events and results pass the same
// contract checks as WebSocket messages: one validation path for every shell.
import { eventSchemas, type EventListener, type PoolSleuthBridge, type RequestMethod, type RequestParams, type RequestResult } from '../../../electron/contract';
import { BridgeError, bridgeErrorFrom } from './bridgeError';
import { validateResult } from './serverMessageParser';

export function validatingBridge(inner: PoolSleuthBridge, warn: (m: string) => void = (m) => console.warn(`[poolsleuth bridge] ${m}`)): PoolSleuthBridge {
  return {
    async invoke<M extends RequestMethod>(method: M, params: RequestParams<M>): Promise<RequestResult<M>> {
      const result: unknown = await inner.invoke(method, params).catch((err: unknown) => {
        throw bridgeErrorFrom(err);
      });
      const checked = validateResult(method, result);
      if (!checked.ok) throw new BridgeError('invalid-response', checked.reason);
      return checked.result;
    },
    onEvent(listener: EventListener): () => void {
      return inner.onEvent((event, payload) => {
        if (!Object.prototype.hasOwnProperty.call(eventSchemas, event)) {
          warn(`dropped unknown event ${String(event)}`);
          return;
        }
        const parsed = eventSchemas[event].safeParse(payload);
        if (!parsed.success) {
          warn(`dropped ${event}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
          return;
        }
        listener(event, parsed.data as typeof payload);
      });
    },
  };
}
