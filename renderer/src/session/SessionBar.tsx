// The session, always visible at the top of the workflow panel: its state
// (with the failure reason or what to do next), what the target is (dump or
// live, OS build, architecture, bug check, or an offline transcript), what the
// debugger is doing within the state (SessionActivityLine), and the actions that
// apply now: Break, Disconnect, and Reconnect after it ended.
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../electron/contract';
import { failureMessageText } from '../i18n/failureTexts';
import { SessionActivityLine } from './activity/SessionActivityLine';
import { canBreak, canDisconnect, canReconnect, stateTone } from './sessionStateGroups';

export type SessionAction = 'connect' | 'disconnect' | 'break' | 'reconnect';

interface SessionBarProps {
  session: SessionState;
  pending: SessionAction | null;
  onBreak(): void;
  onDisconnect(): void;
  onReconnect(): void;
}

export function SessionBar({ session, pending, onBreak, onDisconnect, onReconnect }: SessionBarProps) {
  const { t, i18n } = useTranslation();
  const tone = stateTone(session.state);
  const target = session.target;
  const showReason = session.reason && (session.state === 'failed' || session.state === 'disconnected');
  const chips: string[] = [];
  if (target?.offline) chips.push(t('session.offline'));
  else if (target?.targetKind) chips.push(t(`session.targetKind.${target.targetKind}`));
  if (target?.osBuild) chips.push(t('session.osBuild', { build: target.osBuild }));
  if (target?.architecture) chips.push(target.architecture);
  if (target?.bugCheck) chips.push(t('session.bugCheck', { code: target.bugCheck }));

  return (
    <section className="session-bar" aria-label={t('session.heading')}>
      <div className={`session-status tone-${tone}`} role="status" aria-live="polite" data-state={session.state}>
        <div className="session-status-line">
          <span className="state-dot" aria-hidden="true" />
          <span className="state-label">{t(`session.state.${session.state}`)}</span>
          {chips.length > 0 && (
            <span className="target-chips">
              {chips.map((chip) => (
                <span key={chip} className={chip === t('session.offline') ? 'chip chip-offline' : 'chip'}>
                  {chip}
                </span>
              ))}
            </span>
          )}
        </div>
        {target && (
          <p className="state-target" title={target.description}>
            {target.description}
          </p>
        )}
        {showReason ? (
          <p className={session.state === 'failed' ? 'state-reason state-reason-error' : 'state-reason'}>
            {session.reasonMessage ? failureMessageText(i18n.language, session.reasonMessage, session.reason ?? '') : session.reason}
          </p>
        ) : session.activity ? (
          // Says more than the state's generic hint (and a break that failed contradicts it).
          <SessionActivityLine
            activity={session.activity}
            canCancel={canBreak(session.state) && pending !== 'break'}
            canDisconnect={canDisconnect(session.state) && pending !== 'disconnect'}
            onCancel={onBreak}
            onDisconnect={onDisconnect}
          />
        ) : (
          <p className="state-hint">{t(`session.stateHint.${session.state}`)}</p>
        )}
      </div>
      <div className="session-actions">
        <button type="button" className="btn btn-warning" disabled={!canBreak(session.state) || pending === 'break'} onClick={onBreak} title="Ctrl+C">
          {t('actions.break')}
        </button>
        <button type="button" className="btn" disabled={!canDisconnect(session.state) || pending === 'disconnect'} onClick={onDisconnect}>
          {t('actions.disconnect')}
        </button>
        {canReconnect(session.state) && (
          <button type="button" className="btn" disabled={pending !== null} onClick={onReconnect}>
            {t('actions.reconnect')}
          </button>
        )}
      </div>
    </section>
  );
}
