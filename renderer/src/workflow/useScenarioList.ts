// The demo scenarios the core offers, fetched whenever the core becomes reachable.
import { useEffect, useState } from 'react';
import type { PoolSleuthBridge } from '../../../electron/contract';
import type { BridgeConnection } from '../bridge/bridgeConnection';
import { errorMessage } from '../bridge/bridgeError';
import type { ScenarioList } from './TargetForm';

export function useScenarioList(bridge: PoolSleuthBridge, connection: BridgeConnection): ScenarioList {
  const [list, setList] = useState<ScenarioList>({ status: 'loading' });
  useEffect(() => {
    if (connection.status !== 'open') return;
    let cancelled = false;
    bridge.invoke('demo.listScenarios', {}).then(
      ({ scenarios }) => !cancelled && setList({ status: 'loaded', scenarios }),
      (err: unknown) => !cancelled && setList({ status: 'failed', message: errorMessage(err) }),
    );
    return () => {
      cancelled = true;
    };
  }, [bridge, connection.status]);
  return list;
}
