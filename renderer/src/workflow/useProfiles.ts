// Saved and recent connection profiles from the core (settings files), read
// whenever the core becomes reachable and after every change.
import { useCallback, useEffect, useState } from 'react';
import type { PoolSleuthBridge, RequestResult } from '../../../electron/contract';
import type { BridgeConnection } from '../bridge/bridgeConnection';
import { errorMessage } from '../bridge/bridgeError';

export type ProfileList = RequestResult<'profiles.list'>;
export type ProfilesState = { list: ProfileList; error: string | null; reload(): void };

const empty: ProfileList = { profiles: [], recent: [], recentDumps: [] };

export function useProfiles(bridge: PoolSleuthBridge, connection: BridgeConnection): ProfilesState {
  const [list, setList] = useState<ProfileList>(empty);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    if (connection.status !== 'open') return;
    let cancelled = false;
    bridge.invoke('profiles.list', {}).then(
      (result) => {
        if (cancelled) return;
        setList(result);
        setError(null);
      },
      (err: unknown) => !cancelled && setError(errorMessage(err)),
    );
    return () => {
      cancelled = true;
    };
  }, [bridge, connection.status, generation]);

  return { list, error, reload };
}
