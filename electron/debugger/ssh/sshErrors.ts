// Turns ssh2 / socket failures into messages a user can act on, and marks
// which ones are worth retrying (reconnect) and which are not. Each message is
// typed (contract/failureMessages.ts: a code + params the UI translates); its
// English, from the same table, is the error's message (CLI, MCP).
import { failureDetailText, failureText, type FailureCode, type FailureDetail, type FailureMessage } from '../../contract';

export type SshFailureKind = 'unreachable' | 'timeout' | 'auth' | 'cancelled' | 'host-key' | 'key-file' | 'link-lost' | 'remote-command' | 'protocol';

export class SshConnectError extends Error {
  /** The message typed; absent only for an error that came in as bare text. */
  readonly failure?: FailureMessage;

  constructor(
    message: FailureMessage | string,
    readonly kind: SshFailureKind,
  ) {
    super(typeof message === 'string' ? message : failureText(message));
    if (typeof message !== 'string') this.failure = message;
    this.name = 'SshConnectError';
  }

  /** A reconnect can help only when the network or the server was the problem. */
  get retryable(): boolean {
    return this.kind === 'unreachable' || this.kind === 'timeout' || this.kind === 'link-lost';
  }
}

/** Socket error codes → the typed "cannot reach" message. */
const socketFailures: Record<string, FailureCode> = {
  ECONNREFUSED: 'ssh-refused',
  ETIMEDOUT: 'ssh-no-answer',
  EHOSTUNREACH: 'ssh-host-unreachable',
  ENETUNREACH: 'ssh-network-unreachable',
  ENOTFOUND: 'ssh-unknown-host',
  EAI_AGAIN: 'ssh-dns-temporary',
  ECONNRESET: 'ssh-reset',
  EPIPE: 'ssh-closed-by-server',
};

/** An error raised while connecting (before the debugger runs). */
export function describeConnectFailure(err: unknown, host: string, port: number): SshConnectError {
  if (err instanceof SshConnectError) return err;
  const e = err as NodeJS.ErrnoException & { level?: string };
  const target = `${host}:${port}`;
  const socketFailure = e.code ? socketFailures[e.code] : undefined;
  if (socketFailure) return new SshConnectError({ code: socketFailure, params: { target } }, 'unreachable');
  if (e.level === 'client-timeout') return new SshConnectError({ code: 'ssh-handshake-timed-out', params: { target } }, 'timeout');
  const error = e.message ?? String(err);
  if (/handshake failed|no matching/i.test(error)) return new SshConnectError({ code: 'ssh-handshake-failed', params: { target, error } }, 'protocol');
  return new SshConnectError({ code: 'ssh-failed', params: { target, error } }, 'protocol');
}

/** Why a link that was up died (keepalive, reset…), typed: the transport's exit reason. */
export function linkLossDetail(err: Error | null, host: string, port: number): FailureDetail {
  const target = `${host}:${port}`;
  if (!err) return { code: 'link-closed', params: { target } };
  const e = err as NodeJS.ErrnoException & { level?: string };
  if (/keepalive/i.test(e.message)) return { code: 'link-keepalive', params: { target } };
  const socketFailure = e.code ? socketFailures[e.code] : undefined;
  // The socket's reason in the words of the "cannot reach" message, without its "Cannot reach host:port: ".
  const error = socketFailure ? failureText({ code: socketFailure, params: { target } }).slice(`Cannot reach ${target}: `.length) : e.message;
  return { code: 'link-lost', params: { target, error } };
}

/** An error on a link that was up, in English (the exit reason's text and a full stop). */
export function describeLinkLoss(err: Error | null, host: string, port: number): string {
  return `${failureDetailText(linkLossDetail(err, host, port))}.`;
}
