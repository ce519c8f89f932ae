// Session-level types shared by core and UI. Pure: no Node imports.
import { z } from 'zod';
import { failureMessageWireSchema } from './failureMessages';

/**
 * The character encoding of the debugger's pipe. kd/cdb write the host's ANSI code
 * page (CP936 on a Chinese Windows, CP932 on a Japanese one); 'auto' asks the host.
 */
export const debuggerEncodings = ['utf-8', 'cp1252', 'cp936', 'cp932', 'cp949', 'utf-16le'] as const;
export type DebuggerEncoding = (typeof debuggerEncodings)[number];
export const debuggerEncodingSchema = z.enum(['auto', ...debuggerEncodings]);
export type DebuggerEncodingChoice = z.infer<typeof debuggerEncodingSchema>;

/**
 * How an SSH connection authenticates: the one declaration, used by targets and saved
 * profiles. Strict, and without a secret field: passwords and passphrases are asked for
 * when needed (prompt.request), never carried here.
 */
export const sshAuthSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('agent') }),
  z.strictObject({ method: z.literal('key'), identityFile: z.string().min(1).max(4096) }),
  z.strictObject({ method: z.literal('password') }),
  z.strictObject({ method: z.literal('keyboard-interactive') }),
]);
export type SshAuth = z.infer<typeof sshAuthSchema>;

/** Where a session's debugger runs. Validated at every boundary. */
export const demoTargetSchema = z.object({
  kind: z.literal('demo'),
  /** Built-in kdsim scenario name, e.g. "mydriver-x86". */
  scenario: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  /** kdsim writes this encoding (tests the decoding a CJK Windows needs); default UTF-8. */
  encoding: z.enum(debuggerEncodings).optional(),
});

export const localTargetSchema = z.object({
  kind: z.literal('local'),
  /** argv: executable then arguments. Spawned directly, never through a shell. */
  argv: z.array(z.string().min(1).max(4096)).min(1).max(64),
  cwd: z.string().max(4096).optional(),
  /** Default 'auto': the host's active code page. */
  encoding: debuggerEncodingSchema.optional(),
});

export const sshTargetSchema = z.object({
  kind: z.literal('ssh'),
  host: z.string().min(1).max(255).regex(/^[A-Za-z0-9.:\-[\]]+$/),
  port: z.number().int().min(1).max(65535).default(22),
  user: z.string().min(1).max(128).regex(/^[A-Za-z0-9._@\\-]+$/),
  /** The debugger command line on the remote host, as argv (quoted for the remote shell by the core). */
  remoteArgv: z.array(z.string().min(1).max(4096)).min(1).max(64),
  auth: sshAuthSchema,
  /** Default 'auto': asked from the remote shell once per connection. */
  encoding: debuggerEncodingSchema.optional(),
});

export const targetSpecSchema = z.discriminatedUnion('kind', [demoTargetSchema, localTargetSchema, sshTargetSchema]);
export type TargetSpec = z.infer<typeof targetSpecSchema>;

export const sessionStates = ['idle', 'connecting', 'loading', 'ready', 'busy', 'running', 'breaking', 'disconnected', 'failed'] as const;
export type SessionStateName = (typeof sessionStates)[number];

export const targetSummarySchema = z.object({
  targetKind: z.enum(['dump', 'live', 'local', 'remote']).nullable(),
  description: z.string().max(512),
  /** A read-only replay of a saved transcript, not a live debugger. */
  offline: z.boolean().optional(),
  /** From the banner when it says: "9600", "x86", "0xC4 (0x62, …)". */
  osBuild: z.string().max(32).nullable().optional(),
  architecture: z.string().max(16).nullable().optional(),
  bugCheck: z.string().max(128).nullable().optional(),
});
export type TargetSummary = z.infer<typeof targetSummarySchema>;

/**
 * What the debugger is doing within a state, shown next to it (with the elapsed
 * time since `since`): symbol loading, a running or busy target, a KDNET link
 * waiting to reconnect, a break that is pending or did not work.
 */
export const sessionActivityKinds = ['loading-symbols', 'target-running', 'target-busy', 'waiting-to-reconnect', 'printing', 'break-pending', 'break-failed', 'commands-queued'] as const;
export type SessionActivityKind = (typeof sessionActivityKinds)[number];

export const sessionActivitySchema = z.object({
  kind: z.enum(sessionActivityKinds),
  /** When it began, ms since the epoch. */
  since: z.number(),
  /** The debugger's own progress line or our explanation, e.g. "Parsed entry 0x1000/0x10000". */
  detail: z.string().max(512).nullable(),
  /**
   * The values of the activity's own message, so the UI translates it without reading the
   * English `detail`: break-pending `cause` (user | timeout), break-failed `seconds`,
   * commands-queued `count`.
   */
  params: z.record(z.string().regex(/^[a-z][a-zA-Z]{0,31}$/), z.string().max(64)).optional(),
});
export type SessionActivity = z.infer<typeof sessionActivitySchema>;

export const sessionStateSchema = z.object({
  state: z.enum(sessionStates),
  /** Human-readable reason for `failed` / `disconnected`. */
  reason: z.string().max(2048).nullable(),
  /** The same reason typed, when the core has it so (contract/failureMessages.ts): the UI translates it. */
  reasonMessage: failureMessageWireSchema.nullable().optional(),
  /** The debugger's current prompt, e.g. "kd> " or "0: kd> ". */
  prompt: z.string().max(64).nullable(),
  target: targetSummarySchema.nullable(),
  activity: sessionActivitySchema.nullable().optional(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export const scenarioInfoSchema = z.object({
  name: z.string(),
  description: z.string(),
});
export type ScenarioInfo = z.infer<typeof scenarioInfoSchema>;
