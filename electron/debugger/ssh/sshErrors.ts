// Turns ssh2 / socket failures into messages a user can act on, and marks
// which ones are worth retrying (reconnect) and which are not.

export type SshFailureKind = 'unreachable' | 'timeout' | 'auth' | 'cancelled' | 'host-key' | 'key-file' | 'link-lost' | 'remote-command' | 'protocol';

export class SshConnectError extends Error {
  constructor(
    message: string,
    readonly kind: SshFailureKind,
  ) {
    super(message);
    this.name = 'SshConnectError';
  }

  /** A reconnect can help only when the network or the server was the problem. */
  get retryable(): boolean {
    return this.kind === 'unreachable' || this.kind === 'timeout' || this.kind === 'link-lost';
  }
}

const socketReasons: Record<string, string> = {
  ECONNREFUSED: 'connection refused (is the OpenSSH server running and listening on that port?)',
  ETIMEDOUT: 'no answer (timed out; check the address, VPN and firewall)',
  EHOSTUNREACH: 'host unreachable (check the network route or VPN)',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'unknown host name (DNS lookup failed)',
  EAI_AGAIN: 'host name lookup failed temporarily (DNS)',
  ECONNRESET: 'the connection was reset by the server',
  EPIPE: 'the connection was closed by the server',
};

/** An error raised while connecting (before the debugger runs). */
export function describeConnectFailure(err: unknown, host: string, port: number): SshConnectError {
  if (err instanceof SshConnectError) return err;
  const e = err as NodeJS.ErrnoException & { level?: string };
  const target = `${host}:${port}`;
  if (e.code && socketReasons[e.code]) return new SshConnectError(`Cannot reach ${target}: ${socketReasons[e.code]}`, 'unreachable');
  if (e.level === 'client-timeout') return new SshConnectError(`Cannot reach ${target}: no SSH handshake (timed out).`, 'timeout');
  const message = e.message ?? String(err);
  if (/handshake failed|no matching/i.test(message)) {
    return new SshConnectError(`SSH with ${target} failed during the handshake: ${message}`, 'protocol');
  }
  return new SshConnectError(`SSH connection to ${target} failed: ${message}`, 'protocol');
}

/** An error on a link that was up (keepalive, reset…). */
export function describeLinkLoss(err: Error | null, host: string, port: number): string {
  const target = `${host}:${port}`;
  if (!err) return `The SSH connection to ${target} was closed unexpectedly (server or network dropped it).`;
  const e = err as NodeJS.ErrnoException & { level?: string };
  if (/keepalive/i.test(e.message)) return `The SSH connection to ${target} was lost: the server stopped answering keepalives.`;
  if (e.code && socketReasons[e.code]) return `The SSH connection to ${target} was lost: ${socketReasons[e.code]}.`;
  return `The SSH connection to ${target} was lost: ${e.message}.`;
}
