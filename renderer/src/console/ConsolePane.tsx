// The right side: the debugger console (region "Debugger console" in the product
// contract). Bridges console.output events into xterm and typed lines back to
// session.sendLine; Ctrl+C during a command becomes session.break. The toolbar
// finds, copies, clears, and saves or opens transcripts.
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedConsoleText } from './consoleNoteTexts';
import type { PoolSleuthBridge, SessionState } from '../../../electron/contract';
import { subscribeEvents } from '../bridge/bridgeEvents';
import { errorMessage } from '../bridge/bridgeError';
import { useColorScheme } from '../layout/useColorScheme';
import { usePreferences } from '../settings/uiPreferences';
import { canBreak } from '../session/sessionStateGroups';
import { openSourceLocation } from '../source/sourceViewerStore';
import { ConfirmLinkDialog, isOpenableLink } from './ConfirmLinkDialog';
import { ConsoleController } from './consoleController';
import { ConsoleSearchBar, type SearchResults } from './ConsoleSearchBar';
import { darkConsoleTheme, lightConsoleTheme } from './consoleThemes';
import { TranscriptButtons } from './TranscriptButtons';

export interface ConsoleHandle {
  focus(): void;
  /** A local notice in the console (not from the debugger). */
  notice(text: string, tone?: 'info' | 'error'): void;
}

interface ConsolePaneProps {
  bridge: PoolSleuthBridge;
  session: SessionState;
  /** Electron: Open transcript… uses the native dialog. */
  nativeFileDialogs: boolean;
  ref?: Ref<ConsoleHandle>;
}

