// Chooses what to debug: the demo target, a local kd/cdb command line, or a
// debugger on a lab host over SSH. Only edits the draft; Connect uses it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioInfo } from '../../../electron/contract';
import { ArgvPreview } from './ArgvPreview';
import { sshAuthMethods, targetKinds, type SshAuthMethod, type TargetDraft, type TargetKind } from './targetDraft';

export type ScenarioList = { status: 'loading' } | { status: 'loaded'; scenarios: ScenarioInfo[] } | { status: 'failed'; message: string };

interface TargetFormProps {
  draft: TargetDraft;
  onChange(draft: TargetDraft): void;
  scenarios: ScenarioList;
  disabled: boolean;
}

export function TargetForm({ draft, onChange, scenarios, disabled }: TargetFormProps) {
  const { t } = useTranslation();
  const set = <K extends keyof TargetDraft>(key: K, value: TargetDraft[K]) => onChange({ ...draft, [key]: value });
  const name = useId();

  return (
    <fieldset className="target-form" disabled={disabled}>
      <legend>{t('target.legend')}</legend>
      <div className="segmented" role="radiogroup" aria-label={t('target.legend')}>
        {targetKinds.map((kind: TargetKind) => (
          <label key={kind} className={draft.kind === kind ? 'segment selected' : 'segment'}>
            <input type="radio" name={name} value={kind} checked={draft.kind === kind} onChange={() => set('kind', kind)} />
            <span>{t(`target.kind.${kind}`)}</span>
          </label>
        ))}
      </div>
      {draft.kind === 'demo' && <DemoFields draft={draft} set={set} scenarios={scenarios} />}
      {draft.kind === 'local' && <LocalFields draft={draft} set={set} />}
      {draft.kind === 'ssh' && <SshFields draft={draft} set={set} />}
    </fieldset>
  );
}

type Setter = <K extends keyof TargetDraft>(key: K, value: TargetDraft[K]) => void;

function DemoFields({ draft, set, scenarios }: { draft: TargetDraft; set: Setter; scenarios: ScenarioList }) {
  const { t } = useTranslation();
  const id = useId();
  const list = scenarios.status === 'loaded' ? scenarios.scenarios : [];
  // Keep the chosen name selectable even before the list arrives or if it vanished.
  const options = list.some((s) => s.name === draft.scenario) || !draft.scenario ? list : [{ name: draft.scenario, description: '' }, ...list];
  const chosen = list.find((s) => s.name === draft.scenario);
  return (
    <div className="field">
      <label htmlFor={id}>{t('target.scenario')}</label>
      <select id={id} value={draft.scenario} onChange={(ev) => set('scenario', ev.target.value)} aria-describedby={`${id}-hint`}>
        {options.map((s) => (
          <option key={s.name} value={s.name}>
            {s.name}
          </option>
        ))}
      </select>
      <p className="field-hint" id={`${id}-hint`}>
        {scenarios.status === 'loading' && t('target.scenariosLoading')}
        {scenarios.status === 'failed' && <span className="error-text">{t('target.scenariosFailed', { message: scenarios.message })}</span>}
        {scenarios.status === 'loaded' && (chosen?.description || t('target.demoHint'))}
      </p>
    </div>
  );
}

function LocalFields({ draft, set }: { draft: TargetDraft; set: Setter }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('target.commandLine')}</label>
      <input
        id={id}
        type="text"
        className="mono"
        spellCheck={false}
        autoComplete="off"
        placeholder={t('target.commandLinePlaceholder')}
        value={draft.localCommandLine}
        onChange={(ev) => set('localCommandLine', ev.target.value)}
        aria-describedby={`${id}-hint`}
      />
      <p className="field-hint" id={`${id}-hint`}>
        {t('target.commandLineHint')}
      </p>
      <ArgvPreview commandLine={draft.localCommandLine} />
    </div>
  );
}

function SshFields({ draft, set }: { draft: TargetDraft; set: Setter }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="ssh-fields">
      <div className="field-row">
        <div className="field grow">
          <label htmlFor={`${id}-host`}>{t('target.host')}</label>
          <input id={`${id}-host`} type="text" spellCheck={false} autoComplete="off" value={draft.sshHost} onChange={(ev) => set('sshHost', ev.target.value)} />
        </div>
        <div className="field port">
          <label htmlFor={`${id}-port`}>{t('target.port')}</label>
          <input id={`${id}-port`} type="text" inputMode="numeric" value={draft.sshPort} onChange={(ev) => set('sshPort', ev.target.value)} />
        </div>
      </div>
      <div className="field-row">
        <div className="field grow">
          <label htmlFor={`${id}-user`}>{t('target.user')}</label>
          <input id={`${id}-user`} type="text" spellCheck={false} autoComplete="username" value={draft.sshUser} onChange={(ev) => set('sshUser', ev.target.value)} />
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-auth`}>{t('target.authMethod')}</label>
          <select id={`${id}-auth`} value={draft.sshAuth} onChange={(ev) => set('sshAuth', ev.target.value as SshAuthMethod)}>
            {sshAuthMethods.map((m) => (
              <option key={m} value={m}>
                {t(`target.auth.${m}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {draft.sshAuth === 'key' && (
        <div className="field">
          <label htmlFor={`${id}-key`}>{t('target.identityFile')}</label>
          <input
            id={`${id}-key`}
            type="text"
            className="mono"
            spellCheck={false}
            placeholder={t('target.identityFilePlaceholder')}
            value={draft.sshIdentityFile}
            onChange={(ev) => set('sshIdentityFile', ev.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-remote`}>{t('target.remoteCommandLine')}</label>
        <input
          id={`${id}-remote`}
          type="text"
          className="mono"
          spellCheck={false}
          autoComplete="off"
          placeholder={t('target.remoteCommandLinePlaceholder')}
          value={draft.sshRemoteCommandLine}
          onChange={(ev) => set('sshRemoteCommandLine', ev.target.value)}
        />
        <ArgvPreview commandLine={draft.sshRemoteCommandLine} />
      </div>
    </div>
  );
}
