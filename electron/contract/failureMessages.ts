// Why a connect failed: a code with its parameters (the typed message the UI translates)
// and, from this one table, the English the CLI, the MCP server and the reply's `message`
// carry. A debugger that did not start also names what happened to it (`detail`: exited
// with a code, killed, not found …), itself typed. Pure: the core, the shells and the
// renderer import it. Same pattern as stepReasons.ts.
import { z } from 'zod';
import { knownMessagePart, wireMessagePart, type MessagePart } from './typedMessageSchema';
import { fillReasonTemplate } from './stepReasons';

const checkDebugger = "Check the debugger's path and command line (kd.exe or cdb.exe with -z <dump>, -k <connection> or -kl).";

export const failureTemplates = {
  'not-a-debugger-printed': `This program did not answer like kd or cdb: {{program}}. It printed: “{{printed}}”. ${checkDebugger}`,
  'not-a-debugger-echoed': `This program did not answer like kd or cdb: {{program}}. It only echoed back what it was sent, with no debugger banner or prompt. ${checkDebugger}`,
  'not-a-debugger-silent': `This program did not answer like kd or cdb: {{program}}. It printed nothing. ${checkDebugger}`,
  'did-not-start-check-path': 'The debugger did not start ({{program}}): {{detail}}. Check the debugger path (the full path to kd.exe or cdb.exe) and that the file exists on that machine.',
  'did-not-start-check-command-line': 'The debugger did not start ({{program}}): {{detail}}. Check the command line: the program path, its arguments and their quoting (a path with spaces needs quotes).',
  /** The detail already says what to check. */
  'did-not-start': 'The debugger did not start ({{program}}): {{detail}}.',
  'unknown-demo-scenario': "Unknown demo scenario '{{scenario}}'. Known: {{known}}.",
  // SSH connect failures (debugger/ssh/sshErrors.ts, sshAuthenticator.ts, sshTransport.ts). `target` is host:port.
  'ssh-refused': 'Cannot reach {{target}}: connection refused (is the OpenSSH server running and listening on that port?)',
  'ssh-no-answer': 'Cannot reach {{target}}: no answer (timed out; check the address, VPN and firewall)',
  'ssh-host-unreachable': 'Cannot reach {{target}}: host unreachable (check the network route or VPN)',
  'ssh-network-unreachable': 'Cannot reach {{target}}: network unreachable',
  'ssh-unknown-host': 'Cannot reach {{target}}: unknown host name (DNS lookup failed)',
  'ssh-dns-temporary': 'Cannot reach {{target}}: host name lookup failed temporarily (DNS)',
  'ssh-reset': 'Cannot reach {{target}}: the connection was reset by the server',
  'ssh-closed-by-server': 'Cannot reach {{target}}: the connection was closed by the server',
  'ssh-handshake-timeout': 'Cannot reach {{target}}: no SSH handshake within {{seconds}} s.',
  'ssh-handshake-timed-out': 'Cannot reach {{target}}: no SSH handshake (timed out).',
  'ssh-handshake-failed': 'SSH with {{target}} failed during the handshake: {{error}}',
  'ssh-failed': 'SSH connection to {{target}} failed: {{error}}',
  'ssh-server-closed': 'The SSH server {{target}} closed the connection.',
  'ssh-server-closed-during-auth': 'The SSH server {{target}} closed the connection during authentication.',
  'ssh-auth-failed': 'Authentication failed for {{user}}@{{target}} (methods tried: {{tried}}).',
  'ssh-auth-method-refused': 'Authentication failed for {{user}}@{{target}}: the server does not accept {{method}} (it offers: {{offered}}; methods tried: {{tried}}).',
  'ssh-auth-cancelled': 'Authentication for {{user}}@{{target}} was cancelled.',
  'ssh-no-agent': 'No SSH agent is running (SSH_AUTH_SOCK is not set). Start ssh-agent and add your key, or use a key file.',
  'ssh-key-file-unreadable': 'Cannot read the key file {{file}}: {{error}}',
  'ssh-key-passphrase-wrong': 'Wrong passphrase for the key file {{file}} ({{attempts}} attempts).',
  'ssh-key-file-unusable': 'The key file {{file}} is not a private key PoolSleuth can use ({{why}}). Use an OpenSSH or PEM private key (not the .pub file).',
  'ssh-host-key-revoked': 'The host key of {{target}} ({{keyType}} {{fingerprint}}) is marked @revoked in {{where}}. The connection was refused.',
  'ssh-host-key-changed-openssh':
    'The host key of {{target}} CHANGED: it now presents {{keyType}} {{fingerprint}}, which differs from the key recorded in {{where}}. This could be a possible man-in-the-middle attack, so the connection was refused and no credentials were sent. If the host was reinstalled or its key regenerated, remove the old key from {{where}} (e.g. {{command}}) and connect again.',
  'ssh-host-key-changed-remembered':
    'The host key of {{target}} CHANGED: it now presents {{keyType}} {{fingerprint}}, which differs from the key recorded in {{where}}. This could be a possible man-in-the-middle attack, so the connection was refused and no credentials were sent. If the host was reinstalled or its key regenerated, remove the old key from {{where}} (a key PoolSleuth remembered when it was accepted; forget it among the known hosts PoolSleuth keeps) and connect again.',
  'ssh-host-key-not-accepted': 'The host key of {{target}} was not accepted; the connection was cancelled.',
  'ssh-host-key-check-failed': 'Could not check the host key of {{target}}: {{error}}',
  'ssh-remote-start-failed': 'Could not start the debugger on {{host}}: {{error}}',
} as const;

