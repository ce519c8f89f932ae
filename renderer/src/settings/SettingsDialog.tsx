// Settings: theme, console scrollback, the default debugger program, the default
// pool-tag file, the SSH host keys and secrets PoolSleuth remembers (list, remove),
// and the way to Source paths. Each choice applies at once; there is nothing to save.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnownHostEntry, PoolSleuthBridge, SavedSecretEntry } from '../../../electron/contract';
import { errorMessage } from '../bridge/bridgeError';
import { TextField } from '../fields/TextField';
import { PoolTagFileInput } from '../investigation/PoolTagFileInput';
import { DialogButtons } from '../layout/DialogButtons';
import { DialogSection } from '../layout/DialogSection';
import { DialogTitle, ModalDialog } from '../layout/ModalDialog';
import { RemovableRowsHead, RemoveRowCell } from '../layout/RemovableRowsTable';
import { savePreferences, scrollbackLimits, themeChoices, usePreferences, type ThemeChoice } from './uiPreferences';

interface SettingsDialogProps {
  bridge: PoolSleuthBridge;
  /** Electron can remember secrets; browser mode never does. */
  rememberSecrets: boolean;
  onOpenSourcePaths(): void;
  onClose(): void;
}

export function SettingsDialog({ bridge, rememberSecrets, onOpenSourcePaths, onClose }: SettingsDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const prefs = usePreferences();
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const save = (change: Parameters<typeof savePreferences>[0]) => {
    if (!savePreferences(change)) setNotice({ tone: 'error', text: t('settings.notStored') });
  };


  return (
    <ModalDialog className="settings-dialog settings-screen" onClose={onClose}>
      <div className="settings-body">
        <DialogTitle>{t('settings.title')}</DialogTitle>

        <DialogSection headingId={`${id}-appearance`} heading={t('settings.appearance')}>
          <div className="segmented" role="radiogroup" aria-label={t('settings.theme')}>
            {themeChoices.map((choice: ThemeChoice) => (
              <label key={choice} className={prefs.theme === choice ? 'segment selected' : 'segment'}>
                <input type="radio" name={`${id}-theme`} value={choice} checked={prefs.theme === choice} onChange={() => save({ theme: choice })} />
                <span>{t(`settings.themeChoice.${choice}`)}</span>
              </label>
            ))}
          </div>
        </DialogSection>

        <DialogSection headingId={`${id}-console`} heading={t('settings.console')}>
          <ScrollbackField initial={prefs.scrollback} onValid={(scrollback) => save({ scrollback })} />
        </DialogSection>

        <DialogSection headingId={`${id}-connect`} heading={t('settings.connect')}>
          <TextField
            label={t('settings.defaultDebugger')}
            mono
            placeholder="kd.exe"
            value={prefs.defaultDebugger}
            hint={t('settings.defaultDebuggerHint')}
            onChange={(value) => save({ defaultDebugger: value.replace(/[\u0000-\u001f]/g, '') })}
          />
          <div className="button-row">
            <button type="button" className="btn btn-small" onClick={onOpenSourcePaths}>
              {t('sourcePaths.open')}
            </button>
          </div>
        </DialogSection>

        <DialogSection headingId={`${id}-investigation`} heading={t('settings.investigation')}>
          <p className="field-hint">{t('settings.poolTagFileHint')}</p>
          <div className="inv-option-file">
            <span className="settings-label">{t('settings.poolTagFile')}</span>
            {prefs.defaultPoolTagFile ? <span className="mono">{prefs.defaultPoolTagFile.name}</span> : <span className="field-hint">{t('settings.none')}</span>}
            <button type="button" className="btn btn-small" onClick={() => fileInput.current?.click()}>
              {t('inv.options.choosePoolTagFile')}
            </button>
            {prefs.defaultPoolTagFile && (
              <button type="button" className="btn btn-small" onClick={() => save({ defaultPoolTagFile: null })}>
                {t('inv.options.clearPoolTagFile')}
              </button>
            )}
            <PoolTagFileInput
              inputRef={fileInput}
              label={t('settings.poolTagFile')}
              onChosen={(choice) => save({ defaultPoolTagFile: choice })}
              onProblem={(problem) => setNotice({ tone: 'error', text: problem })}
            />
          </div>
        </DialogSection>

        <KnownHostsSection bridge={bridge} />
        <SavedSecretsSection bridge={bridge} rememberSecrets={rememberSecrets} />

        {notice && (
          <p className={notice.tone === 'error' ? 'error-text' : 'field-hint'} role={notice.tone === 'error' ? 'alert' : 'status'}>
            {notice.text}
          </p>
        )}
        <DialogButtons>
          <button type="button" className="btn btn-primary" onClick={onClose}>
            {t('settings.close')}
          </button>
        </DialogButtons>
      </div>
    </ModalDialog>
  );
}

/** Loads a list from the core, with a reload after each removal. */
function useCoreList<T>(load: () => Promise<T[]>): { items: T[] | null; error: string | null; reload(): void } {
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let cancelled = false;
    load().then(
      (next) => !cancelled && (setItems(next), setError(null)),
      (err: unknown) => !cancelled && (setItems([]), setError(errorMessage(err))),
    );
    return () => {
      cancelled = true;
    };
  }, [load, generation]);
  return { items, error, reload: useCallback(() => setGeneration((g) => g + 1), []) };
}

