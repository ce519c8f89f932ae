// The one core service every shell (Electron IPC, browser-mode server, CLI)
// exposes. It owns the current debugger session and the console stream.
import type { EventName, EventPayload, ScenarioInfo, SessionState, TargetSpec } from '../contract';
import { DebuggerSession } from '../debugger/debuggerSession';
import type { DebuggerTransport } from '../debugger/debuggerTransport';
import { LocalProcessTransport } from '../debugger/localProcessTransport';
import type { TranscriptEntry } from '../debugger/transcriptEntry';
import type { RequestHandlers } from './apiDispatcher';
import { ConsoleOutbox } from './consoleOutbox';
import { listScenarios } from '../kdsim/scenarioLoader';
import { sourceCliLauncher, type CliLauncher } from './nodeEntryPoints';

export type CoreEventListener = (event: EventName, payload: EventPayload<EventName>) => void;

export interface CoreServiceOptions {
  /** How to start our own CLI (for the kdsim demo target). */
  cliLauncher?: CliLauncher;
  commandTimeoutMs?: number;
}

export interface CoreService {
  handlers: RequestHandlers;
  onEvent(listener: CoreEventListener): () => void;
  /** The live session, for in-process callers (CLI, investigations). */
  readonly session: DebuggerSession | null;
  readonly transcript: readonly TranscriptEntry[];
  dispose(): Promise<void>;
}

const idleState: SessionState = { state: 'idle', reason: null, prompt: null, target: null };

export function createCoreService(options: CoreServiceOptions = {}): CoreService {
  const listeners = new Set<CoreEventListener>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const listener of listeners) listener(event, payload);
  };
  const outbox = new ConsoleOutbox((data) => emit('console.output', { data }));
  const cliLauncher = options.cliLauncher ?? sourceCliLauncher();
  let session: DebuggerSession | null = null;
  let transcript: TranscriptEntry[] = [];

  function transportFor(target: TargetSpec): DebuggerTransport {
    switch (target.kind) {
      case 'demo':
        return new LocalProcessTransport({
          argv: [...cliLauncher.argvPrefix, 'kdsim', '--scenario', target.scenario],
          env: { ...process.env, ...cliLauncher.env },
          description: `demo target ${target.scenario}`,
        });
      case 'local':
        return new LocalProcessTransport({ argv: target.argv, cwd: target.cwd });
      case 'ssh':
        throw new Error('SSH connections are not available in this build yet.');
    }
  }

  async function disconnect(): Promise<void> {
    const current = session;
    session = null;
    if (current) await current.close();
  }

  function requireSession(): DebuggerSession {
    if (!session) throw new Error('Not connected. Press Connect first.');
    return session;
  }

  const handlers: RequestHandlers = {
    'session.connect': async ({ target }) => {
      await disconnect();
      if (target.kind === 'demo') {
        const known = listScenarios();
        if (!known.some((s) => s.name === target.scenario)) {
          throw new Error(`Unknown demo scenario '${target.scenario}'. Known: ${known.map((s) => s.name).join(', ')}.`);
        }
      }
      transcript = [];
      const next = new DebuggerSession(
        transportFor(target),
        {
          state: (state) => emit('session.state', state),
          console: (text) => outbox.write(text),
          transcript: (entry) => transcript.push(entry),
        },
        {
          commandTimeoutMs: options.commandTimeoutMs,
          target: target.kind === 'demo' ? { targetKind: null, description: `Demo: ${target.scenario}` } : null,
        },
      );
      session = next;
      await next.start();
      return { ok: true as const };
    },
    'session.disconnect': async () => {
      await disconnect();
      return { ok: true as const };
    },
    'session.sendLine': async ({ line }) => {
      const result = await requireSession().execute(line);
      return { ok: true as const, output: result.output };
    },
    'session.break': async () => {
      await requireSession().interrupt();
      return { ok: true as const };
    },
    'session.getState': async () => session?.state ?? idleState,
    'console.ack': async ({ chars }) => {
      outbox.acknowledge(chars);
      return { ok: true as const };
    },
    'demo.listScenarios': async () => ({ scenarios: listScenarios() }),
  };

  return {
    handlers,
    onEvent(listener) {
      listeners.add(listener);
      if (listeners.size === 1) outbox.resetReceiver();
      return () => listeners.delete(listener);
    },
    get session() {
      return session;
    },
    get transcript() {
      return transcript;
    },
    dispose: disconnect,
  };
}

export type { ScenarioInfo };
