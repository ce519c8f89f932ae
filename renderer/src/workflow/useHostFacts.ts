// What this shell and machine offer the connect form: native file dialogs
// (Electron) and the kd/cdb executables found locally (Windows).
import { useEffect, useState } from 'react';
import type { FoundDebugger, PoolSleuthBridge } from '../../../electron/contract';
import type { BridgeConnection } from '../bridge/bridgeConnection';

export interface HostFacts {
  nativeFileDialogs: boolean;
  debuggers: FoundDebugger[];
}

export function useHostFacts(bridge: PoolSleuthBridge, connection: BridgeConnection): HostFacts {
  const [facts, setFacts] = useState<HostFacts>({ nativeFileDialogs: false, debuggers: [] });
  useEffect(() => {
    if (connection.status !== 'open') return;
    let cancelled = false;
    void Promise.all([
      bridge.invoke('app.capabilities', {}).catch(() => ({ nativeFileDialogs: false })),
      bridge.invoke('local.discover', {}).catch(() => ({ debuggers: [] as FoundDebugger[] })),
    ]).then(([caps, found]) => {
      if (!cancelled) setFacts({ nativeFileDialogs: caps.nativeFileDialogs, debuggers: found.debuggers });
    });
    return () => {
      cancelled = true;
    };
  }, [bridge, connection.status]);
  return facts;
}