function KnownHostsSection({ bridge }: { bridge: PoolSleuthBridge }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const load = useCallback(() => bridge.invoke('knownHosts.list', {}).then((r) => r.hosts), [bridge]);
  const { items, error, reload } = useCoreList<KnownHostEntry>(load);
  const [status, setStatus] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const sectionRef = useRef<HTMLElement>(null);

  const forget = async (host: KnownHostEntry) => {
    const where = `${host.host}:${host.port}`;
    try {
      await bridge.invoke('knownHosts.forget', { host: host.host, port: host.port });
      // The row and its button go away: keep the keyboard in this section (its status says what happened).
      sectionRef.current?.focus();
      setStatus({ tone: 'info', text: t('settings.knownHosts.removed', { host: where }) });
      reload();
    } catch (err) {
      setStatus({ tone: 'error', text: t('settings.knownHosts.removeFailed', { host: where, message: errorMessage(err) }) });
    }
  };

  return (
    <DialogSection headingId={`${id}-heading`} heading={t('settings.knownHosts.heading')} ref={sectionRef} tabIndex={-1}>
      <p className="field-hint">{t('settings.knownHosts.explanation')}</p>
      {items === null ? (
        <p className="field-hint">{t('source.loading')}</p>
      ) : items.length === 0 ? (
        <p className="field-hint">{t('settings.knownHosts.empty')}</p>
      ) : (
        <table className="mapping-table settings-table" aria-labelledby={`${id}-heading`}>
          <RemovableRowsHead
            headings={[t('settings.knownHosts.host'), t('settings.knownHosts.keyType'), t('settings.knownHosts.fingerprint'), t('settings.knownHosts.added')]}
            actionsHeading={t('sourcePaths.actions')}
          />
          <tbody>
            {items.map((h) => (
              <tr key={`${h.host}:${h.port}:${h.keyType}`}>
                <td className="mono">{`${h.host}:${h.port}`}</td>
                <td className="mono">{h.keyType}</td>
                <td className="mono settings-fingerprint">{h.fingerprintSha256}</td>
                <td>{formatDate(h.addedAt, i18n.language)}</td>
                <RemoveRowCell label={t('sourcePaths.remove')} accessibleName={t('settings.knownHosts.removeHost', { host: `${h.host}:${h.port}` })} onRemove={() => void forget(h)} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ListStatus error={error} status={status} />
    </DialogSection>
  );
}

function SavedSecretsSection({ bridge, rememberSecrets }: { bridge: PoolSleuthBridge; rememberSecrets: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const load = useCallback(() => bridge.invoke('secrets.list', {}).then((r) => r.entries), [bridge]);
  const { items, error, reload } = useCoreList<SavedSecretEntry>(load);
  const [status, setStatus] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  const label = (entry: SavedSecretEntry) =>
    entry.kind === 'password' ? t('settings.secrets.password', { account: `${entry.user}@${entry.host}:${entry.port}` }) : t('settings.secrets.passphrase', { keyFile: entry.keyFile });

  const forget = async (entry: SavedSecretEntry) => {
    try {
      const params = entry.kind === 'password' ? { kind: 'password' as const, host: entry.host, port: entry.port, user: entry.user } : { kind: 'passphrase' as const, keyFile: entry.keyFile };
      await bridge.invoke('secrets.forget', params);
      setStatus({ tone: 'info', text: t('settings.secrets.forgotten', { what: label(entry) }) });
      reload();
    } catch (err) {
      setStatus({ tone: 'error', text: t('prompt.forget.failed', { message: errorMessage(err) }) });
    }
  };

  return (
    <DialogSection headingId={`${id}-heading`} heading={t('settings.secrets.heading')}>
      {!rememberSecrets ? (
        <p className="field-hint">{t('settings.secrets.neverHere')}</p>
      ) : items === null ? (
        <p className="field-hint">{t('source.loading')}</p>
      ) : items.length === 0 ? (
        <p className="field-hint">{t('settings.secrets.empty')}</p>
      ) : (
        <ul className="settings-list stack-list" aria-labelledby={`${id}-heading`}>
          {items.map((entry) => (
            <li key={entry.kind === 'password' ? `${entry.user}@${entry.host}:${entry.port}` : entry.keyFile}>
              <span className="mono">{label(entry)}</span>
              <button type="button" className="btn btn-small" aria-label={t('settings.secrets.forget', { what: label(entry) })} onClick={() => void forget(entry)}>
                {t('settings.secrets.forgetShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ListStatus error={error} status={status} />
    </DialogSection>
  );
}

/** Under a list from the core: why it could not be loaded, or what the last removal did. */
function ListStatus({ error, status }: { error: string | null; status: { tone: 'info' | 'error'; text: string } | null }) {
  const { t } = useTranslation();
  if (!error && !status) return null;
  const isError = Boolean(error) || status?.tone === 'error';
  return (
    <p className={isError ? 'error-text' : 'field-hint'} role={isError ? 'alert' : 'status'}>
      {error ? t('settings.loadFailed', { message: error }) : status?.text}
    </p>
  );
}

/** The console's scrollback in lines: what is typed stays in the box, a number in range is saved. */
function ScrollbackField({ initial, onValid }: { initial: number; onValid(lines: number): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(initial));
  const valid = isScrollbackValue(text);
  return (
    <TextField
      label={t('settings.scrollback')}
      mono
      inputClassName="settings-number"
      inputMode="numeric"
      value={text}
      invalid={!valid}
      hint={t('settings.scrollbackHint', { min: scrollbackLimits.min.toLocaleString(), max: scrollbackLimits.max.toLocaleString() })}
      hintIsProblem={!valid}
      onChange={(value) => {
        setText(value);
        if (isScrollbackValue(value)) onValid(Number(value.trim()));
      }}
    />
  );
}

function isScrollbackValue(text: string): boolean {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= scrollbackLimits.min && value <= scrollbackLimits.max;
}

function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(language, { year: 'numeric', month: 'short', day: 'numeric' });
}
