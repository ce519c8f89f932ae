// What the renderer sees, whichever shell hosts it: the preload's
// `window.poolsleuth` and the WebSocket client both implement this.
import type { EventName, EventPayload, RequestMethod, RequestParams, RequestResult } from './apiSchema';

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface PoolSleuthBridge {
  invoke<M extends RequestMethod>(method: M, params: RequestParams<M>): Promise<RequestResult<M>>;
  /** Subscribe to all events; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void;
}
