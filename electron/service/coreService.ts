// The one core service every shell (Electron IPC, browser-mode server, CLI)
// exposes. It owns the current debugger session and the console stream.
import { consoleNoteText, failureOf, failureText, TypedFailureError, type ConsoleNote, type EventName, type EventPayload, type SessionState, type TargetSpec, type TargetSummary } from '../contract';
import { DebuggerSession } from '../debugger/debuggerSession';
import { NotADebuggerError, peerRefusal } from '../debugger/peerIdentification';
import type { DebuggerTransport, TransportExit } from '../debugger/debuggerTransport';
import { ReplayTransport } from '../debugger/replayTransport';
import { SshTransport } from '../debugger/ssh/sshTransport';
import { connectWithBackoff } from '../debugger/ssh/connectWithBackoff';
import { createTargetTransport } from '../debugger/targetTransportFactory';
import type { TranscriptEntry } from '../debugger/transcriptEntry';
import { readRecording, type ReplayRecording } from '../debugger/replayRecording';
import { ConsoleOutputTap } from '../investigation/commandRunner';
import type { ShellKind } from '../investigation/investigationOptions';
import { targetKindOf } from './targetKind';
import { errorMessage } from '../investigation/stepErrors';
import { listScenarios } from '../kdsim/scenarioLoader';
import { parseBanner } from '../parsers';
import { InMemorySecretStore, type SecretStore } from '../settings/secretStore';
import { settingsDirFromEnvironment } from '../settings/settingsFolder';
import type { RequestHandlers } from './apiDispatcher';
import { appTransportEnvironment, type AppTransportOptions } from './appTransportEnvironment';
import { InvestigationController, type InvestigationTarget } from './investigationController';
import { investigationOptionsOf } from './investigationTuning';
import { ConsoleBacklog } from './consoleBacklog';
import { BugCheckStage, noteConsoleChain, sessionConsoleChain } from './consoleChain';
import { ConsoleOutbox } from './consoleOutbox';
import { ReadBackpressure } from '../debugger/readBackpressure';
import { createLocalDebuggerHandlers } from './localDebuggerHandlers';
import { createProfileHandlers } from './profileHandlers';
import { bugCheckFromRecordedAnalysis } from './recordedBugCheck';
import { createKnownHostHandlers } from './knownHostHandlers';
import { createSavedSecretHandlers } from './savedSecretHandlers';
import { createShellCapabilityHandlers } from './shellCapabilityHandlers';
import { createSourceFileHandlers } from './sourceFileHandlers';
import { startupError } from './startupFailure';
import { describeTarget } from './targetDescription';
import { targetDetailsFrom } from './targetDetails';
import { createTranscriptHandlers } from './transcriptHandlers';
import { SessionTranscript } from './sessionTranscript';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { replaySessionRunner } from './replaySessionRunner';
import { ownCliLauncher, type CliLauncher } from './nodeEntryPoints';
import { UserPromptBroker } from './userPromptBroker';

export type CoreEventListener = (event: EventName, payload: EventPayload<EventName>) => void;

export interface CoreServiceOptions {
  /** How to start our own CLI (for the kdsim demo target). */
  cliLauncher?: CliLauncher;
  /** The demo target without a child process (Electron starts kdsim in a utilityProcess). */
  kdsimTransport?: AppTransportOptions['kdsimTransport'];
  /** The shipped Send-DebuggerBreak.ps1 (Electron passes the one in its resources); default: sent inline. */
  breakHelperScript?: string;
  commandTimeoutMs?: number;
  /** No output for this long means the debugger hangs: one break, then the session fails (default 60 s; docs/reliability.md). */
  hangTimeoutMs?: number;
  /** How long a break may take to bring the prompt back (default 20 s). */
  breakTimeoutMs?: number;
  /** Folder for settings and the app's known hosts (default: $POOLSLEUTH_SETTINGS_DIR, else the user's config folder). */
  settingsDir?: string;
  /** The user's OpenSSH known_hosts files, read only (default ~/.ssh/known_hosts*). */
  openSshKnownHostsFiles?: string[];
  /** A shell's own SSH rules (known hosts, host-key policy) around the core's questions; see appTransportEnvironment. */
  sshEnvironment?: AppTransportOptions['sshEnvironment'];
  /**
   * Remembered SSH passwords/passphrases. Electron passes a SafeStorageSecretStore; the
   * default (browser mode, CLI) keeps nothing: it is not persistent, so "remember" is never offered.
   */
  secretStore?: SecretStore;
  /** Reconnect attempts after an SSH link drops (0 disables). */
  reconnectAttempts?: number;
  reconnectBaseDelayMs?: number;
  /** Which shell shows the core's messages: advice names CLI flags only in the CLI (default: the app). */
  shell?: ShellKind;
  /** Characters of one command's output kept in memory before it spills to disk (default 64 M; docs/reliability.md). */
  outputMemoryCapChars?: number;
  /** Bytes a session's spill files may take on disk; past it an output is cut, marked truncated, with a warning (default 2 GiB). */
  spillDiskLimitBytes?: number;
  /** Where session and transcript temp folders are made (default: the OS temp folder). */
  tempParentDir?: string;
  /** Where transcript.save writes the whole transcript and log (default: <settingsDir>/transcripts). */
  transcriptDir?: string;
}

