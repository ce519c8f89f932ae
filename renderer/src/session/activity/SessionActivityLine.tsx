// The line under the session state that says what the debugger is doing now:
// "Loading symbols… 0:42 [Cancel (Break)]", "Break sent…", a break that did not
// take (with Disconnect now), a running or busy target, a KDNET link waiting to
// reconnect. Text from the core is shown as plain text, never as markup.
import { useTranslation } from 'react-i18next';
import type { SessionActivity } from '../../../../electron/contract';
import { activityView, formatElapsed } from './activityView';
import { useSecondsTick } from './useSecondsTick';
import './sessionActivity.css';

interface SessionActivityLineProps {
  activity: SessionActivity;
  canCancel: boolean;
  canDisconnect: boolean;
  onCancel(): void;
  onDisconnect(): void;
}

export function SessionActivityLine({ activity, canCancel, canDisconnect, onCancel, onDisconnect }: SessionActivityLineProps) {
  const { t } = useTranslation();
  const view = activityView(activity);
  const now = useSecondsTick(view.showElapsed);
  const elapsed = formatElapsed(now - activity.since);
  const message = view.message ? t(`activity.${view.message.key}`, view.message.values ?? {}) : null;

  return (
    <div className={`session-activity activity-${view.tone}`} data-activity={activity.kind} role="group" aria-label={t('activity.label')}>
      <p className="activity-text">
        {message !== null && <span className="activity-message">{message}</span>}
        {view.coreText !== null && (
          <span className={message !== null ? 'activity-detail' : 'activity-message activity-core-text'} title={view.coreText}>
            {view.coreText}
          </span>
        )}
      </p>
      {view.showElapsed && (
        // Not live: a clock read out every second would drown everything else.
        <time className="activity-elapsed" aria-live="off" title={t('activity.elapsed', { time: elapsed })} dateTime={`PT${Math.max(0, Math.floor((now - activity.since) / 1000))}S`}>
          {elapsed}
        </time>
      )}
      {view.action === 'cancel' && (
        <button type="button" className="btn btn-small btn-warning" disabled={!canCancel} onClick={onCancel} title={t('activity.cancelTitle')}>
          {t('activity.cancel')}
        </button>
      )}
      {view.action === 'disconnect' && (
        <button type="button" className="btn btn-small" disabled={!canDisconnect} onClick={onDisconnect} title={t('activity.disconnectNowTitle')}>
          {t('activity.disconnectNow')}
        </button>
      )}
    </div>
  );
}
