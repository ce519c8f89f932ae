// The investigation's options, folded under "Options": the pool-tag file (tag owners),
// the pool-growth snapshots (count, interval) and the PoolHitTag assistant (tag, hits,
// wait). Empty fields keep the playbook's defaults, shown as placeholders.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PoolTagFileInput } from './PoolTagFileInput';
import { changedOptionCount, optionLimits, runOptionDefaults, type PoolTagFileChoice, type RunOptionField, type RunOptionsDraft } from './state/runOptions';

interface RunOptionsFieldsProps {
  draft: RunOptionsDraft;
  onChange(draft: RunOptionsDraft): void;
  invalid: readonly RunOptionField[];
  disabled: boolean;
  /** Settings' pool-tag file, used when none is chosen here. */
  defaultPoolTagFile: PoolTagFileChoice | null;
}

export function RunOptionsFields({ draft, onChange, invalid, disabled, defaultPoolTagFile }: RunOptionsFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const changed = changedOptionCount(draft);
  const set = <K extends keyof RunOptionsDraft>(key: K, value: RunOptionsDraft[K]) => onChange({ ...draft, [key]: value });

  const chooseFile = (choice: RunOptionsDraft['poolTagFile']) => {
    setFileProblem(null);
    set('poolTagFile', choice);
  };

  const numberField = (field: Exclude<RunOptionField, 'hitTag'>, label: string, placeholder: number) => {
    const { min, max } = optionLimits(field);
    const bad = invalid.includes(field);
    return (
      <div className="field inv-option-field">
        <label htmlFor={`${id}-${field}`}>{label}</label>
        <input
          id={`${id}-${field}`}
          type="text"
          inputMode="numeric"
          className="mono"
          value={draft[field]}
          placeholder={String(placeholder)}
          aria-invalid={bad}
          aria-describedby={bad ? `${id}-${field}-problem` : undefined}
          onChange={(ev) => set(field, ev.target.value)}
        />
        {bad && (
          <span id={`${id}-${field}-problem`} className="field-hint error-text">
            {t('inv.options.range', { min, max })}
          </span>
        )}
      </div>
    );
  };

  return (
    <details className="inv-options">
      <summary>
        {t('inv.options.heading')}
        {changed > 0 && <span className="inv-muted"> · {t('inv.options.changed', { count: changed })}</span>}
      </summary>
      <fieldset className="inv-options-body" disabled={disabled}>
        <legend className="visually-hidden">{t('inv.options.heading')}</legend>
        <div className="inv-option-group">
          <h4>{t('inv.options.poolTagFile')}</h4>
          <div className="inv-option-file">
            <button type="button" className="btn btn-small" onClick={() => fileInput.current?.click()} aria-describedby={`${id}-pooltag-hint`}>
              {t('inv.options.choosePoolTagFile')}
            </button>
            <PoolTagFileInput inputRef={fileInput} label={t('inv.options.poolTagFile')} onChosen={chooseFile} onProblem={setFileProblem} />
            {draft.poolTagFile ? (
              <>
                <span className="mono inv-option-file-name">{draft.poolTagFile.name}</span>
                <button type="button" className="btn btn-small" onClick={() => set('poolTagFile', null)}>
                  {t('inv.options.clearPoolTagFile')}
                </button>
              </>
            ) : defaultPoolTagFile ? (
              <span className="mono inv-option-file-name">{t('inv.options.poolTagFromSettings', { name: defaultPoolTagFile.name })}</span>
            ) : (
              <span className="inv-muted">{t('inv.options.noPoolTagFile')}</span>
            )}
          </div>
          <p id={`${id}-pooltag-hint`} className="field-hint">
            {t('inv.options.poolTagHint')}
          </p>
          {fileProblem && (
            <p className="field-hint error-text" role="alert">
              {fileProblem}
            </p>
          )}
        </div>
        <div className="inv-option-group">
          <h4>{t('inv.options.snapshotsHeading')}</h4>
          <div className="inv-option-row">
            {numberField('snapshots', t('inv.options.snapshots'), runOptionDefaults.snapshots)}
            {numberField('intervalSeconds', t('inv.options.interval'), runOptionDefaults.intervalSeconds)}
          </div>
          <p className="field-hint">{t('inv.options.snapshotsHint')}</p>
        </div>
        <div className="inv-option-group">
          <h4>{t('inv.options.hitHeading')}</h4>
          <div className="inv-option-row">
            <div className="field inv-option-field">
              <label htmlFor={`${id}-hitTag`}>{t('inv.options.hitTag')}</label>
              <input
                id={`${id}-hitTag`}
                type="text"
                className="mono"
                maxLength={4}
                spellCheck={false}
                autoComplete="off"
                value={draft.hitTag}
                placeholder={t('inv.options.hitTagPlaceholder')}
                aria-invalid={invalid.includes('hitTag')}
                aria-describedby={invalid.includes('hitTag') ? `${id}-hitTag-problem` : undefined}
                onChange={(ev) => set('hitTag', ev.target.value)}
              />
              {invalid.includes('hitTag') && (
                <span id={`${id}-hitTag-problem`} className="field-hint error-text">
                  {t('inv.options.hitTagInvalid')}
                </span>
              )}
            </div>
            {numberField('hitCount', t('inv.options.hitCount'), runOptionDefaults.hitCount)}
            {numberField('hitWaitSeconds', t('inv.options.hitWait'), runOptionDefaults.hitWaitSeconds)}
          </div>
          <p className="field-hint">{t('inv.options.hitHint')}</p>
        </div>
      </fieldset>
    </details>
  );
}
