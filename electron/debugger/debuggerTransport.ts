// A byte pipe to a running debugger: local child process or an SSH channel.
// Sessions only see this interface, so framing and states are transport-agnostic.
import type { DebuggerEncoding, FailureDetail } from '../contract';

export interface TransportExit {
  /** Why the pipe closed, phrased for the user ("kd.exe exited with code 1: …"): the CLI's and the logs' English. */
  reason: string;
  /** The same reason typed (exited {name, exitCode}, killed {signal}, closed-by-user, link-lost …): what the UI translates. */
  detail: FailureDetail;
  /** True when the user asked for it (disconnect), false when it died. */
  expected: boolean;
  /** The network link died (the debugger may still be running remotely): worth reconnecting. */
  linkLost?: boolean;
}

export interface TransportHandlers {
  data(chunk: Uint8Array): void;
  /** Diagnostic text the debugger wrote outside its command stream (stderr). */
  diagnostic(text: string): void;
  exit(exit: TransportExit): void;
}

export interface DebuggerTransport {
  /** Short description for state messages, e.g. "kdsim mydriver-x86" or "kd.exe on lab01". */
  readonly description: string;
  /**
   * Starts the debugger; rejects with an actionable message (missing executable, auth failure…),
   * typed where the transport knows why (a TransportStartError's `detail`, an SshConnectError's `failure`).
   */
  start(handlers: TransportHandlers): Promise<void>;
  /**
   * The encoding of the debugger's output and input, known once `start` has
   * spawned it (detected from the host or configured); absent means UTF-8.
   */
  readonly encoding?: DebuggerEncoding;
  /** Text (UTF-8) or bytes already encoded for the debugger's code page. */
  write(data: string | Uint8Array): void;
  /** Ctrl+C / Ctrl+Break equivalent: break into the target or abort the running command. */
  interrupt(): Promise<void>;
  /** Ends the debugger (asks nicely with `q` first where possible). */
  close(): Promise<void>;
  /**
   * Stop / start reading the debugger's output (backpressure, readBackpressure.ts): while
   * paused the pipe or SSH window fills and the debugger waits to write. Optional: a
   * transport without them (a replay) is never paused.
   */
  pauseReading?(): void;
  resumeReading?(): void;
}

/** A debugger that could not be started, with the reason typed (not-found, could-not-start). */
export class TransportStartError extends Error {
  constructor(
    message: string,
    readonly detail: FailureDetail,
  ) {
    super(message);
    this.name = 'TransportStartError';
  }
}
