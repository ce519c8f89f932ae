// The debugger session's state as the core reports it: fetched once the core is
// reachable (again), then kept current by session.state events.
import { useEffect, useState } from 'react';
import type { PoolSleuthBridge, SessionState } from '../../../electron/contract';
import { subscribeEvents } from '../bridge/bridgeEvents';
import type { BridgeConnection } from '../bridge/bridgeConnection';

export const initialSessionState: SessionState = { state: 'idle', reason: null, prompt: null, target: null };

export function useSessionState(bridge: PoolSleuthBridge, connection: BridgeConnection): SessionState {
  const [state, setState] = useState<SessionState>(initialSessionState);

  useEffect(() => subscribeEvents(bridge, { 'session.state': setState }), [bridge]);

  useEffect(() => {
    if (connection.status !== 'open') return;
    let cancelled = false;
    bridge.invoke('session.getState', {}).then(
      (s) => {
        if (!cancelled) setState(s);
      },
      () => undefined, // The reconnect cycle will try again.
    );
    return () => {
      cancelled = true;
    };
  }, [bridge, connection.status]);

  return state;
}
