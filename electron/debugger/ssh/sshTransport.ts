// Runs kd/cdb on a remote host over SSH: one `exec` channel (pipes, no pty)
// carries the debugger's stdin/stdout/stderr. Host key first, credentials
// only after; the remote shell is detected and the argv quoted for it;
// break-in by signal, `kill -INT` or the Windows console-control helper.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Client, type ClientChannel, type ConnectConfig, type SFTPWrapper, type Stats } from 'ssh2';
import { failureDetailText, type DebuggerEncoding, type DebuggerEncodingChoice, type FailureDetail } from '../../contract';
import { encodingFromCodePage } from '../debuggerEncoding';
import type { DebuggerTransport, TransportHandlers } from '../debuggerTransport';
import { buildRemoteBreakCommand } from '../windowsBreakHelper';
import type { AuthenticationOutcome, CredentialProvider } from './credentialProvider';
import { orderHostKeyAlgorithms } from './hostKeyAlgorithms';
import { HostKeyError, type HostKeyVerifier } from './hostKeyVerifier';
import { PhaseTimer } from './phaseTimer';
import { buildRemoteLaunchCommand, remotePidLinePattern } from './remoteLaunchCommand';
import { classifyShellProbeOutput, isWindowsShell, shellProbeCommand } from './remoteShellDetection';
import { quoteArgvForShell, type RemoteShell } from './remoteShellQuoting';
import { SshAuthenticator, type SshAuthSpec } from './sshAuthenticator';
import { processExitDetail } from '../localProcessTransport';
import { describeConnectFailure, linkLossDetail, SshConnectError } from './sshErrors';

export interface SshTransportOptions {
  host: string;
  port: number;
  user: string;
  auth: SshAuthSpec;
  /** The debugger's argv on the remote host (quoted for the detected shell). */
  remoteArgv: string[];
  credentials: CredentialProvider;
  hostKeys: HostKeyVerifier;
  description?: string;
  /** Default 5000 ms × 3: a dead link is noticed within ~15 s. */
  keepaliveIntervalMs?: number;
  keepaliveCountMax?: number;
  /** Limit for TCP connect + handshake + shell probe, not counting time spent waiting for the user. */
  connectTimeoutMs?: number;
  /**
   * How to break in on a POSIX host: 'signal' (SSH signal request; OpenSSH ≥ 8.1
   * servers forward it), 'kill' (`kill -INT <pid>` on a second channel), 'auto'
   * (signal when the server announces OpenSSH ≥ 8.1, else kill). Windows hosts
   * always use the console-control helper.
   */
  posixInterrupt?: 'auto' | 'signal' | 'kill';
  /** Force a shell instead of probing (e.g. a restricted host). */
  remoteShell?: RemoteShell;
  /** The debugger's code page; 'auto' (default) asks the remote host once (ACP on Windows, `locale charmap` on POSIX). */
  encoding?: DebuggerEncodingChoice;
  /** How long `q` may take before the remote process tree is ended (default 3 s). */
  quitGraceMs?: number;
  agentSocket?: string;
  readKeyFile?(file: string): Promise<Buffer>;
  /** Diagnostic lines about the connection (never secrets). */
  log?(line: string): void;
}

interface ExecResult {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

const stderrTailLimit = 2000;

export class SshTransport implements DebuggerTransport {
  readonly description: string;
  private client: Client | null = null;
  private channel: ClientChannel | null = null;
  private shell: RemoteShell | null = null;
  private remotePid: number | null = null;
  private closing = false;
  private exited = false;
  private stderrTail = '';
  private linkError: Error | null = null;
  private channelExit: { code: number | null; signal: string | null } | null = null;
  private outputClosed = false;
  private handlers: TransportHandlers | null = null;
  private currentEncoding: DebuggerEncoding = 'utf-8';

  constructor(private readonly options: SshTransportOptions) {
    const exe = path.win32.basename(options.remoteArgv[0] ?? 'debugger');
    this.description = options.description ?? `${exe} on ${options.host}`;
  }

