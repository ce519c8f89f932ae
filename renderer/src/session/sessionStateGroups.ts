// Which actions make sense in which session state, in one place.
import type { SessionStateName } from '../../../electron/contract';

const canConnectIn: readonly SessionStateName[] = ['idle', 'disconnected', 'failed'];
const canBreakIn: readonly SessionStateName[] = ['loading', 'busy', 'running'];

export const canConnect = (s: SessionStateName): boolean => canConnectIn.includes(s);
export const canDisconnect = (s: SessionStateName): boolean => !canConnectIn.includes(s);
export const canBreak = (s: SessionStateName): boolean => canBreakIn.includes(s);
/** After a session ended (not before the first one): the core reconnects to the last target. */
export const canReconnect = (s: SessionStateName): boolean => s === 'disconnected' || s === 'failed';

/** Colour family of the state badge. */
export type StateTone = 'neutral' | 'progress' | 'ok' | 'busy' | 'error';

export function stateTone(s: SessionStateName): StateTone {
  switch (s) {
    case 'ready':
      return 'ok';
    case 'connecting':
    case 'loading':
    case 'breaking':
      return 'progress';
    case 'busy':
    case 'running':
      return 'busy';
    case 'failed':
      return 'error';
    default:
      return 'neutral';
  }
}
