// The demo target (kdsim) in an Electron utilityProcess: a Node process Electron
// starts itself, so the packaged app needs no ELECTRON_RUN_AS_NODE (a fuse turns that
// off). Output arrives on its stdout pipe; commands and Ctrl+C go over its message port
// (a utility process has no stdin). Sessions see the same DebuggerTransport as for kd.
import type { ForkOptions } from 'electron';
import { failureDetailText, type DebuggerEncoding } from '../contract';
import type { DebuggerTransport, TransportHandlers } from '../debugger/debuggerTransport';
import { processExitDetail } from '../debugger/localProcessTransport';
import type { KdsimPortMessage } from './kdsimPortMessages';

/** The part of Electron's UtilityProcess this uses. */
export interface UtilityChild {
  readonly stdout: NodeJS.ReadableStream | null;
  readonly stderr: NodeJS.ReadableStream | null;
  postMessage(message: KdsimPortMessage): void;
  kill(): boolean;
  once(event: 'spawn', listener: () => void): unknown;
  once(event: 'exit', listener: (code: number) => void): unknown;
}

export type UtilityFork = (modulePath: string, args: string[], options: ForkOptions) => UtilityChild;

export interface UtilityProcessTransportOptions {
  fork: UtilityFork;
  modulePath: string;
  args: string[];
  execArgv?: string[];
  env?: Record<string, string | undefined>;
  description: string;
  /** The code page kdsim was told to write (`--encoding`); the session decodes with it. */
  encoding?: DebuggerEncoding;
}

const stderrTailLimit = 2000;
const closeGraceMs = 2000;

export class UtilityProcessTransport implements DebuggerTransport {
  readonly description: string;
  readonly encoding: DebuggerEncoding;
  private child: UtilityChild | null = null;
  private exited = false;
  private closing = false;
  private stderrTail = '';
  private exitPromise: Promise<void> = Promise.resolve();

  constructor(private readonly options: UtilityProcessTransportOptions) {
    this.description = options.description;
    this.encoding = options.encoding ?? 'utf-8';
  }

  async start(handlers: TransportHandlers): Promise<void> {
    const child = this.options.fork(this.options.modulePath, this.options.args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: this.options.env,
      execArgv: this.options.execArgv,
      serviceName: 'PoolSleuth demo target (kdsim)',
    });
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => handlers.data(chunk));
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text: string) => {
      this.stderrTail = (this.stderrTail + text).slice(-stderrTailLimit);
      handlers.diagnostic(text);
    });
    let spawned = false;
    await new Promise<void>((resolve, reject) => {
      this.exitPromise = new Promise<void>((exitResolve) => {
        child.once('exit', (code) => {
          this.exited = true;
          exitResolve();
          if (!spawned) {
            reject(new Error(`Could not start the ${this.description} (exit code ${code}).`));
            return;
          }
          const tail = this.stderrTail.trim().split('\n').slice(-3).join(' | ');
          const detail = processExitDetail(this.description, code, null, tail);
          handlers.exit({ reason: failureDetailText(detail), detail, expected: this.closing });
        });
      });
      child.once('spawn', () => {
        spawned = true;
        resolve();
      });
    });
  }

  /** Backpressure: kdsim's stdout pipe fills and it waits to write (readBackpressure.ts). */
  pauseReading(): void {
    this.child?.stdout?.pause();
  }

  resumeReading(): void {
    this.child?.stdout?.resume();
  }

  /** Text, or bytes already encoded for kdsim's code page; both cross the port as they are. */
  write(data: string | Uint8Array): void {
    if (!this.child || this.exited) return;
    this.child.postMessage({ type: 'stdin', data });
  }

  async interrupt(): Promise<void> {
    if (!this.child || this.exited) return;
    this.child.postMessage({ type: 'interrupt' });
  }

  async close(): Promise<void> {
    const child = this.child;
    if (!child || this.exited) return;
    this.closing = true;
    this.write('q\n');
    child.postMessage({ type: 'end' });
    const timer = setTimeout(() => child.kill(), closeGraceMs);
    await this.exitPromise;
    clearTimeout(timer);
  }
}