  get encoding(): DebuggerEncoding {
    return this.currentEncoding;
  }

  /** The detected remote shell (after start). */
  get remoteShell(): RemoteShell | null {
    return this.shell;
  }

  /** The debugger's process id on the remote host (after start). */
  get remoteProcessId(): number | null {
    return this.remotePid;
  }

  async start(handlers: TransportHandlers): Promise<void> {
    this.handlers = handlers;
    const client = await this.connect();
    this.client = client;
    client.on('error', (err) => {
      this.linkError = err;
    });
    client.on('close', () => this.finish());
    try {
      this.shell = this.options.remoteShell ?? (await this.detectShell());
      this.log(`remote shell: ${this.shell}`);
      const choice = this.options.encoding ?? 'auto';
      this.currentEncoding = choice === 'auto' ? await this.detectEncoding(this.shell) : choice;
      this.log(`debugger encoding: ${this.currentEncoding}${choice === 'auto' ? ' (asked the host)' : ' (from the profile)'}`);
      const command = buildRemoteLaunchCommand(this.shell, this.options.remoteArgv);
      this.channel = await this.openExec(command);
    } catch (err) {
      this.closing = true;
      client.end();
      throw err instanceof SshConnectError ? err : new SshConnectError({ code: 'ssh-remote-start-failed', params: { host: this.options.host, error: (err as Error).message } }, 'remote-command');
    }
    this.wireChannel(this.channel, handlers);
  }

  /** Backpressure: a paused channel stops granting window, so the remote kd waits to write (readBackpressure.ts). */
  pauseReading(): void {
    this.channel?.pause();
  }

  resumeReading(): void {
    this.channel?.resume();
  }

  write(data: string | Uint8Array): void {
    const channel = this.channel;
    if (!channel || this.exited || channel.destroyed || !channel.writable) return;
    channel.write(data);
  }

  /**
   * Reads a file on the host over SFTP on the live connection (the source
   * viewer). Refuses anything but a regular file of at most `maxBytes`.
   */
  async readRemoteFile(remotePath: string, maxBytes: number): Promise<Buffer> {
    const client = this.client;
    if (!client || this.exited) throw new Error('The SSH connection is closed.');
    const sftp = await new Promise<SFTPWrapper>((resolve, reject) => client.sftp((err, s) => (err ? reject(err) : resolve(s))));
    try {
      const stats = await new Promise<Stats>((resolve, reject) => sftp.stat(remotePath, (err, s) => (err ? reject(err) : resolve(s))));
      if (!stats.isFile()) throw Object.assign(new Error(`${remotePath} is not a file`), { code: 2 });
      if (stats.size > maxBytes) throw Object.assign(new Error(`${remotePath} is larger than ${maxBytes} bytes`), { code: 'too-large' });
      return await new Promise<Buffer>((resolve, reject) => sftp.readFile(remotePath, (err, data) => (err ? reject(err) : resolve(data))));
    } finally {
      sftp.end();
    }
  }

  async interrupt(): Promise<void> {
    if (!this.channel || this.exited) return;
    if (this.shell && isWindowsShell(this.shell)) {
      const pid = this.requirePid();
      const result = await this.exec(buildRemoteBreakCommand(this.shell, pid));
      if (result.code !== 0) {
        throw new Error(`The break helper on ${this.options.host} failed (exit ${result.code}): ${(result.stderr || result.stdout).trim().slice(0, 300)}`);
      }
      return;
    }
    const method = this.options.posixInterrupt ?? 'auto';
    if (method === 'signal' || (method === 'auto' && this.serverForwardsSignals())) {
      this.channel.signal('INT');
      return;
    }
    const result = await this.exec(`kill -INT ${this.requirePid()}`);
    // Some servers close the channel without an exit status under load; only a
    // reported failure is one (the session's resync marker shows whether kd broke).
    if (result.code !== null && result.code !== 0) {
      throw new Error(`Could not interrupt the debugger on ${this.options.host}: ${result.stderr.trim() || `kill exited with ${result.code}`}`);
    }
  }

