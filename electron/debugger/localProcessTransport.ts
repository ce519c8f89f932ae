// Runs kd/cdb (or kdsim) as a child process over pipes: argv array, never a shell.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import type { DebuggerTransport, TransportHandlers } from './debuggerTransport';
import { findExecutable } from './executableLookup';
import { inlineBreakHelperArgv } from './windowsBreakHelper';

export interface LocalProcessOptions {
  argv: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Shown in state messages instead of the executable name (e.g. "demo target mydriver-x86"). */
  description?: string;
}

const stderrTailLimit = 2000;

export class LocalProcessTransport implements DebuggerTransport {
  readonly description: string;
  private child: ChildProcessWithoutNullStreams | null = null;
  private closing = false;
  private stderrTail = '';

  constructor(private readonly options: LocalProcessOptions) {
    const executable = options.argv[0] ?? '';
    this.description = options.description ?? path.basename(executable);
  }

  async start(handlers: TransportHandlers): Promise<void> {
    const [command, ...args] = this.options.argv;
    if (!command) throw new Error('No debugger command line given.');
    const executable = findExecutable(command);
    if (!executable) {
      throw new Error(
        `Debugger not found: '${command}'. Check the path to kd.exe/cdb.exe (Windows Kits\\10\\Debuggers\\x64) or pick the demo target.`,
      );
    }
    const child = spawn(executable, args, {
      cwd: this.options.cwd,
      env: this.options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
      windowsHide: true,
    });
    this.child = child;
    child.stdout.on('data', (chunk: Buffer) => handlers.data(chunk));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      this.stderrTail = (this.stderrTail + text).slice(-stderrTailLimit);
      handlers.diagnostic(text);
    });
    // Writing to a dead child raises EPIPE on stdin; the exit handler reports it.
    child.stdin.on('error', () => undefined);

    await new Promise<void>((resolve, reject) => {
      child.once('spawn', () => resolve());
      child.once('error', (err) => reject(new Error(`Could not start '${command}': ${err.message}`)));
    });

    child.once('close', (code, signal) => {
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const tail = this.stderrTail.trim().split('\n').slice(-3).join(' | ');
      handlers.exit({
        reason: `${this.description} ${how}${tail ? `: ${tail}` : ''}`,
        expected: this.closing,
      });
    });
  }

  write(text: string): void {
    if (!this.child || this.child.stdin.destroyed) return;
    this.child.stdin.write(text);
  }

  async interrupt(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    if (process.platform !== 'win32') {
      child.kill('SIGINT');
      return;
    }
    // Windows has no SIGINT for a console process: a helper attaches to kd's
    // console and raises Ctrl+C there (see windowsBreakHelper.ts).
    if (child.pid === undefined) return;
    const [helper, ...helperArgs] = inlineBreakHelperArgv(child.pid);
    await new Promise<void>((resolve, reject) => {
      const breaker = spawn(helper!, helperArgs, { stdio: 'ignore', shell: false, windowsHide: true });
      breaker.once('error', (err) => reject(new Error(`Could not run the break helper (powershell.exe): ${err.message}`)));
      breaker.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`The break helper failed with exit code ${code}.`))));
    });
  }

  async close(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.closing = true;
    const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
    this.write('q\n');
    child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(timer);
  }
}
