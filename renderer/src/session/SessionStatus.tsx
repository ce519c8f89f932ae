// The session state, always visible at the top of the workflow panel, with the
// failure reason and what the user can do next.
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../electron/contract';
import { stateTone } from './sessionStateGroups';

export function SessionStatus({ session }: { session: SessionState }) {
  const { t } = useTranslation();
  const tone = stateTone(session.state);
  const showReason = session.reason && (session.state === 'failed' || session.state === 'disconnected');
  return (
    <div className={`session-status tone-${tone}`} role="status" aria-live="polite" data-state={session.state}>
      <div className="session-status-line">
        <span className="state-dot" aria-hidden="true" />
        <span className="state-label">{t(`session.state.${session.state}`)}</span>
        {session.target && <span className="state-target" title={session.target.description}>{session.target.description}</span>}
      </div>
      {showReason ? (
        <p className="state-reason">{session.reason}</p>
      ) : (
        <p className="state-hint">{t(`session.stateHint.${session.state}`)}</p>
      )}
    </div>
  );
}