  /**
   * `q`, a grace period, then the debugger's process tree on the host is ended
   * (the PowerShell wrapper's child too). The channel's stdin is never sent EOF
   * while the debugger lives: kd/cdb at EOF have been reported to spin.
   */
  async close(): Promise<void> {
    const client = this.client;
    if (!client || this.exited) return;
    this.closing = true;
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    const channel = this.channel;
    if (channel && channel.writable && !channel.destroyed) {
      const quit = new Promise<boolean>((resolve) => channel.once('close', () => resolve(true)));
      channel.write(this.currentEncoding === 'utf-16le' ? Buffer.from('q\n', 'utf16le') : 'q\n');
      const quitInTime = await Promise.race([quit, delay(this.options.quitGraceMs ?? 3000).then(() => false)]);
      if (quitInTime) this.log('the remote debugger quit on q');
      else {
        await this.endRemoteTree().catch((err: unknown) => this.log(`could not end the remote debugger: ${(err as Error).message}`));
        await Promise.race([quit, delay(3000)]);
      }
    }
    client.end();
    await Promise.race([closed, delay(5000)]);
  }

  /** Ends the debugger and what it started on the host (kd under the PowerShell wrapper; a POSIX process group). */
  private async endRemoteTree(): Promise<void> {
    const pid = this.remotePid;
    if (pid === null || !this.client) return;
    const command =
      this.shell && isWindowsShell(this.shell)
        ? quoteArgvForShell(this.shell, ['taskkill', '/PID', String(pid), '/T', '/F'])
        : // The launch `exec`s the debugger in the session's process group: the group goes, then the process.
          `kill -KILL -- -${pid} 2>/dev/null || kill -KILL ${pid}`;
    const result = await this.exec(command);
    this.log(`ended the remote debugger (pid ${pid}): exit ${result.code}`);
  }

  /** The host's code page, asked once: Windows ANSI code page (what kd writes to a pipe) or the POSIX charmap. */
  private async detectEncoding(shell: RemoteShell): Promise<DebuggerEncoding> {
    const command = isWindowsShell(shell) ? 'reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage /v ACP' : 'locale charmap';
    try {
      const result = await this.exec(command, 4096);
      const text = result.stdout.trim();
      const value = isWindowsShell(shell) ? /ACP\s+REG_SZ\s+(\d+)/.exec(text)?.[1] : text.split('\n')[0];
      const encoding = value ? encodingFromCodePage(value) : null;
      if (!encoding) this.log(`the host's code page '${value ?? text.slice(0, 40)}' is not supported; decoding UTF-8 (set the encoding in the profile)`);
      return encoding ?? 'utf-8';
    } catch (err) {
      this.log(`could not ask the host's code page (${(err as Error).message}); decoding UTF-8`);
      return 'utf-8';
    }
  }

  private log(line: string): void {
    this.options.log?.(line);
  }

  private requirePid(): number {
    if (this.remotePid === null) throw new Error(`The debugger's process id on ${this.options.host} is not known, so it cannot be interrupted.`);
    return this.remotePid;
  }

  private serverForwardsSignals(): boolean {
    // ssh2 keeps the server's ident ("OpenSSH_9.2p1 Debian-2") on the client.
    const ident = (this.client as unknown as { _remoteVer?: string } | null)?._remoteVer ?? '';
    const m = /^OpenSSH_(\d+)\.(\d+)/.exec(ident);
    if (!m || /for_Windows/i.test(ident)) return false;
    const [major, minor] = [Number(m[1]), Number(m[2])];
    return major > 8 || (major === 8 && minor >= 1);
  }

