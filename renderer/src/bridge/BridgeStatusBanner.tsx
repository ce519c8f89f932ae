// Says when the core is unreachable (browser mode: `serve` stopped or restarting).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeConnection } from './bridgeConnection';

export function BridgeStatusBanner({ connection }: { connection: BridgeConnection }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (connection.status !== 'waiting') return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [connection]);

  // The very first connect is quick; only a retry deserves a banner.
  if (connection.status === 'open' || (connection.status === 'connecting' && connection.attempt === 0)) return null;
  const text =
    connection.status === 'waiting'
      ? t('bridge.waiting', { seconds: Math.max(0, Math.ceil((connection.retryAt - now) / 1000)) })
      : t('bridge.connecting');
  return (
    <div className="bridge-banner" role="status">
      {text}
    </div>
  );
}