export function ConsolePane({ bridge, session, nativeFileDialogs, ref }: ConsolePaneProps) {
  const { t, i18n } = useTranslation();
  const hostRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<ConsoleController | null>(null);
  const scheme = useColorScheme();
  const { scrollback } = usePreferences();
  const [inFlight, setInFlight] = useState(0);
  const [searchOpen, setSearchOpen] = useState(false);
  const [searchResults, setSearchResults] = useState<SearchResults | null>(null);
  /** A URL from debugger output the user clicked: opened only if they confirm. */
  const [pendingLink, setPendingLink] = useState<string | null>(null);

  // Callbacks from xterm outlive renders: read the latest values through refs.
  // The language as of the last render: the xterm callbacks below were made at mount (i18n.language read there stays the mount's).
  const latest = useRef({ session, t, language: i18n.language });
  latest.current = { session, t, language: i18n.language };

  useImperativeHandle(
    ref,
    () => ({
      focus: () => controllerRef.current?.focus(),
      notice: (text, tone) => controllerRef.current?.writeNotice(text, tone),
    }),
    [],
  );

  const copy = () => {
    const controller = controllerRef.current;
    if (!controller) return;
    const { text, lines } = controller.textForCopy();
    if (!navigator.clipboard) {
      controller.writeNotice(t('console.copyFailed', { message: 'no clipboard' }), 'error');
      return;
    }
    navigator.clipboard.writeText(text).then(
      () => controller.writeNotice(t('console.copied', { count: lines })),
      (err: unknown) => controller.writeNotice(t('console.copyFailed', { message: errorMessage(err) }), 'error'),
    );
  };

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const controller = new ConsoleController(
      host,
      {
        submit(line) {
          setInFlight((n) => n + 1);
          bridge
            .invoke('session.sendLine', { line })
            .catch((err: unknown) => controller.writeNotice(latest.current.t('console.notSent', { line, message: errorMessage(err) }), 'error'))
            .finally(() => setInFlight((n) => n - 1));
        },
        interrupt() {
          if (!canBreak(latest.current.session.state)) return false;
          bridge.invoke('session.break', {}).catch((err: unknown) => {
            controller.writeNotice(latest.current.t('actions.breakFailed', { message: errorMessage(err) }), 'error');
          });
          return true;
        },
        ack(chars) {
          // A lost ack only delays output until the next one; nothing to report.
          bridge.invoke('console.ack', { chars }).catch(() => undefined);
        },
        openSearch: () => setSearchOpen(true),
        searchResults: (index, count) => setSearchResults({ index, count }),
        openSource: openSourceLocation,
        linkClicked: (uri) => {
          if (isOpenableLink(uri)) setPendingLink(uri);
        },
      },
      scheme === 'light' ? lightConsoleTheme : darkConsoleTheme,
    );
    controllerRef.current = controller;
    controller.writeNotice(latest.current.t('console.welcome'));
    // A reloaded page (or a second window) starts with what the session already printed.
    // Output that arrives before the core's answer is part of that answer: skip it then.
    let restored = false;
    const unsubscribe = subscribeEvents(bridge, {
      'console.output': ({ data, notes }) => {
        // The core's typed lines in the page's language; flow control still counts the core's characters.
        if (restored) controller.writeOutput(data, localizedConsoleText(latest.current.language, data, notes));
      },
    });
    const attach = () => {
      restored = true;
      // A fresh view has rendered nothing: let the core forget acks owed by a previous page.
      bridge.invoke('console.attach', {}).catch(() => undefined);
    };
    bridge.invoke('console.recent', {}).then(
      ({ text, omittedChars, notes }) => {
        if (controllerRef.current !== controller) return;
        if (text.length > 0) {
          const t = latest.current.t;
          controller.writeNotice(omittedChars > 0 ? t('console.restoredPartly', { count: omittedChars }) : t('console.restored'));
          controller.writeRestored(localizedConsoleText(latest.current.language, text, notes));
        }
        attach();
      },
      // An older core without the request: start empty, as before.
      () => attach(),
    );

    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => controller.fitToHost());
    });
    observer.observe(host);

    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      unsubscribe();
      controller.dispose();
      controllerRef.current = null;
    };
    // Only the bridge recreates the terminal; the theme is applied by the effect
    // below, since a new terminal would lose the scrollback.
  }, [bridge]);

  useEffect(() => {
    controllerRef.current?.setTheme(scheme === 'light' ? lightConsoleTheme : darkConsoleTheme);
  }, [scheme]);

  // Settings → Console scrollback (also right after the terminal is made).
  useEffect(() => {
    controllerRef.current?.setScrollback(scrollback);
  }, [scrollback, bridge]);

  const closeSearch = () => {
    controllerRef.current?.clearSearch();
    setSearchResults(null);
    setSearchOpen(false);
    controllerRef.current?.focus();
  };

  const running = session.state === 'busy' || session.state === 'running' ? 1 : 0;
  const queued = Math.max(0, inFlight - running);

  return (
    <section className="console-pane" aria-labelledby="console-heading">
      <div className="console-toolbar">
        <div className="console-title">
          <h2 id="console-heading" className="panel-title">
            {t('console.heading')}
          </h2>
          {/* Only while the debugger is at (or answering from) its prompt: not "0: kd>" over a running target or an ended session. */}
          {session.prompt && (session.state === 'ready' || session.state === 'busy') && <code className="prompt-chip">{session.prompt.trim()}</code>}
        </div>
        {/* Two groups: when the console is narrow the transcript buttons wrap onto a
            second row (right-aligned) instead of running off-screen. */}
        <div className="console-actions">
          {queued > 0 && (
            <span className="queued-chip" role="status">
              {t('console.queued', { count: queued })}
            </span>
          )}
          <button type="button" className="btn btn-small" title={t('console.findShortcut')} aria-keyshortcuts="Control+F" onClick={() => setSearchOpen(true)}>
            {t('console.find')}
          </button>
          <button type="button" className="btn btn-small" title={t('console.copyTitle')} onClick={copy}>
            {t('console.copy')}
          </button>
          <button type="button" className="btn btn-small" title={t('console.clearTitle')} onClick={() => controllerRef.current?.clear()}>
            {t('console.clear')}
          </button>
        </div>
        <div className="console-actions console-transcript-actions">
          <TranscriptButtons
            bridge={bridge}
            nativeFileDialogs={nativeFileDialogs}
            onNotice={(text, tone) => controllerRef.current?.writeNotice(text, tone)}
          />
        </div>
      </div>
      {searchOpen && (
        <ConsoleSearchBar
          results={searchResults}
          onFindNext={(q, incremental) => {
            if (!q) controllerRef.current?.clearSearch();
            controllerRef.current?.findNext(q, incremental);
          }}
          onFindPrevious={(q) => controllerRef.current?.findPrevious(q)}
          onClose={closeSearch}
        />
      )}
      <div className="console-host" ref={hostRef} onClick={() => controllerRef.current?.focus()} />
      {pendingLink !== null && (
        <ConfirmLinkDialog
          uri={pendingLink}
          onOpen={(uri) => {
            setPendingLink(null);
            window.open(uri, '_blank', 'noopener,noreferrer');
          }}
          onClose={() => setPendingLink(null)}
        />
      )}
    </section>
  );
}