  private async connect(): Promise<Client> {
    const { host, port, user } = this.options;
    const knownTypes = await this.options.hostKeys.knownKeyTypes(host, port).catch(() => [] as string[]);
    const client = new Client();
    let hostKeyFailure: Error | null = null;
    let hostKeyAccepted = false;
    let settle: ((err: Error | null) => void) | null = null;
    const done = new Promise<void>((resolve, reject) => {
      settle = (err) => {
        settle = null;
        timer.stop();
        if (err) reject(err);
        else resolve();
      };
    });
    const timer = new PhaseTimer(this.options.connectTimeoutMs ?? 20_000, () => {
      const seconds = String(Math.round((this.options.connectTimeoutMs ?? 20_000) / 1000));
      settle?.(new SshConnectError({ code: 'ssh-handshake-timeout', params: { target: `${host}:${port}`, seconds } }, 'timeout'));
      client.destroy();
    });
    const authenticator = new SshAuthenticator({
      host,
      port,
      user,
      auth: this.options.auth,
      credentials: this.options.credentials,
      readFile: this.options.readKeyFile ?? ((file) => readFile(file)),
      agentSocket: this.options.agentSocket,
      whilePrompting: (question) => timer.whilePaused(question),
    });

    client.on('ready', () => settle?.(null));
    client.on('error', (err: Error & { level?: string }) => {
      if (!settle) return;
      if (hostKeyFailure) settle(hostKeyFailure);
      else if (err.level === 'client-authentication') settle(authenticator.failureError());
      else settle(describeConnectFailure(err, host, port));
    });
    client.on('close', () =>
      settle?.(hostKeyFailure ?? new SshConnectError({ code: hostKeyAccepted ? 'ssh-server-closed-during-auth' : 'ssh-server-closed', params: { target: `${host}:${port}` } }, 'protocol')),
    );

    const config: ConnectConfig = {
      host,
      port,
      username: user,
      readyTimeout: 0, // our PhaseTimer, which pauses while the user answers
      keepaliveInterval: this.options.keepaliveIntervalMs ?? 5000,
      keepaliveCountMax: this.options.keepaliveCountMax ?? 3,
      algorithms: { serverHostKey: orderHostKeyAlgorithms(knownTypes) as never },
      hostVerifier: (key: Buffer, verify: (valid: boolean) => void) => {
        timer
          .whilePaused(this.options.hostKeys.verify(host, port, key))
          .then((accepted) => {
            hostKeyAccepted = true;
            this.log(`host key accepted: ${accepted.keyType} ${accepted.fingerprintSha256}`);
            verify(true);
          })
          .catch((err: unknown) => {
            hostKeyFailure =
              err instanceof HostKeyError
                ? new SshConnectError(err.failure, err.kind === 'cancelled' ? 'cancelled' : 'host-key')
                : new SshConnectError({ code: 'ssh-host-key-check-failed', params: { target: `${host}:${port}`, error: (err as Error).message } }, 'host-key');
            verify(false);
          });
      },
      authHandler: authenticator.handler,
    };
    timer.start();
    client.connect(config);
    try {
      await done;
    } catch (err) {
      // A server that hangs up after a credential was sent (MaxAuthTries) refused it, too.
      const refused = err instanceof SshConnectError && (err.kind === 'auth' || (err.kind === 'protocol' && authenticator.asked));
      await this.settleCredentials(refused ? 'rejected' : 'unfinished');
      throw err;
    }
    await this.settleCredentials('accepted');
    return client;
  }

  /** Tells the credential provider how authentication ended (it may remember or forget a secret); never fails the connection. */
  private async settleCredentials(outcome: AuthenticationOutcome): Promise<void> {
    try {
      await this.options.credentials.authenticationSettled?.(outcome);
    } catch {
      // A provider that cannot save or forget a secret must not turn a connection into a failure.
    }
  }

  private openExec(command: string): Promise<ClientChannel> {
    return new Promise((resolve, reject) => {
      const client = this.client;
      if (!client) return reject(new Error('Not connected.'));
      client.exec(command, {}, (err, channel) => (err ? reject(err) : resolve(channel)));
    });
  }

