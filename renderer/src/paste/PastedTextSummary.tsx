// After a paste: which commands the offline session answers, and every warning the
// parsers gave (what was stripped or guessed, then each command's own), above the findings.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PastedTextOutcome } from './pasteText';

interface PastedTextSummaryProps {
  outcome: PastedTextOutcome;
  investigateProblem: string | null;
  onDismiss(): void;
}

export function PastedTextSummary({ outcome, investigateProblem, onDismiss }: PastedTextSummaryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const warningsId = useId();
  return (
    <section className="card paste-summary" aria-labelledby={headingId}>
      <div className="card-header">
        <h3 id={headingId}>{t('paste.summaryHeading')}</h3>
        <span className="toolbar-spacer" />
        <button type="button" className="btn btn-small" onClick={onDismiss}>
          {t('paste.dismiss')}
        </button>
      </div>
      <p className="card-text">{t('paste.summaryCommands', { count: outcome.commands.length, commands: outcome.commands.join(' · ') })}</p>
      {investigateProblem && (
        <p className="error-text" role="alert">
          {t('paste.investigateFailed', { message: investigateProblem })}
        </p>
      )}
      <h4 id={warningsId} className="paste-warnings-heading">
        {t('paste.warningsHeading')}
      </h4>
      {outcome.warnings.length === 0 ? (
        <p className="field-hint">{t('paste.noWarnings')}</p>
      ) : (
        <ul className="paste-warnings" aria-labelledby={warningsId}>
          {outcome.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