/**
 * What happened to a debugger: why one did not start (`{{detail}}` of the did-not-start
 * messages) and why a session's pipe closed (the transports' typed exit reason,
 * `TransportExit.detail`, shown in the console's ending line).
 */
export const failureDetailTemplates = {
  exited: '{{name}} exited with code {{exitCode}}',
  'exited-saying': '{{name}} exited with code {{exitCode}}: {{stderr}}',
  killed: '{{name}} was killed by {{signal}}',
  'killed-saying': '{{name}} was killed by {{signal}}: {{stderr}}',
  'closed-output': '{{name}} closed its output but kept running; it was ended',
  'not-found': "Debugger not found: '{{command}}'. Check the path to kd.exe/cdb.exe (Windows Kits\\10\\Debuggers\\x64) or pick the demo target",
  'could-not-start': "Could not start '{{command}}': {{error}}",
  /** The user's Disconnect closed it (an SSH channel; a local process says how it exited). */
  'closed-by-user': 'Disconnected',
  'replay-closed': 'Replay closed',
  'link-closed': 'The SSH connection to {{target}} was closed unexpectedly (server or network dropped it)',
  'link-keepalive': 'The SSH connection to {{target}} was lost: the server stopped answering keepalives',
  /** `error`: the socket's or ssh2's own words. */
  'link-lost': 'The SSH connection to {{target}} was lost: {{error}}',
  /** Any other reason, in the words it came in (not translated). */
  'as-said': '{{text}}',
} as const;

export type FailureCode = keyof typeof failureTemplates;
export type FailureDetailCode = keyof typeof failureDetailTemplates;
export const failureCodes = Object.keys(failureTemplates) as FailureCode[];
export const failureDetailCodes = Object.keys(failureDetailTemplates) as FailureDetailCode[];

export type FailureDetail = MessagePart<FailureDetailCode>;

export interface FailureMessage extends MessagePart<FailureCode> {
  detail?: FailureDetail;
}

/** A message this build knows: every code in the tables above. */
export const failureMessageSchema = z.strictObject({
  ...knownMessagePart(failureCodes).shape,
  detail: knownMessagePart(failureDetailCodes).optional(),
});

/**
 * On the wire (error replies, session states) any code passes, so a newer core's message
 * never makes the reply or the state unreadable; the UI translates what
 * `failureMessageSchema` knows and shows the English text for the rest.
 */
export const failureMessageWireSchema = z.object({ ...wireMessagePart.shape, detail: wireMessagePart.optional() });

/** The English text of a detail. */
export function failureDetailText(detail: FailureDetail): string {
  return fillReasonTemplate(failureDetailTemplates[detail.code], detail.params);
}

/** The English text of a failure (the detail filled in as `{{detail}}`). */
export function failureText(failure: FailureMessage): string {
  const params = failure.detail ? { ...failure.params, detail: failureDetailText(failure.detail) } : failure.params;
  return fillReasonTemplate(failureTemplates[failure.code], params);
}

/** An Error whose message is the English text and which carries the typed failure to the dispatcher. */
export class TypedFailureError extends Error {
  constructor(readonly failure: FailureMessage) {
    super(failureText(failure));
    this.name = 'TypedFailureError';
  }
}

/** The typed failure an error carries, if any. */
export function failureOf(err: unknown): FailureMessage | null {
  const candidate = typeof err === 'object' && err !== null ? (err as { failure?: unknown }).failure : undefined;
  const parsed = failureMessageSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}
