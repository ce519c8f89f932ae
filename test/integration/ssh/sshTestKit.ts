// Builds SshTransports and sessions against the test sshd, running kdsim as
// the remote debugger, with recording credential/host-key callbacks.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DebuggerSession, type SessionObserver } from '../../../electron/debugger/debuggerSession';
import type { SessionState } from '../../../electron/contract';
import type { TranscriptEntry } from '../../../electron/debugger/transcriptEntry';
import type { CredentialProvider, CredentialRequest } from '../../../electron/debugger/ssh/credentialProvider';
import { createHostKeyVerifier, type HostKeyDecision, type HostKeyPromptRequest } from '../../../electron/debugger/ssh/hostKeyVerifier';
import type { SshAuthSpec } from '../../../electron/debugger/ssh/sshAuthenticator';
import { SshTransport, type SshTransportOptions } from '../../../electron/debugger/ssh/sshTransport';
import { ownCliLauncher } from '../../../electron/service/nodeEntryPoints';
import { KnownHostsStore } from '../../../electron/settings/knownHostsStore';
import type { SshTestServer } from '../sshHarness/opensshServer';

/** The remote debugger: kdsim started the way a packaged CLI would be, by absolute paths (sshd passes no environment). */
export function kdsimArgv(scenario: string, ...extra: string[]): string[] {
  return [...ownCliLauncher().argvPrefix, 'kdsim', '--scenario', scenario, ...extra];
}

export interface CredentialLog {
  passwords: CredentialRequest[];
  passphrases: CredentialRequest[];
  keyboard: CredentialRequest[];
}

export function recordingCredentials(answers: { password?: string; passphrase?: string }): CredentialProvider & { log: CredentialLog } {
  const log: CredentialLog = { passwords: [], passphrases: [], keyboard: [] };
  return {
    log,
    async askPassword(request) {
      log.passwords.push(request);
      return answers.password ?? null;
    },
    async askPassphrase(request) {
      log.passphrases.push(request);
      return answers.passphrase ?? null;
    },
    async answerKeyboardInteractive(request) {
      log.keyboard.push(request);
      return request.prompts.map(() => answers.password ?? '');
    },
  };
}

export interface KitOptions {
  auth?: SshAuthSpec;
  password?: string;
  passphrase?: string;
  hostKeyDecision?: HostKeyDecision;
  /** Folder for the app's known-hosts store (shared between connections of one test). */
  settingsDir?: string;
  scenario?: string;
  extraArgs?: string[];
  transport?: Partial<SshTransportOptions>;
}

const createdDirs: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  createdDirs.push(dir);
  return dir;
}

/** Removes every folder made with tempDir (call from afterAll). */
export function removeTempDirs(): void {
  for (const dir of createdDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Everything a test may want to look at after a connection. */
export interface Connection {
  transport: SshTransport;
  session: DebuggerSession;
  prompts: HostKeyPromptRequest[];
  credentials: ReturnType<typeof recordingCredentials>;
  states: SessionState[];
  console: string[];
  transcript: TranscriptEntry[];
  transportLog: string[];
  knownHosts: KnownHostsStore;
}

export function connection(server: SshTestServer, options: KitOptions = {}): Connection {
  const prompts: HostKeyPromptRequest[] = [];
  const credentials = recordingCredentials({ password: options.password ?? server.password, passphrase: options.passphrase ?? server.passphrase });
  const knownHosts = new KnownHostsStore({ cwd: options.settingsDir ?? tempDir('psl-kh-') });
  const hostKeys = createHostKeyVerifier({
    openSshKnownHostsFiles: [], // the test must not depend on the machine's ~/.ssh
    readFile: (f) => readFile(f, 'utf8'),
    appStore: knownHosts,
    prompt: async (request) => {
      prompts.push(request);
      return options.hostKeyDecision ?? 'accept-once';
    },
  });
  const transportLog: string[] = [];
  const transport = new SshTransport({
    host: server.host,
    port: server.port,
    user: server.user,
    auth: options.auth ?? { method: 'key', identityFile: server.clientKeyFile },
    remoteArgv: kdsimArgv(options.scenario ?? 'mydriver-x86', ...(options.extraArgs ?? [])),
    credentials,
    hostKeys,
    log: (line) => transportLog.push(line),
    ...options.transport,
  });
  const states: SessionState[] = [];
  const consoleText: string[] = [];
  const transcript: TranscriptEntry[] = [];
  const observer: SessionObserver = {
    state: (s) => states.push(s),
    console: (t) => consoleText.push(t),
    transcript: (e) => transcript.push(e),
  };
  const session = new DebuggerSession(transport, observer, { commandTimeoutMs: 60_000, startupTimeoutMs: 60_000 });
  return { transport, session, prompts, credentials, states, console: consoleText, transcript, transportLog, knownHosts };
}

/** Resolves when the session reaches a state (or throws if it ends in another final state first). */
export function stateReached(conn: Connection, wanted: SessionState['state'][]): Promise<SessionState> {
  return new Promise((resolve) => {
    const check = () => {
      const current = conn.session.state;
      if (wanted.includes(current.state)) return resolve(current);
      setTimeout(check, 20);
    };
    check();
  });
}

/** Resolves once the console has shown text matching `pattern`. */
export function consoleShows(conn: Connection, pattern: RegExp): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (pattern.test(conn.console.join('')) ? resolve() : setTimeout(check, 20));
    check();
  });
}

export function hostKeyBlob(server: SshTestServer): Buffer {
  return Buffer.from(server.hostPublicKey.split(' ')[1]!, 'base64');
}

export function readText(file: string): string {
  return readFileSync(file, 'latin1');
}
