// What the activity line shows for the core's session activity: a translated
// message (key under `activity`), whether the elapsed time ticks, which action
// it offers, and the core's own text where it adds something (a progress line)
// or where we cannot translate it. Pure, so it is tested without a DOM.
import type { SessionActivity, SessionActivityKind } from '../../../../electron/contract';
import type { ActivityMessages } from './i18n/en';

export type ActivityMessageKey = Exclude<keyof ActivityMessages, 'label' | 'elapsed' | 'cancel' | 'cancelTitle' | 'disconnectNow' | 'disconnectNowTitle'>;

export interface ActivityView {
  kind: SessionActivityKind;
  /** The translated sentence; null when only the core's text can say it (coreText). */
  message: { key: ActivityMessageKey; values?: Record<string, string> } | null;
  /** The debugger's or the core's text, untranslated; always rendered as plain text. */
  coreText: string | null;
  showElapsed: boolean;
  /** cancel: Break; disconnect: end the session. */
  action: 'cancel' | 'disconnect' | null;
  tone: 'progress' | 'busy' | 'error';
}

const verifierLogPattern = /^Pars(?:ing 0x[0-9a-f]+ log entries|ed entry )/i;
/** Rows of dots and kd's section titles say no more than "Loading symbols…". */
const uninformativeProgress = /^(?:\.+|Loading (?:Kernel|User) Symbols|Reloading current modules)$/;

export function activityView(activity: SessionActivity): ActivityView {
  const detail = activity.detail?.trim() || null;
  switch (activity.kind) {
    case 'loading-symbols': {
      const verifier = detail !== null && verifierLogPattern.test(detail);
      return {
        kind: activity.kind,
        message: { key: verifier ? 'readingVerifierLog' : 'loadingSymbols' },
        coreText: detail !== null && !uninformativeProgress.test(detail) ? detail : null,
        showElapsed: true,
        action: 'cancel',
        tone: 'progress',
      };
    }
    case 'break-pending':
      // A user's break says "Break sent"; a timeout's break says which command went silent.
      return { kind: activity.kind, message: { key: 'breakPending' }, coreText: activity.params?.cause === 'user' ? null : detail, showElapsed: true, action: null, tone: 'progress' };
    case 'break-failed': {
      // Translated from the typed value; without it (an older core) the core's sentence is shown.
      const seconds = activity.params?.seconds && /^\d+(?:\.\d+)?$/.test(activity.params.seconds) ? activity.params.seconds : null;
      return {
        kind: activity.kind,
        message: seconds ? { key: 'breakFailed', values: { seconds } } : null,
        coreText: seconds ? null : detail,
        showElapsed: false,
        action: 'disconnect',
        tone: 'error',
      };
    }
    case 'printing':
      return { kind: activity.kind, message: { key: 'printing' }, coreText: null, showElapsed: true, action: null, tone: 'busy' };
    case 'target-running':
      return { kind: activity.kind, message: { key: 'targetRunning' }, coreText: null, showElapsed: true, action: null, tone: 'busy' };
    case 'target-busy':
      return { kind: activity.kind, message: { key: 'targetBusy' }, coreText: null, showElapsed: true, action: null, tone: 'busy' };
    case 'waiting-to-reconnect':
      return { kind: activity.kind, message: { key: 'waitingToReconnect' }, coreText: null, showElapsed: true, action: 'disconnect', tone: 'busy' };
    case 'commands-queued': {
      const count = activity.params?.count && /^\d{1,6}$/.test(activity.params.count) ? activity.params.count : null;
      return {
        kind: activity.kind,
        message: count ? { key: 'commandsQueued', values: { count } } : null,
        coreText: count ? null : detail,
        showElapsed: false,
        action: null,
        tone: 'busy',
      };
    }
  }
}

/** "0:07", "1:42", "1:02:03": whole seconds since `since`; a clock slightly behind the core's shows 0:00. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