export interface CoreService {
  handlers: RequestHandlers;
  onEvent(listener: CoreEventListener): () => void;
  /** The live session, for in-process callers (CLI, investigations). */
  readonly session: DebuggerSession | null;
  /** What an investigation runs over once the session is ready (runner, console tap, kind, banner), for in-process callers (tests, benchmarks). */
  readonly investigationTarget: InvestigationTarget | null;
  readonly transcript: readonly TranscriptEntry[];
  /** Console flow toward the UI and the backpressure on the debugger's pipe (tests, benchmarks). */
  readonly consoleFlow: { heldChars: number; unacknowledgedChars: number; readingPaused: boolean; pauseCount: number };
  /** Replays a saved transcript or a `.logopen` / pasted log given as text (see openTranscriptText below). */
  openTranscriptText(text: string, name: string): Promise<void>;
  dispose(): Promise<void>;
}

const idleState: SessionState = { state: 'idle', reason: null, prompt: null, target: null };

/** A replay answers like the recorded target; the recording fills in what its banner lacks. */
interface ReplayFacts {
  recording: ReplayRecording;
  transport: ReplayTransport;
}

/** What the last connect opened, for Reconnect. */
type SessionSource = { kind: 'target'; target: TargetSpec } | { kind: 'replay'; recording: ReplayRecording; name: string };

