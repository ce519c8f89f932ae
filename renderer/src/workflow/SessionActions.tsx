// Connect / Disconnect / Break. Enabled by session state; errors are announced.
import { useTranslation } from 'react-i18next';
import type { SessionStateName } from '../../../electron/contract';
import { canBreak, canConnect, canDisconnect } from '../session/sessionStateGroups';

export type PendingAction = 'connect' | 'disconnect' | 'break' | null;

interface SessionActionsProps {
  state: SessionStateName;
  pending: PendingAction;
  onConnect(): void;
  onDisconnect(): void;
  onBreak(): void;
}

export function SessionActions({ state, pending, onConnect, onDisconnect, onBreak }: SessionActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="session-actions">
      <button type="button" className="btn btn-primary" disabled={!canConnect(state) || pending !== null} onClick={onConnect}>
        {t('actions.connect')}
      </button>
      <button type="button" className="btn" disabled={!canDisconnect(state) || pending === 'disconnect'} onClick={onDisconnect}>
        {t('actions.disconnect')}
      </button>
      <button type="button" className="btn btn-warning" disabled={!canBreak(state) || pending === 'break'} onClick={onBreak} title="Ctrl+C">
        {t('actions.break')}
      </button>
    </div>
  );
}
