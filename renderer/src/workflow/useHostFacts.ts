// What this shell and machine offer the connect form: native file dialogs and
// remembered SSH secrets (Electron) and the kd/cdb executables found locally (Windows).
import { useEffect, useState } from 'react';
import type { FoundDebugger, PoolSleuthBridge } from '../../../electron/contract';
import type { BridgeConnection } from '../bridge/bridgeConnection';

export interface HostFacts {
  nativeFileDialogs: boolean;
  /** The core keeps passwords/passphrases encrypted by the OS (so they can be forgotten, too). */
  rememberSecrets: boolean;
  debuggers: FoundDebugger[];
}

export function useHostFacts(bridge: PoolSleuthBridge, connection: BridgeConnection): HostFacts {
  const [facts, setFacts] = useState<HostFacts>({ nativeFileDialogs: false, rememberSecrets: false, debuggers: [] });
  useEffect(() => {
    if (connection.status !== 'open') return;
    let cancelled = false;
    void Promise.all([
      bridge.invoke('app.capabilities', {}).catch(() => ({ nativeFileDialogs: false, rememberSecrets: false })),
      bridge.invoke('local.discover', {}).catch(() => ({ debuggers: [] as FoundDebugger[] })),
    ]).then(([caps, found]) => {
      if (!cancelled) setFacts({ nativeFileDialogs: caps.nativeFileDialogs, rememberSecrets: caps.rememberSecrets, debuggers: found.debuggers });
    });
    return () => {
      cancelled = true;
    };
  }, [bridge, connection.status]);
  return facts;
}
