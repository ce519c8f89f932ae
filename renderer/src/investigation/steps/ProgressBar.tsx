// Progress of a long step (kd's "Parsed entry x/y", the ln batch…): a native
// progressbar with the step's own message.
import { useTranslation } from 'react-i18next';
import type { StepProgress } from '../../../../electron/contract';
import { formatCount } from '../format/numberFormat';

export function ProgressBar({ progress, label }: { progress: StepProgress; label: string }) {
  const { t, i18n } = useTranslation();
  const total = Math.max(progress.total, 0);
  const done = Math.min(Math.max(progress.done, 0), total);
  const counts = t('inv.steps.progress', { done: formatCount(done, i18n.language), total: formatCount(total, i18n.language) });
  return (
    <div className="inv-progress">
      <progress max={total || 1} value={total ? done : undefined} aria-label={label} aria-valuetext={counts} />
      <span className="inv-progress-text">
        {counts}
        {progress.message ? ` — ${progress.message}` : ''}
      </span>
    </div>
  );
}