export function createCoreService(options: CoreServiceOptions = {}): CoreService {
  const listeners = new Set<CoreEventListener>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const listener of listeners) listener(event, payload);
  };
  // What the console showed, for a page that reloads (`console.recent`): fed with exactly what is emitted.
  const backlog = new ConsoleBacklog();
  // Text held for a slow UI is bounded: above the high-water mark the debugger's pipe is not read.
  // With no UI attached nothing is held back for anyone, so nothing pauses.
  const readPressure = new ReadBackpressure({ onChange: (paused) => session?.setReadingPaused(paused) });
  const outbox = new ConsoleOutbox(
    (data, notes) => {
      backlog.push(data, notes);
      emit('console.output', notes ? { data, notes } : { data });
    },
    { onHeldChange: (held) => readPressure.update(listeners.size > 0 ? held : 0) },
  );
  const prompts = new UserPromptBroker(
    (request) => emit('prompt.request', request),
    () => listeners.size > 0,
  );
  const settingsDir = options.settingsDir ?? settingsDirFromEnvironment();
  const secretStore = options.secretStore ?? new InMemorySecretStore();
  const transportEnvironment = appTransportEnvironment({
    cliLauncher: options.cliLauncher ?? ownCliLauncher(),
    kdsimTransport: options.kdsimTransport,
    breakHelperScript: options.breakHelperScript,
    prompts,
    secrets: secretStore,
    notify: (typed) => typedNote(typed),
    settingsDir,
    openSshKnownHostsFiles: options.openSshKnownHostsFiles,
    sshEnvironment: options.sshEnvironment,
  });
  let session: DebuggerSession | null = null;
  let transport: DebuggerTransport | null = null;
  let lastSource: SessionSource | null = null;
  /** The last state a session reported; outlives it, so a transcript can be saved after a disconnect. */
  let lastState: SessionState | null = null;
  /** What the investigation needs to know about the current session. */
  let investigationTarget: InvestigationTarget | null = null;
  const investigations = new InvestigationController((event) => emit('investigation.event', event));
  /** Bumped by every user connect/disconnect, so a background reconnect knows it is obsolete. */
  let generation = 0;
  // Entries in memory; spilled outputs kept whole on disk for the saved transcript (sessionTranscript.ts).
  const transcript = new SessionTranscript(options.tempParentDir ?? tmpdir());

  const notes = noteConsoleChain(outbox);
  /** A note the page shows in its language (contract/consoleNotes.ts); the stream carries its English. */
  function typedNote(typed: ConsoleNote): void {
    notes.pushNote(consoleNoteText(typed), typed);
  }

  /** Starts a debugger session for `target`; it becomes the current one once it is ready. */
  async function openSession(target: TargetSpec): Promise<DebuggerSession> {
    const argv = target.kind === 'local' ? target.argv : target.kind === 'ssh' ? target.remoteArgv : [];
    return startSession(await createTargetTransport(target, transportEnvironment), describeTarget(target), argv, target);
  }

  /** A recording (saved transcript or text log) as a read-only session: commands answer from it. */
  function openReplay(recording: ReplayRecording, name: string): Promise<DebuggerSession> {
    const transport = new ReplayTransport(recording);
    return startSession(transport, `Offline transcript ${name} — ${recording.description}`.slice(0, 400), [], null, { recording, transport });
  }

  async function startSession(
    nextTransport: DebuggerTransport,
    description: string,
    argv: string[],
    target: TargetSpec | null,
    replay?: ReplayFacts,
  ): Promise<DebuggerSession> {
    const tap = new ConsoleOutputTap();
    // Set when the program is refused as not a debugger: its end ("[disconnected: cat was killed by
    // SIGKILL]") is our doing, so the console says that in the user's terms instead.
    let refused = false;
    const offline = replay !== undefined;
    // Set once the start-up output proved a debugger (or a recording) answers.
    let identified = false;
    // Set once the banner is read: what the session bar shows.
    let described: TargetSummary | null = null;
    const bugChecks = new BugCheckStage((stoppedOn) => {
      if (!described) return;
      described = { ...described, bugCheck: stoppedOn };
      next.describeTarget(described);
    });
    const consoleChain = sessionConsoleChain(outbox, tap, bugChecks);
    const next: DebuggerSession = new DebuggerSession(
      nextTransport,
      {
        state: (state) => {
          if (session === next || session === null) {
            // Never 'ready' before the program is known to be kd/cdb (cat answers the start-up echo too).
            const held = !identified && state.state === 'ready' ? { ...state, state: 'loading' as const } : state;
            // A Disconnect the user asked for is not an error: no "exited with code 0" as its reason.
            const shown = session === null && held.state === 'disconnected' ? { ...held, reason: null } : held;
            lastState = shown;
            emit('session.state', shown);
          }
        },
        console: (text) => {
          if (!refused) consoleChain.push(text);
        },
        note: (english, typed) => {
          if (refused) return;
          // A Disconnect the user asked for (the session is no longer current): the debugger's end is
          // ours, said so, not "[disconnected: demo target … exited with code 0]" or "… killed by SIGKILL".
          if (session !== next && typed.code === 'disconnected') typedNote({ code: 'closed-as-asked' });
          else consoleChain.pushNote(english, typed);
        },
        transcript: (entry, wholeOutput) => transcript.add(entry, wholeOutput),
        ended: (exit) => {
          if (session === next && target) void recoverFromLinkLoss(target, exit);
        },
      },
      {
        commandTimeoutMs: options.commandTimeoutMs,
        hangTimeoutMs: options.hangTimeoutMs,
        breakTimeoutMs: options.breakTimeoutMs,
        outputMemoryCapChars: options.outputMemoryCapChars,
        spillDiskLimitBytes: options.spillDiskLimitBytes,
        tempParentDir: options.tempParentDir,
        target: { targetKind: null, description, offline },
      },
    );
    session = next;
    transport = nextTransport;
    readPressure.attach(nextTransport);
    next.setReadingPaused(readPressure.paused);
    investigationTarget = null;
    const program = argv.length > 0 ? argv.join(' ') : description;
    let bannerText: string;
    try {
      bannerText = await next.start();
      // The pipe exists now: a pause that began during start-up applies to it too.
      if (transport === nextTransport) readPressure.attach(nextTransport);
    } catch (err) {
      if (target?.kind !== 'local' && target?.kind !== 'ssh') throw err;
      // SSH connect errors are typed where they are raised (debugger/ssh/sshErrors.ts); a debugger that
      // did not start (local, or on the SSH host) is typed from the transport's exit reason.
      const failure = failureOf(err) ? (err as Error) : startupError(program, err, next.exitReason);
      // The session's failed state says what the connect error says, typed for the UI's language.
      const failedState = session === next && lastState?.state === 'failed' ? lastState : null;
      if (failedState) {
        lastState = { ...failedState, reason: failure.message, reasonMessage: failureOf(failure) };
        emit('session.state', lastState);
      }
      throw failure;
    }
    // Only a kd/cdb banner or prompt makes a debugger: refuse anything else (cat echoes our input).
    const refusal = replay ? null : peerRefusal(program, bannerText, next.state.prompt);
    if (refusal) {
      refused = true;
      typedNote({ code: 'not-a-debugger', params: { program } });
      session = null;
      transport = null;
      await next.close().catch(() => undefined);
      lastState = { ...next.state, state: 'failed', reason: failureText(refusal), reasonMessage: refusal, prompt: null, activity: null };
      emit('session.state', lastState);
      throw new NotADebuggerError(refusal);
    }
    identified = true;
    if (session === next) {
      lastState = next.state;
      emit('session.state', lastState);
    }
    const banner = parseBanner(bannerText);
    const kind = replay?.recording.kind ?? targetKindOf(banner, argv);
    // A replay's description is the recorded one, which already ends with the kernel string: not twice.
    const kernel = banner.kernelVersion && !description.includes(banner.kernelVersion) ? banner.kernelVersion : null;
    const summary = [description, kernel].filter(Boolean).join(' — ');
    // Offline, the investigation asks the recording which commands it holds (hasAnswer), like the CLI always did.
    const runner = replay ? replaySessionRunner(next, replay.transport) : next;
    investigationTarget = { runner, tap, kind, offline, banner, description };
    const details = targetDetailsFrom(`${bannerText}\n${summary}`);
    // A transcript without kd's banner (or one without a "BugCheck" line) still names the bug check in its `!analyze -v`.
    if (replay && details.bugCheck === null) details.bugCheck = bugCheckFromRecordedAnalysis(replay.recording.commands);
    described = { targetKind: kind, description: summary.slice(0, 512), offline, ...details };
    next.describeTarget(described);
    if (!offline && kind !== 'dump') bugChecks.arm(details.bugCheck);
    return next;
  }

  async function open(source: SessionSource): Promise<void> {
    await disconnect();
    if (source.kind === 'target' && source.target.kind === 'demo') {
      const wanted = source.target.scenario;
      const known = listScenarios();
      if (!known.some((s) => s.name === wanted)) {
        throw new TypedFailureError({ code: 'unknown-demo-scenario', params: { scenario: wanted, known: known.map((s) => s.name).join(', ') } });
      }
    }
    lastSource = source;
    transcript.reset();
    // The last report stays exportable after a disconnect, until a new target is opened.
    investigations.forget();
    if (source.kind === 'target') await openSession(source.target);
    else await openReplay(source.recording, source.name);
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
    typedNote({ code: 'link-lost-reconnecting', params: { host: target.host }, reason: exit.detail });
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
            if (attempt > 1) typedNote({ code: 'reconnect-attempt', params: { attempt: String(attempt), attempts: String(attempts), seconds: String(Math.round(delayMs / 1000)) } });
          },
        },
      );
      typedNote({ code: 'reconnected', params: { host: target.host } });
    } catch (err) {
      typedNote({ code: 'reconnect-failed', params: { error: errorMessage(err) } });
    }
  }

  async function disconnect(): Promise<void> {
    generation++;
    investigations.cancel();
    investigationTarget = null;
    const current = session;
    session = null;
    transport = null;
    prompts.cancelAll();
    if (current) await current.close();
  }

  /**
   * Replays a recorded session from its text: our saved transcript (JSON lines) or a
   * `.logopen` / pasted console log. The one entry point for "replay this text" — the
   * `transcript.open` upload, the CLI's `--transcript`, a pasted log.
   */
  async function openTranscriptText(text: string, name: string): Promise<void> {
    // A damaged or foreign file is reported with its line number (TranscriptFormatError).
    await open({ kind: 'replay', recording: readRecording(text, name), name });
  }

  function requireSession(): DebuggerSession {
    if (!session) throw new Error('Not connected. Press Connect first.');
    return session;
  }

  const handlers: RequestHandlers = {
    'session.connect': async ({ target }) => {
      await open({ kind: 'target', target });
      return { ok: true as const };
    },
    'session.reconnect': async () => {
      if (!lastSource) throw new Error('Nothing to reconnect to: connect to a target first.');
      await open(lastSource);
      return { ok: true as const };
    },
    'session.disconnect': async () => {
      await disconnect();
      return { ok: true as const };
    },
    // The console shows the output (console.output); the reply only says the command completed.
    'session.sendLine': async ({ line }) => {
      const current = requireSession();
      const replay = transport instanceof ReplayTransport ? transport : null;
      await current.execute(line);
      // A replay answers an unrecorded command with nothing: say why, outside the command's output.
      if (replay && line.trim() !== '' && !/^\s*\.echo\b/.test(line) && !replay.hasAnswer(line)) {
        typedNote({ code: 'not-in-transcript', params: { command: line.trim() } });
        // The prompt again, so the console ends ready for the next line as it did before the note.
        notes.push(current.state.prompt ?? '');
      }
      return { ok: true as const };
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
    'console.recent': async () => backlog.snapshot(),
    'console.ack': async ({ chars }) => {
      outbox.acknowledge(chars);
      return { ok: true as const };
    },
    'demo.listScenarios': async () => ({ scenarios: listScenarios() }),
    'investigation.start': async ({ playbook, driver, tuning }) => {
      requireSession();
      if (!investigationTarget) throw new Error('The debugger is still starting; wait until it is ready.');
      const status = await investigations.start(investigationTarget, playbook, { ...investigationOptionsOf(driver, tuning), shell: options.shell ?? 'app' });
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
    'investigation.snapshot': async () => ({ report: investigations.snapshot() }),
    'prompt.answer': async ({ promptId, answer }) => {
      prompts.answer(promptId, answer);
      return { ok: true as const };
    },
    ...createProfileHandlers(settingsDir),
    ...createLocalDebuggerHandlers(),
    ...createTranscriptHandlers({
      entries: () => transcript.entries,
      wholeOutputOf: (entry) => transcript.wholeOutputOf(entry),
      // Without a settings folder: the transcript's own temp folder (kept until the next target).
      exportDir: () => options.transcriptDir ?? (settingsDir ? path.join(settingsDir, 'transcripts') : transcript.ownFolder()),
      lastState: () => session?.state ?? lastState,
      openTranscriptText,
    }),
    ...createSourceFileHandlers(settingsDir, () => {
      // Source folders on the SSH host are read over the session's own connection.
      const ssh = transport;
      return ssh instanceof SshTransport ? (file, maxBytes) => ssh.readRemoteFile(file, maxBytes) : null;
    }),
    ...createSavedSecretHandlers(secretStore),
    ...createKnownHostHandlers(settingsDir),
    ...createShellCapabilityHandlers({ rememberSecrets: () => secretStore.persistent }),
  };

  return {
    handlers,
    onEvent(listener) {
      listeners.add(listener);
      if (listeners.size === 1) outbox.resetReceiver();
      return () => {
        listeners.delete(listener);
        // Nobody left to wait for: let the debugger's output flow again.
        if (listeners.size === 0) readPressure.update(0);
      };
    },
    get session() {
      return session;
    },
    get investigationTarget() {
      return investigationTarget;
    },
    get transcript() {
      return transcript.entries;
    },
    get consoleFlow() {
      return {
        heldChars: outbox.pendingChars,
        unacknowledgedChars: outbox.unacknowledgedChars,
        readingPaused: readPressure.paused,
        pauseCount: readPressure.pauseCount,
      };
    },
    openTranscriptText,
    dispose: async () => {
      await disconnect();
      transcript.removeFiles();
    },
  };
}
