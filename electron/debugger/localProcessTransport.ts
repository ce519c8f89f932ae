// Runs kd/cdb (or kdsim) as a child process over pipes: argv array, never a shell.
//
// Its stdin is never closed while it lives: kd/cdb with stdin at EOF have been
// reported to spin and grow the host's non-paged pool. Disconnect writes `q`, waits,
// then ends the whole process tree. A debugger that closes its output but keeps
// running is ended too, so the session learns about it instead of waiting forever.
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { failureDetailText, type DebuggerEncoding, type DebuggerEncodingChoice, type FailureDetail } from '../contract';
import { encodingFromCodePage } from './debuggerEncoding';
import { TransportStartError, type DebuggerTransport, type TransportHandlers } from './debuggerTransport';
import { findExecutable } from './executableLookup';
import { localBreakMethod, localSpawnOptions } from './localSpawnOptions';
import { endProcessTree } from './processTreeEnd';
import { telltaleStderr } from './stderrTelltale';
import { buildLocalBreakHelperArgv, inlineBreakHelperArgv } from './windowsBreakHelper';

export interface LocalProcessOptions {
  argv: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Shown in state messages instead of the executable name (e.g. "demo target mydriver-x86"). */
  description?: string;
  /** The pipe's encoding; 'auto' (default) = the host's ANSI code page on Windows, UTF-8 elsewhere. */
  encoding?: DebuggerEncodingChoice;
  /** Windows: the shipped Send-DebuggerBreak.ps1 to run with -File; without it the script is sent inline (-EncodedCommand). */
  breakHelperScript?: string;
  /** How long `q` may take before the process tree is ended (default 3 s). */
  quitGraceMs?: number;
  /** How long a debugger may live on after closing its output before it is ended (default 1 s). */
  closedOutputGraceMs?: number;
}

const stderrTailLimit = 2000;

/** The ANSI code page of this Windows (what kd writes to a pipe); UTF-8 when unknown or not Windows. */
export async function localHostEncoding(): Promise<DebuggerEncoding> {
  if (process.platform !== 'win32') return 'utf-8';
  const output = await new Promise<string>((resolve) => {
    execFile('reg', ['query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage', '/v', 'ACP'], { timeout: 5000, windowsHide: true }, (err, stdout) =>
      resolve(err ? '' : stdout),
    );
  });
  const acp = /ACP\s+REG_SZ\s+(\d+)/.exec(output)?.[1];
  return (acp && encodingFromCodePage(acp)) || 'utf-8';
}

export class LocalProcessTransport implements DebuggerTransport {
  readonly description: string;
  private child: ChildProcessWithoutNullStreams | null = null;
  private closing = false;
  private exitReported = false;
  private stderrTail = '';
  private currentEncoding: DebuggerEncoding = 'utf-8';

  constructor(private readonly options: LocalProcessOptions) {
    const executable = options.argv[0] ?? '';
    this.description = options.description ?? path.basename(executable);
  }

  get encoding(): DebuggerEncoding {
    return this.currentEncoding;
  }

