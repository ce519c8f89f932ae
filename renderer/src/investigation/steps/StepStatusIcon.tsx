// A small status glyph per step; the status is also given as text for screen readers.
import type { StepStatus } from '../../../../electron/contract';

type IconStatus = StepStatus | 'unavailable';

const paths: Record<IconStatus, string> = {
  pending: 'M8 3.5a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9',
  running: 'M8 2.5a5.5 5.5 0 0 1 5.5 5.5',
  done: 'M4 8.5l2.6 2.6L12 5.5',
  // A question mark: the step ran, but its output could not be read.
  inconclusive: 'M5.8 6a2.2 2.2 0 1 1 3.2 2c-.7.4-1 .9-1 1.6v.6M8 12.2v.3',
  skipped: 'M4 8h8M9.5 5.5L12 8l-2.5 2.5',
  failed: 'M5 5l6 6M11 5l-6 6',
  cancelled: 'M4.5 11.5l7-7M8 2.5a5.5 5.5 0 1 1 0 11a5.5 5.5 0 1 1 0-11',
  unavailable: 'M4 8h8',
};

export function StepStatusIcon({ status, label }: { status: IconStatus; label: string }) {
  return (
    <span className={`inv-step-icon inv-step-icon-${status}`}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        {status === 'running' && <circle cx="8" cy="8" r="5.5" className="inv-step-icon-track" />}
        <path d={paths[status]} />
      </svg>
      <span className="inv-sr-only">{label}</span>
    </span>
  );
}
