// Typed per-event subscription on top of the bridge's single event stream.
import type { EventName, EventPayload, PoolSleuthBridge } from '../../../electron/contract';

export type EventHandlers = { [E in EventName]?: (payload: EventPayload<E>) => void };

export function subscribeEvents(bridge: PoolSleuthBridge, handlers: EventHandlers): () => void {
  return bridge.onEvent((event, payload) => {
    const handler = handlers[event] as ((p: typeof payload) => void) | undefined;
    handler?.(payload);
  });
}
