// Settings: theme, console scrollback, the default debugger program, the default
// pool-tag file, the SSH host keys and secrets PoolSleuth remembers (list, remove),
// and the way to Source paths. Each choice applies at once; there is nothing to save.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnownHostEntry, PoolSleuthBridge, SavedSecretEntry } from '../../../electron/contract';
import { errorMessage } from '../bridge/bridgeError';
import { PoolTagFileInput } from '../investigation/PoolTagFileInput';
import { ModalDialog } from '../layout/ModalDialog';
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
  const [scrollback, setScrollback] = useState(String(prefs.scrollback));
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const scrollbackValue = Number(scrollback.trim());
  const scrollbackValid = /^\d+$/.test(scrollback.trim()) && scrollbackValue >= scrollbackLimits.min && scrollbackValue <= scrollbackLimits.max;

  const save = (change: Parameters<typeof savePreferences>[0]) => {
    if (!savePreferences(change)) setNotice({ tone: 'error', text: t('settings.notStored') });
  };


  return (
    <ModalDialog labelledBy={`${id}-title`} className="settings-dialog settings-screen" onClose={onClose}>
      <div className="settings-body">
        <h2 id={`${id}-title`}>{t('settings.title')}</h2>

        <section className="settings-section" aria-labelledby={`${id}-appearance`}>
          <h3 id={`${id}-appearance`}>{t('settings.appearance')}</h3>
          <div className="segmented" role="radiogroup" aria-label={t('settings.theme')}>
            {themeChoices.map((choice: ThemeChoice) => (
              <label key={choice} className={prefs.theme === choice ? 'segment selected' : 'segment'}>
                <input type="radio" name={`${id}-theme`} value={choice} checked={prefs.theme === choice} onChange={() => save({ theme: choice })} />
                <span>{t(`settings.themeChoice.${choice}`)}</span>
              </label>
            ))}
          </div>
        </section>

        <section className="settings-section" aria-labelledby={`${id}-console`}>
          <h3 id={`${id}-console`}>{t('settings.console')}</h3>
          <div className="field">
            <label htmlFor={`${id}-scrollback`}>{t('settings.scrollback')}</label>
            <input
              id={`${id}-scrollback`}
              type="text"
              inputMode="numeric"
              className="mono settings-number"
              value={scrollback}
              aria-invalid={!scrollbackValid}
              aria-describedby={`${id}-scrollback-hint`}
              onChange={(ev) => {
                setScrollback(ev.target.value);
                const value = Number(ev.target.value.trim());
                if (/^\d+$/.test(ev.target.value.trim()) && value >= scrollbackLimits.min && value <= scrollbackLimits.max) save({ scrollback: value });
              }}
            />
            <p id={`${id}-scrollback-hint`} className={scrollbackValid ? 'field-hint' : 'field-hint error-text'}>
              {t('settings.scrollbackHint', { min: scrollbackLimits.min.toLocaleString(), max: scrollbackLimits.max.toLocaleString() })}
            </p>
          </div>
        </section>

        <section className="settings-section" aria-labelledby={`${id}-connect`}>
          <h3 id={`${id}-connect`}>{t('settings.connect')}</h3>
          <div className="field">
            <label htmlFor={`${id}-debugger`}>{t('settings.defaultDebugger')}</label>
            <input
              id={`${id}-debugger`}
              type="text"
              className="mono"
              spellCheck={false}
              placeholder="kd.exe"
              value={prefs.defaultDebugger}
              aria-describedby={`${id}-debugger-hint`}
              onChange={(ev) => save({ defaultDebugger: ev.target.value.replace(/[\u0000-\u001f]/g, '') })}
            />
            <p id={`${id}-debugger-hint`} className="field-hint">
              {t('settings.defaultDebuggerHint')}
            </p>
          </div>
          <div className="button-row">
            <button type="button" className="btn btn-small" onClick={onOpenSourcePaths}>
              {t('sourcePaths.open')}
            </button>
          </div>
        </section>

        <section className="settings-section" aria-labelledby={`${id}-investigation`}>
          <h3 id={`${id}-investigation`}>{t('settings.investigation')}</h3>
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
        </section>

        <KnownHostsSection bridge={bridge} />
        <SavedSecretsSection bridge={bridge} rememberSecrets={rememberSecrets} />

        {notice && (
          <p className={notice.tone === 'error' ? 'error-text' : 'field-hint'} role={notice.tone === 'error' ? 'alert' : 'status'}>
            {notice.text}
          </p>
        )}
        <div className="button-row dialog-buttons">
          <button type="button" className="btn btn-primary" onClick={onClose}>
            {t('settings.close')}
          </button>
        </div>
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
    <section className="settings-section" aria-labelledby={`${id}-heading`} ref={sectionRef} tabIndex={-1}>
      <h3 id={`${id}-heading`}>{t('settings.knownHosts.heading')}</h3>
      <p className="field-hint">{t('settings.knownHosts.explanation')}</p>
      {items === null ? (
        <p className="field-hint">{t('source.loading')}</p>
      ) : items.length === 0 ? (
        <p className="field-hint">{t('settings.knownHosts.empty')}</p>
      ) : (
        <table className="mapping-table settings-table" aria-labelledby={`${id}-heading`}>
          <thead>
            <tr>
              <th scope="col">{t('settings.knownHosts.host')}</th>
              <th scope="col">{t('settings.knownHosts.keyType')}</th>
              <th scope="col">{t('settings.knownHosts.fingerprint')}</th>
              <th scope="col">{t('settings.knownHosts.added')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('sourcePaths.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((h) => (
              <tr key={`${h.host}:${h.port}:${h.keyType}`}>
                <td className="mono">{`${h.host}:${h.port}`}</td>
                <td className="mono">{h.keyType}</td>
                <td className="mono settings-fingerprint">{h.fingerprintSha256}</td>
                <td>{formatDate(h.addedAt, i18n.language)}</td>
                <td>
                  <button type="button" className="btn btn-small" aria-label={t('settings.knownHosts.removeHost', { host: `${h.host}:${h.port}` })} onClick={() => void forget(h)}>
                    {t('sourcePaths.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(error || status) && (
        <p className={error || status?.tone === 'error' ? 'error-text' : 'field-hint'} role={error || status?.tone === 'error' ? 'alert' : 'status'}>
          {error ? t('settings.loadFailed', { message: error }) : status?.text}
        </p>
      )}
    </section>
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
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('settings.secrets.heading')}</h3>
      {!rememberSecrets ? (
        <p className="field-hint">{t('settings.secrets.neverHere')}</p>
      ) : items === null ? (
        <p className="field-hint">{t('source.loading')}</p>
      ) : items.length === 0 ? (
        <p className="field-hint">{t('settings.secrets.empty')}</p>
      ) : (
        <ul className="settings-list" aria-labelledby={`${id}-heading`}>
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
      {(error || status) && (
        <p className={error || status?.tone === 'error' ? 'error-text' : 'field-hint'} role={error || status?.tone === 'error' ? 'alert' : 'status'}>
          {error ? t('settings.loadFailed', { message: error }) : status?.text}
        </p>
      )}
    </section>
  );
}

function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(language, { year: 'numeric', month: 'short', day: 'numeric' });
}
