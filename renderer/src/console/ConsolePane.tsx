// The right side: the debugger console (region "Debugger console" in the product
// contract). Bridges console.output events into xterm and typed lines back to
// session.sendLine; Ctrl+C during a command becomes session.break.
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoolSleuthBridge, SessionState } from '../../../electron/contract';
import { subscribeEvents } from '../bridge/bridgeEvents';
import { errorMessage } from '../bridge/bridgeError';
import { useColorScheme } from '../layout/useColorScheme';
import { canBreak } from '../session/sessionStateGroups';
import { ConsoleController } from './consoleController';
import { ConsoleSearchBar, type SearchResults } from './ConsoleSearchBar';
import { darkConsoleTheme, lightConsoleTheme } from './consoleThemes';

export interface ConsoleHandle {
  focus(): void;
}

interface ConsolePaneProps {
  bridge: PoolSleuthBridge;
  session: SessionState;
  ref?: Ref<ConsoleHandle>;
}

export function ConsolePane({ bridge, session, ref }: ConsolePaneProps) {
  const { t } = useTranslation();
  const hostRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<ConsoleController | null>(null);
  const scheme = useColorScheme();
  const [inFlight, setInFlight] = useState(0);
  const [searchOpen, setSearchOpen] = useState(false);
  const [searchResults, setSearchResults] = useState<SearchResults | null>(null);

  // Callbacks from xterm outlive renders: read the latest values through refs.
  const latest = useRef({ session, t });
  latest.current = { session, t };

  useImperativeHandle(ref, () => ({ focus: () => controllerRef.current?.focus() }), []);

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
      },
      scheme === 'light' ? lightConsoleTheme : darkConsoleTheme,
    );
    controllerRef.current = controller;
    controller.writeNotice(latest.current.t('console.welcome'));
    const unsubscribe = subscribeEvents(bridge, { 'console.output': ({ data }) => controller.writeOutput(data) });
    // A fresh view has rendered nothing: let the core forget acks owed by a previous page.
    bridge.invoke('console.attach', {}).catch(() => undefined);

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
        <h2 id="console-heading" className="panel-title">
          {t('console.heading')}
        </h2>
        {session.prompt && session.state !== 'idle' && <code className="prompt-chip">{session.prompt.trim()}</code>}
        <span className="toolbar-spacer" />
        {queued > 0 && (
          <span className="queued-chip" role="status">
            {t('console.queued', { count: queued })}
          </span>
        )}
        <button type="button" className="btn btn-small" title={t('console.findShortcut')} aria-keyshortcuts="Control+F" onClick={() => setSearchOpen(true)}>
          {t('console.find')}
        </button>
        <button type="button" className="btn btn-small" title={t('console.clearTitle')} onClick={() => controllerRef.current?.clear()}>
          {t('console.clear')}
        </button>
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
    </section>
  );
}