  /** Runs a short command on its own channel and collects its output. */
  private async exec(command: string, limitBytes = 64 * 1024): Promise<ExecResult> {
    const channel = await this.openExec(command);
    return new Promise((resolve) => {
      let stdout = '';
      let stderr = '';
      let code: number | null = null;
      let signal: string | null = null;
      channel.on('data', (d: Buffer) => {
        if (stdout.length < limitBytes) stdout += d.toString('utf8');
      });
      channel.stderr.on('data', (d: Buffer) => {
        if (stderr.length < limitBytes) stderr += d.toString('utf8');
      });
      channel.on('exit', (c: number | null, s?: string) => {
        code = c;
        signal = s ?? null;
      });
      channel.on('close', () => resolve({ code, signal, stdout, stderr }));
      channel.end();
    });
  }

  private async detectShell(): Promise<RemoteShell> {
    const result = await this.exec(shellProbeCommand);
    return classifyShellProbeOutput(result.stdout + '\n' + result.stderr);
  }

  private wireChannel(channel: ClientChannel, handlers: TransportHandlers): void {
    channel.on('data', (chunk: Buffer) => handlers.data(chunk));
    // EOF on the channel: the debugger closed its output. One that lives on is ended.
    channel.on('end', () => {
      const timer = setTimeout(() => {
        if (this.exited || this.channelExit) return;
        this.log('the debugger closed its output but kept running; ending it');
        this.outputClosed = true;
        void this.endRemoteTree()
          .catch(() => undefined)
          .finally(() => this.finish());
      }, 1000);
      channel.once('close', () => clearTimeout(timer));
    });
    let pending = '';
    let pidSeen = false;
    channel.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (pidSeen) return this.diagnostic(text);
      // Strip the wrapper's `PSPID:<pid>` line; everything else is the debugger's stderr.
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      const passOn: string[] = [];
      for (const line of lines) {
        const m = pidSeen ? null : remotePidLinePattern.exec(line);
        if (m) {
          this.remotePid = Number(m[1]);
          pidSeen = true;
          this.log(`remote debugger pid ${this.remotePid}`);
        } else passOn.push(line + '\n');
      }
      if (pidSeen || pending.length > 4096) {
        passOn.push(pending);
        pending = '';
      }
      if (passOn.length) this.diagnostic(passOn.join(''));
    });
    channel.on('exit', (code: number | null, signal?: string) => {
      this.channelExit = { code, signal: signal ?? null };
    });
    channel.on('close', () => this.finish());
    // Writing after the remote side closed must not throw into the session.
    channel.on('error', () => undefined);
  }

  private diagnostic(text: string): void {
    if (!text) return;
    this.stderrTail = (this.stderrTail + text).slice(-stderrTailLimit);
    this.handlers?.diagnostic(text);
  }

  /** Reports the end exactly once: the debugger exited, or the link died. */
  private finish(): void {
    if (this.exited || !this.handlers) return;
    if (!this.channel) return; // still starting: start() reports failures itself
    this.exited = true;
    const { host, port } = this.options;
    let detail: FailureDetail;
    if (this.closing) {
      detail = { code: 'closed-by-user' };
    } else if (this.outputClosed) {
      detail = { code: 'closed-output', params: { name: this.description } };
    } else if (this.channelExit) {
      const { code, signal } = this.channelExit;
      const tail = this.stderrTail.trim().split('\n').slice(-3).join(' | ');
      detail = processExitDetail(this.description, code, signal && !signal.startsWith('SIG') ? `SIG${signal}` : signal, tail);
    } else {
      detail = linkLossDetail(this.linkError, host, port);
    }
    // Sentences end with a full stop; "… exited with code 1: <stderr>" quotes the debugger's words as they were.
    const reason = ['exited', 'exited-saying', 'killed', 'killed-saying'].includes(detail.code) ? failureDetailText(detail) : `${failureDetailText(detail)}.`;
    this.client?.end();
    this.handlers.exit({ reason, detail, expected: this.closing, linkLost: !this.closing && !this.channelExit && !this.outputClosed });
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}
