// Chooses what to debug: the demo target, a local kd/cdb preset, or a
// debugger on a lab host over SSH. Only edits the draft; Connect uses it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoolSleuthBridge, ScenarioInfo } from '../../../electron/contract';
import { ChoiceField } from '../fields/ChoiceField';
import { ForgetSavedSecret } from '../prompts/ForgetSavedSecret';
import { PresetFields } from './PresetFields';
import { sshAuthMethods, targetKinds, type SshAuthMethod, type TargetDraft, type TargetKind } from './targetDraft';
import { TextField } from '../fields/TextField';
import type { HostFacts } from './useHostFacts';

export type ScenarioList = { status: 'loading' } | { status: 'loaded'; scenarios: ScenarioInfo[] } | { status: 'failed'; message: string };

interface TargetFormProps {
  bridge: PoolSleuthBridge;
  draft: TargetDraft;
  onChange(draft: TargetDraft): void;
  scenarios: ScenarioList;
  facts: HostFacts;
  recentDumps: readonly string[];
  disabled: boolean;
  onError(message: string): void;
}

export function TargetForm({ bridge, draft, onChange, scenarios, facts, recentDumps, disabled, onError }: TargetFormProps) {
  const { t } = useTranslation();
  const set = <K extends keyof TargetDraft>(key: K, value: TargetDraft[K]) => onChange({ ...draft, [key]: value });
  const name = useId();
  const presetProps = { bridge, nativeFileDialogs: facts.nativeFileDialogs, recentDumps, debuggers: facts.debuggers, onError };

  return (
    <fieldset className="target-form" disabled={disabled}>
      <legend className="visually-hidden">{t('target.legend')}</legend>
      <div className="segmented" role="radiogroup" aria-label={t('target.legend')}>
        {targetKinds.map((kind: TargetKind) => (
          <label key={kind} className={draft.kind === kind ? 'segment selected' : 'segment'}>
            <input type="radio" name={name} value={kind} checked={draft.kind === kind} onChange={() => set('kind', kind)} />
            <span>{t(`target.kind.${kind}`)}</span>
          </label>
        ))}
      </div>
      {draft.kind === 'demo' && <DemoFields draft={draft} set={set} scenarios={scenarios} />}
      {draft.kind === 'local' && <PresetFields {...presetProps} where="local" draft={draft.local} onChange={(local) => set('local', local)} />}
      {draft.kind === 'ssh' && (
        <>
          <SshFields draft={draft} set={set} />
          {facts.rememberSecrets && <ForgetSavedSecret bridge={bridge} draft={draft} />}
          <PresetFields {...presetProps} where="remote" draft={draft.remote} onChange={(remote) => set('remote', remote)} />
        </>
      )}
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

function SshFields({ draft, set }: { draft: TargetDraft; set: Setter }) {
  const { t } = useTranslation();
  return (
    <div className="ssh-fields">
      <div className="field-row">
        <TextField className="grow" label={t('target.host')} value={draft.sshHost} onChange={(v) => set('sshHost', v)} placeholder="lab01" />
        <TextField className="port" label={t('target.port')} value={draft.sshPort} onChange={(v) => set('sshPort', v)} inputMode="numeric" />
      </div>
      <div className="field-row">
        <TextField className="grow" label={t('target.user')} value={draft.sshUser} onChange={(v) => set('sshUser', v)} autoComplete="username" />
        <ChoiceField
          className="grow"
          label={t('target.authMethod')}
          value={draft.sshAuth}
          choices={sshAuthMethods}
          nameOf={(m) => t(`target.auth.${m}`)}
          onChange={(m: SshAuthMethod) => set('sshAuth', m)}
        />
      </div>
      {draft.sshAuth === 'key' && (
        <TextField
          label={t('target.identityFile')}
          mono
          placeholder={t('target.identityFilePlaceholder')}
          value={draft.sshIdentityFile}
          onChange={(v) => set('sshIdentityFile', v)}
        />
      )}
      {(draft.sshAuth === 'password' || draft.sshAuth === 'keyboard-interactive') && <p className="field-hint">{t('target.passwordAskedLater')}</p>}
    </div>
  );
}
