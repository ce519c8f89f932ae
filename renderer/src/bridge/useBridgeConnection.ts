// The bridge's reachability for the UI; a bridge without a connection cycle
// (the Electron preload) is always open.
import { useEffect, useState } from 'react';
import type { PoolSleuthBridge } from '../../../electron/contract';
import { isConnectionAware, type BridgeConnection } from './bridgeConnection';

const alwaysOpen: BridgeConnection = { status: 'open' };

export function useBridgeConnection(bridge: PoolSleuthBridge): BridgeConnection {
  const [connection, setConnection] = useState<BridgeConnection>(() => (isConnectionAware(bridge) ? bridge.connection : alwaysOpen));
  useEffect(() => {
    if (!isConnectionAware(bridge)) return;
    setConnection(bridge.connection);
    return bridge.onConnectionChange(setConnection);
  }, [bridge]);
  return connection;
}
