// Top level: a slim app bar, then the workflow panel and the console side by
// side; dialogs (SSH prompts, source viewer, settings) on top.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoolSleuthBridge } from '../../electron/contract';
import { BridgeStatusBanner } from './bridge/BridgeStatusBanner';
import { useBridgeConnection } from './bridge/useBridgeConnection';
import { ConsolePane, type ConsoleHandle } from './console/ConsolePane';
import { useMenuCommands } from './console/useMenuCommands';
import { LanguagePicker } from './i18n/LanguagePicker';
import { applyTheme, useColorScheme } from './layout/useColorScheme';
import { HelpDialog } from './settings/HelpDialog';
import { SettingsDialog } from './settings/SettingsDialog';
import { SplitView } from './layout/SplitView';
import { PromptDialog } from './prompts/PromptDialog';
import { usePromptQueue } from './prompts/usePromptQueue';
import { useSessionState } from './session/useSessionState';
import { SourcePathsDialog } from './source/SourcePathsDialog';
import { SourceViewerHost } from './source/SourceViewerHost';
import { useHostFacts } from './workflow/useHostFacts';
import { WorkflowPanel } from './workflow/WorkflowPanel';

export function App({ bridge }: { bridge: PoolSleuthBridge }) {
  const { t } = useTranslation();
  const connection = useBridgeConnection(bridge);
  const session = useSessionState(bridge, connection);
  const facts = useHostFacts(bridge, connection);
  const consoleRef = useRef<ConsoleHandle>(null);
  const prompts = usePromptQueue(bridge);
  /** Settings → Source paths: closed (null) or open, with a prefix to add. */
  const [sourcePaths, setSourcePaths] = useState<{ suggestedPrefix: string | null } | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const scheme = useColorScheme();
  useEffect(() => applyTheme(scheme), [scheme]);

  // F1 opens Help anywhere in the window (also from the console).
  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key !== 'F1' || ev.ctrlKey || ev.altKey || ev.metaKey) return;
      ev.preventDefault();
      setHelpOpen(true);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  const stateLabel = t(`session.state.${session.state}`);
  const notify = useCallback((text: string, tone?: 'info' | 'error') => consoleRef.current?.notice(text, tone), []);
  useMenuCommands(bridge, notify);

  // The window title carries the state too, for the taskbar and window switchers.
  useEffect(() => {
    document.title = `${stateLabel} — ${t('app.name')}`;
  }, [stateLabel, t]);

  return (
    <div className="app">
      <header className="app-bar">
        <span className="brand">{t('app.name')}</span>
        <span className="tagline">{t('app.tagline')}</span>
        <span className="toolbar-spacer" />
        <button type="button" className="btn btn-small" aria-keyshortcuts="F1" title="F1" onClick={() => setHelpOpen(true)}>
          {t('help.open')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => setSettingsOpen(true)}>
          {t('settings.open')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => setSourcePaths({ suggestedPrefix: null })}>
          {t('sourcePaths.open')}
        </button>
        <LanguagePicker />
      </header>
      <BridgeStatusBanner connection={connection} />
      {prompts.error && (
        <div className="bridge-banner" role="alert">
          {t('prompt.answerFailed', { message: prompts.error })}
        </div>
      )}
      <main className="app-main">
        <SplitView
          startId="workflow-panel"
          start={
            <WorkflowPanel
              id="workflow-panel"
              bridge={bridge}
              connection={connection}
              session={session}
              facts={facts}
              focusConsole={() => consoleRef.current?.focus()}
            />
          }
          end={<ConsolePane ref={consoleRef} bridge={bridge} session={session} nativeFileDialogs={facts.nativeFileDialogs} />}
        />
      </main>
      {prompts.current && <PromptDialog key={prompts.current.promptId} request={prompts.current} onAnswer={prompts.answer} />}
      <SourceViewerHost bridge={bridge} onAddMapping={(suggestedPrefix) => setSourcePaths({ suggestedPrefix })} />
      {settingsOpen && (
        <SettingsDialog
          bridge={bridge}
          rememberSecrets={facts.rememberSecrets}
          onOpenSourcePaths={() => {
            setSettingsOpen(false);
            setSourcePaths({ suggestedPrefix: null });
          }}
          onClose={() => setSettingsOpen(false)}
        />
      )}
      {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
      {sourcePaths && <SourcePathsDialog bridge={bridge} suggestedPrefix={sourcePaths.suggestedPrefix} onClose={() => setSourcePaths(null)} />}
    </div>
  );
}
