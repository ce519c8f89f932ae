// The playbook's steps as a checklist: status, progress, plain-language why, the
// commands with their output, re-run; steps this target cannot run are greyed out.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSeconds } from '../format/numberFormat';
import { coreReason, stepTitle, stepWhy } from '../i18n/coreTextTranslations';
import type { InvestigationViewState, StepView, UnavailableStepView } from '../state/investigationViewState';
import { ProgressBar } from './ProgressBar';
import { StepCommands } from './StepCommands';
import { StepStatusIcon } from './StepStatusIcon';

interface StepChecklistProps {
  state: InvestigationViewState;
  canRerun: boolean;
  onRerun(stepId: string, following: boolean): void;
}

export function StepChecklist({ state, canRerun, onRerun }: StepChecklistProps) {
  const { t } = useTranslation();
  const listId = useId();
  // Open while the steps run; once all went well the findings matter more, so fold away.
  const [open, setOpen] = useState(true);
  useEffect(() => {
    if (state.phase === 'running' || state.phase === 'failed' || state.phase === 'cancelled') setOpen(true);
    else if (state.phase === 'finished') setOpen(false);
  }, [state.phase]);
  if (state.steps.length === 0 && state.unavailable.length === 0) return null;
  // Cancelled and failed steps did not get done: "5 of 8 done, 3 cancelled", never "8 of 8 done".
  const done = state.steps.filter((s) => s.status === 'done' || s.status === 'skipped').length;
  const cancelled = state.steps.filter((s) => s.status === 'cancelled').length;
  const failed = state.steps.filter((s) => s.status === 'failed').length;
  const inconclusive = state.steps.filter((s) => s.status === 'inconclusive').length;
  const count = [
    t('inv.steps.count', { done, total: state.steps.length }),
    inconclusive > 0 ? t('inv.steps.countInconclusive', { count: inconclusive }) : null,
    cancelled > 0 ? t('inv.steps.countCancelled', { count: cancelled }) : null,
    failed > 0 ? t('inv.steps.countFailed', { count: failed }) : null,
  ]
    .filter(Boolean)
    .join(t('inv.steps.countSeparator'));
  return (
    <section className="inv-section inv-steps">
      <div className="inv-section-header">
        <h3>{t('inv.steps.heading')}</h3>
        <span className="inv-muted inv-grow">{count}</span>
        <button type="button" className="btn btn-small" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
          {open ? t('inv.steps.hide') : t('inv.steps.show')}
        </button>
      </div>
      <ol className="inv-step-list stack-list" id={listId} hidden={!open}>
        {state.steps.map((step, i) => (
          <StepItem key={step.id} step={step} index={i} outputsLoaded={state.outputsLoaded} canRerun={canRerun} onRerun={onRerun} isLast={i === state.steps.length - 1} />
        ))}
        {state.unavailable.map((step) => (
          <UnavailableItem key={`unavailable-${step.id}`} step={step} />
        ))}
      </ol>
    </section>
  );
}

interface StepItemProps {
  step: StepView;
  index: number;
  outputsLoaded: boolean;
  canRerun: boolean;
  isLast: boolean;
  onRerun(stepId: string, following: boolean): void;
}

function StepItem({ step, index, outputsLoaded, canRerun, isLast, onRerun }: StepItemProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const title = stepTitle(language, step);
  const statusLabel = t(`inv.steps.status.${step.status}`);
  return (
    <li className={`inv-step inv-step-${step.status}`} data-step={step.id} data-status={step.status}>
      <details>
        <summary>
          <StepStatusIcon status={step.status} label={statusLabel} />
          <span className="inv-step-title">
            <span className="inv-step-number" aria-hidden="true">
              {index + 1}.
            </span>{' '}
            {title}
          </span>
          <span className="inv-step-meta">
            {step.durationMs !== null && step.status !== 'skipped' ? formatSeconds(step.durationMs, language) : statusLabel}
          </span>
        </summary>
        <div className="inv-step-body">
          <p className="inv-step-why">
            <strong>{t('inv.steps.why')}:</strong> {stepWhy(language, step)}
          </p>
          <StepCommands commands={step.commands} outputsLoaded={outputsLoaded} />
          <div className="button-row">
            <button type="button" className="btn btn-small" disabled={!canRerun} title={canRerun ? undefined : t('inv.steps.rerunDisabled')} onClick={() => onRerun(step.id, false)}>
              {t('inv.steps.rerun')}
            </button>
            {!isLast && (
              <button type="button" className="btn btn-small" disabled={!canRerun} title={canRerun ? undefined : t('inv.steps.rerunDisabled')} onClick={() => onRerun(step.id, true)}>
                {t('inv.steps.rerunFrom')}
              </button>
            )}
          </div>
        </div>
      </details>
      {step.status === 'running' && step.progress && step.progress.total > 0 && <ProgressBar progress={step.progress} label={title} />}
      {step.reason && (step.status === 'skipped' || step.status === 'failed' || step.status === 'cancelled') && (
        <p className={step.status === 'failed' ? 'inv-step-reason error-text' : 'inv-step-reason'}>{coreReason(language, step.reason, step.reasonMessage)}</p>
      )}
    </li>
  );
}

function UnavailableItem({ step }: { step: UnavailableStepView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <li className="inv-step inv-step-unavailable" data-step={step.id} data-status="unavailable" aria-disabled="true">
      <div className="inv-step-row">
        <StepStatusIcon status="unavailable" label={t('inv.steps.status.unavailable')} />
        <span className="inv-step-title">{stepTitle(language, step)}</span>
        <span className="inv-step-meta">{t('inv.steps.status.unavailable')}</span>
      </div>
      <p className="inv-step-reason">{t('inv.steps.unavailableReason', { reason: coreReason(language, step.reason, step.reasonMessage) })}</p>
      <p className="inv-step-reason">{stepWhy(language, step)}</p>
    </li>
  );
}
