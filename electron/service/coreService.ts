// The one core service every shell (Electron IPC, browser-mode server, CLI)
// exposes. It owns the current debugger session and the console stream.
import type { EventName, EventPayload, SessionState, TargetSpec } from '../contract';
import { DebuggerSession } from '../debugger/debuggerSession';
import type { TransportExit } from '../debugger/debuggerTransport';
import { connectWithBackoff } from '../debugger/ssh/connectWithBackoff';
import type { AppKnownHostsStore } from '../debugger/ssh/hostKeyVerifier';
import type { TranscriptEntry } from '../debugger/transcriptEntry';
import { ConsoleOutputTap } from '../investigation/commandRunner';
import { targetKindOf } from '../investigation/debuggerTarget';
import { listScenarios } from '../kdsim/scenarioLoader';
import { parseBanner } from '../parsers';
import { KnownHostsStore } from '../settings/knownHostsStore';
import type { RequestHandlers } from './apiDispatcher';
import { InvestigationController, type InvestigationTarget } from './investigationController';
import { ConsoleOutbox } from './consoleOutbox';
import { sourceCliLauncher, type CliLauncher } from './nodeEntryPoints';
import { describeTarget, transportForTarget } from './targetTransports';
import { UserPromptBroker } from './userPromptBroker';

export type CoreEventListener = (event: EventName, payload: EventPayload<EventName>) => void;

export interface CoreServiceOptions {
  /** How to start our own CLI (for the kdsim demo target). */
  cliLauncher?: CliLauncher;
  commandTimeoutMs?: number;
  /** Folder for settings and the app's known hosts (default: the user's config folder). */
  settingsDir?: string;
  /** The user's OpenSSH known_hosts files, read only (default ~/.ssh/known_hosts*). */
  openSshKnownHostsFiles?: string[];
  /** Reconnect attempts after an SSH link drops (0 disables). */
  reconnectAttempts?: number;
  reconnectBaseDelayMs?: number;
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
  const prompts = new UserPromptBroker(
    (request) => emit('prompt.request', request),
    () => listeners.size > 0,
  );
  let knownHosts: AppKnownHostsStore | null = null;
  const transportDeps = {
    cliLauncher: options.cliLauncher ?? sourceCliLauncher(),
    prompts,
    knownHosts: () => (knownHosts ??= new KnownHostsStore({ cwd: options.settingsDir })),
    openSshKnownHostsFiles: options.openSshKnownHostsFiles,
  };
  let session: DebuggerSession | null = null;
  /** What the investigation needs to know about the current session. */
  let investigationTarget: InvestigationTarget | null = null;
  const investigations = new InvestigationController((event) => emit('investigation.event', event));
  /** Bumped by every user connect/disconnect, so a background reconnect knows it is obsolete. */
  let generation = 0;
  let transcript: TranscriptEntry[] = [];

  function note(text: string): void {
    outbox.write(`\r\n[PoolSleuth] ${text}\r\n`);
  }

  /** Starts a debugger session for `target`; it becomes the current one once it is ready. */
  async function openSession(target: TargetSpec): Promise<DebuggerSession> {
    const tap = new ConsoleOutputTap();
    const next: DebuggerSession = new DebuggerSession(
      transportForTarget(target, transportDeps),
      {
        state: (state) => {
          if (session === next || session === null) emit('session.state', state);
        },
        console: (text) => {
          outbox.write(text);
          tap.push(text);
        },
        transcript: (entry) => transcript.push(entry),
        ended: (exit) => {
          if (session === next) void recoverFromLinkLoss(target, exit);
        },
      },
      {
        commandTimeoutMs: options.commandTimeoutMs,
        target: { targetKind: null, description: describeTarget(target) },
      },
    );
    session = next;
    investigationTarget = null;
    const banner = parseBanner(await next.start());
    const argv = target.kind === 'local' ? target.argv : target.kind === 'ssh' ? target.remoteArgv : [];
    const kind = targetKindOf(banner, argv);
    const description = describeTarget(target);
    investigationTarget = { session: next, tap, kind, banner, description };
    next.describeTarget({ targetKind: kind, description: [description, banner.kernelVersion].filter(Boolean).join(' — ') });
    return next;
  }

  /**
   * An SSH link died under a running session: reconnect with backoff and start
   * the same debugger command line again (re-opening the dump or re-attaching),
   * and tell the user what could not be carried over.
   */
  async function recoverFromLinkLoss(target: TargetSpec, exit: TransportExit): Promise<void> {
    const attempts = options.reconnectAttempts ?? 5;
    if (target.kind !== 'ssh' || !exit.linkLost || attempts <= 0) return;
    const generationAtLoss = generation;
    note(`The link to ${target.host} was lost (${exit.reason}). Reconnecting…`);
    try {
      await connectWithBackoff(
        async () => {
          // The user connected elsewhere or disconnected meanwhile: stop trying.
          if (generation !== generationAtLoss) throw Object.assign(new Error('cancelled by the user'), { retryable: false });
          return openSession(target);
        },
        {
          attempts,
          baseDelayMs: options.reconnectBaseDelayMs ?? 1000,
          maxDelayMs: 15_000,
          onAttempt: ({ attempt, delayMs }) => {
            if (attempt > 1) note(`Reconnect attempt ${attempt} of ${attempts} in ${Math.round(delayMs / 1000)} s…`);
          },
        },
      );
      note(
        `Reconnected to ${target.host}. The debugger was started again with the same command line: ` +
          'a dump is re-opened as it was; a live target was re-attached. Commands that were running when the link dropped were lost; ' +
          'debugger settings made during the session (.sympath, breakpoints, PoolHitTag) must be made again.',
      );
    } catch (err) {
      note(`Could not reconnect: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  async function disconnect(): Promise<void> {
    generation++;
    investigations.cancel();
    investigationTarget = null;
    const current = session;
    session = null;
    prompts.cancelAll();
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
      // The last report stays exportable after a disconnect, until a new target is opened.
      investigations.forget();
      await openSession(target);
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
    'console.attach': async () => {
      outbox.resetReceiver();
      return { ok: true as const };
    },
    'console.ack': async ({ chars }) => {
      outbox.acknowledge(chars);
      return { ok: true as const };
    },
    'demo.listScenarios': async () => ({ scenarios: listScenarios() }),
    'investigation.start': async ({ playbook, driver }) => {
      requireSession();
      if (!investigationTarget) throw new Error('The debugger is still starting; wait until it is ready.');
      const status = await investigations.start(investigationTarget, playbook, driver);
      return { ok: true as const, status };
    },
    'investigation.cancel': async () => {
      investigations.cancel();
      return { ok: true as const };
    },
    'investigation.rerunStep': async ({ stepId, following }) => {
      requireSession();
      return { ok: true as const, status: await investigations.rerunStep(stepId, following) };
    },
    'investigation.exportReport': async ({ format }) => investigations.exportReport(format),
    'prompt.answer': async ({ promptId, answer }) => {
      prompts.answer(promptId, answer);
      return { ok: true as const };
    },
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