  /** The child's process id (tests check the tree is gone). */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  async start(handlers: TransportHandlers): Promise<void> {
    const [command, ...args] = this.options.argv;
    if (!command) throw new Error('No debugger command line given.');
    const executable = findExecutable(command);
    if (!executable) {
      const detail: FailureDetail = { code: 'not-found', params: { command } };
      throw new TransportStartError(`${failureDetailText(detail)}.`, detail);
    }
    const choice = this.options.encoding ?? 'auto';
    this.currentEncoding = choice === 'auto' ? await localHostEncoding() : choice;
    // Windows: a hidden console of its own (CREATE_NO_WINDOW), so the break helper's
    // Ctrl+C reaches the debugger and nothing of ours. POSIX: its own process group,
    // so ending it ends whatever it started too (localSpawnOptions.ts says why not `detached` on Windows).
    const child = spawn(executable, args, localSpawnOptions(process.platform, this.options.cwd, this.options.env ?? process.env));
    this.child = child;
    const report = (detail: FailureDetail, reason = failureDetailText(detail)): void => {
      if (this.exitReported) return;
      this.exitReported = true;
      handlers.exit({ reason, detail, expected: this.closing });
    };
    child.stdout.on('data', (chunk: Buffer) => handlers.data(chunk));
    child.stdout.on('end', () => {
      // The pipe closed; normally the process exits right after. One that lives on is stuck.
      const timer = setTimeout(() => {
        if (child.exitCode !== null || child.signalCode !== null || this.exitReported) return;
        const detail: FailureDetail = { code: 'closed-output', params: { name: this.description } };
        report(detail, `${failureDetailText(detail)}.`);
        void endProcessTree(child);
      }, this.options.closedOutputGraceMs ?? 1000);
      child.once('exit', () => clearTimeout(timer));
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      this.stderrTail = (this.stderrTail + text).slice(-stderrTailLimit);
      handlers.diagnostic(text);
    });
    // Writing to a dead child raises EPIPE on stdin; the exit handler reports it.
    child.stdin.on('error', () => undefined);

    await new Promise<void>((resolve, reject) => {
      child.once('spawn', () => resolve());
      child.once('error', (err) => {
        const detail: FailureDetail = { code: 'could-not-start', params: { command, error: err.message } };
        reject(new TransportStartError(failureDetailText(detail), detail));
      });
    });

    child.once('close', (code, signal) => report(processExitDetail(this.description, code, signal, telltaleStderr(this.stderrTail))));
  }

  /** Backpressure: the OS pipe fills and kd waits to write (readBackpressure.ts). */
  pauseReading(): void {
    this.child?.stdout.pause();
  }

  resumeReading(): void {
    this.child?.stdout.resume();
  }

  write(data: string | Uint8Array): void {
    if (!this.child || this.child.stdin.destroyed || !this.child.stdin.writable) return;
    this.child.stdin.write(data);
  }

  async interrupt(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    if (localBreakMethod(process.platform) === 'sigint') {
      child.kill('SIGINT');
      return;
    }
    // Windows has no SIGINT for a console process: a helper attaches to kd's
    // console and raises Ctrl+C there (see windowsBreakHelper.ts).
    if (child.pid === undefined) return;
    const breakHelper = this.options.breakHelperScript;
    const [helper, ...helperArgs] = breakHelper ? buildLocalBreakHelperArgv(breakHelper, child.pid) : inlineBreakHelperArgv(child.pid);
    await new Promise<void>((resolve, reject) => {
      const breaker = spawn(helper!, helperArgs, { stdio: 'ignore', shell: false, windowsHide: true });
      breaker.once('error', (err) => reject(new Error(`Could not run the break helper (powershell.exe): ${err.message}`)));
      breaker.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`The break helper failed with exit code ${code}.`))));
    });
  }

  /** `q`, a grace period, then the whole process tree; stdin stays open until the process is gone. */
  async close(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.closing = true;
    const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
    this.write(this.encodedQuit());
    const quit = await Promise.race([exited.then(() => true), delay(this.options.quitGraceMs ?? 3000).then(() => false)]);
    if (quit) return;
    await endProcessTree(child);
    await Promise.race([exited, delay(5000)]);
  }

  private encodedQuit(): string | Uint8Array {
    // `q` and a newline are the same bytes in every code page we support but UTF-16LE.
    return this.currentEncoding === 'utf-16le' ? Buffer.from('q\n', 'utf16le') : 'q\n';
  }
}

/** How a debugger process ended, typed: exited {exitCode} or killed {signal}, with its last stderr words when it said any. */
export function processExitDetail(name: string, code: number | null, signal: string | null, stderr: string): FailureDetail {
  if (signal) return stderr ? { code: 'killed-saying', params: { name, signal, stderr } } : { code: 'killed', params: { name, signal } };
  return stderr ? { code: 'exited-saying', params: { name, exitCode: String(code), stderr } } : { code: 'exited', params: { name, exitCode: String(code) } };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}
