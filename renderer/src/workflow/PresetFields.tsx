// The debugger to start: a preset (crash dump, KDNET, serial, named pipe,
// local kernel, debugging server, or a free command line) and its fields,
// with the argv preview from the core. Used for the local debugger and for
// the debugger on the SSH host (`where="remote"`: no file checks or dialogs).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localPresetKinds, type FoundDebugger, type LocalPresetKind, type PoolSleuthBridge, type RequestParams } from '../../../electron/contract';
import { errorMessage } from '../bridge/bridgeError';
import { ChoiceField } from '../fields/ChoiceField';
import { ArgvPreview } from './ArgvPreview';
import { baudRates, type PresetDraft } from './presetDraft';
import { TextField } from '../fields/TextField';
import { useArgvPreview } from './useArgvPreview';

interface PresetFieldsProps {
  bridge: PoolSleuthBridge;
  draft: PresetDraft;
  onChange(draft: PresetDraft): void;
  where: 'local' | 'remote';
  nativeFileDialogs: boolean;
  recentDumps: readonly string[];
  debuggers: readonly FoundDebugger[];
  onError(message: string): void;
}

export function PresetFields({ bridge, draft, onChange, where, nativeFileDialogs, recentDumps, debuggers, onError }: PresetFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const preview = useArgvPreview(bridge, draft);
  const previewId = `${id}-argv`;
  const set = <K extends keyof PresetDraft>(key: K, value: PresetDraft[K]) => onChange({ ...draft, [key]: value });
  // A field not filled in yet is a hint, not an error: no red until the user typed something wrong.
  const issueField = preview.status === 'issue' ? preview.issue.field : undefined;
  const pending = issueField !== undefined && isUnfilled(draft, issueField);
  const badField = pending ? undefined : issueField;
  const local = where === 'local';
  const dialogs = local && nativeFileDialogs;

  const browse = (purpose: RequestParams<'dialog.openFile'>['purpose'], key: 'dumpPath' | 'executable') => ({
    label: t('target.browse'),
    onBrowse: () => {
      bridge.invoke('dialog.openFile', { purpose }).then(
        ({ path }) => path && set(key, path),
        (err: unknown) => onError(errorMessage(err)),
      );
    },
  });
  const field = (key: keyof PresetDraft, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      label={label}
      value={draft[key] as string}
      onChange={(v) => set(key, v as never)}
      invalid={badField === fieldNameFor(key)}
      describedBy={previewId}
      {...extra}
    />
  );

  return (
    <div className="preset-fields">
      <ChoiceField
        label={t(local ? 'preset.label' : 'preset.remoteLabel')}
        value={draft.kind}
        choices={localPresetKinds}
        nameOf={(kind) => t(`preset.kind.${kind}`)}
        onChange={(kind: LocalPresetKind) => set('kind', kind)}
      />
      {draft.kind === 'custom' ? (
        field('commandLine', t(local ? 'target.commandLine' : 'target.remoteCommandLine'), {
          mono: true,
          placeholder: t(local ? 'target.commandLinePlaceholder' : 'target.remoteCommandLinePlaceholder'),
          hint: t('target.commandLineHint'),
        })
      ) : (
        <>
          {field('executable', t('preset.executable'), {
            mono: true,
            suggestions: local ? debuggers.map((d) => d.path) : undefined,
            hint: local && debuggers.length === 0 ? t('preset.executableHint') : undefined,
            browse: dialogs ? browse('debugger', 'executable') : undefined,
          })}
          {draft.kind === 'dump' &&
            field('dumpPath', t(local ? 'preset.dumpPath' : 'preset.remoteDumpPath'), {
              mono: true,
              placeholder: 'C:\\dumps\\MEMORY.DMP',
              suggestions: local ? recentDumps : undefined,
              browse: dialogs ? browse('dump', 'dumpPath') : undefined,
              hint: local && !nativeFileDialogs ? t('preset.dumpPathBrowserHint') : undefined,
            })}
          {draft.kind === 'kdnet' && (
            <div className="field-row">
              {field('kdnetPort', t('target.port'), { className: 'port', inputMode: 'numeric' })}
              {field('kdnetKey', t('preset.kdnetKey'), { className: 'grow', mono: true, placeholder: '1a2b3c4d5e6f7.x.y.z', hint: t('preset.kdnetKeyHint') })}
            </div>
          )}
          {draft.kind === 'kdnet' && field('kdnetTarget', t('preset.kdnetTarget'), { placeholder: t('preset.optional') })}
          {draft.kind === 'serial' && (
            <div className="field-row">
              {field('comPort', t('preset.comPort'), { className: 'grow', placeholder: 'COM1' })}
              <div className="field grow">
                <label htmlFor={`${id}-baud`}>{t('preset.baud')}</label>
                <select id={`${id}-baud`} value={draft.baud} onChange={(ev) => set('baud', ev.target.value)}>
                  {baudRates.map((b) => (
                    <option key={b} value={b}>
                      {b}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          )}
          {draft.kind === 'pipe' && (
            <>
              {field('pipeName', t('preset.pipeName'), { mono: true, placeholder: 'com_1', hint: t('preset.pipeNameHint') })}
              <label className="check-field">
                <input type="checkbox" checked={draft.pipeReconnect} onChange={(ev) => set('pipeReconnect', ev.target.checked)} />
                {t('preset.pipeReconnect')}
              </label>
            </>
          )}
          {draft.kind === 'local-kernel' && <p className="field-hint">{t('preset.localKernelHint')}</p>}
          {draft.kind === 'remote-server' && (
            <div className="field-row">
              {field('server', t('preset.server'), { className: 'grow', placeholder: 'lab01' })}
              {field('serverPort', t('target.port'), { className: 'port', inputMode: 'numeric' })}
            </div>
          )}
          {field('symbolPath', t('preset.symbolPath'), { mono: true, placeholder: 'srv*C:\\symbols*https://msdl.microsoft.com/download/symbols' })}
          {field('sourcePath', t('preset.sourcePath'), { mono: true, placeholder: t('preset.optional') })}
        </>
      )}
      <ArgvPreview preview={preview} id={previewId} muted={pending} />
    </div>
  );
}

/** Whether the field the core named is still empty in the form. */
function isUnfilled(draft: PresetDraft, field: string): boolean {
  const key = (Object.keys(draft) as Array<keyof PresetDraft>).find((k) => fieldNameFor(k) === field);
  const value = key ? draft[key] : undefined;
  return typeof value === 'string' && value.trim() === '';
}

/** The core names preset fields by their contract names. */
function fieldNameFor(key: keyof PresetDraft): string {
  switch (key) {
    case 'kdnetPort':
    case 'serverPort':
      return 'port';
    case 'kdnetKey':
      return 'key';
    case 'kdnetTarget':
      return 'target';
    default:
      return key;
  }
}
