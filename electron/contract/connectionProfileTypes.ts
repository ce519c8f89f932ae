// Local debugger presets and saved connection profiles: their one declaration.
// The shape (kinds, fields) is declared here once, over a set of field rules:
// the contract's own rules are shape checks (types, lengths), so the UI can send
// a half-filled form and get the field to fix; the strict rules the core builds
// argvs with and settings keep are the same shape (localPresetFieldRules.ts).
// Pure: no Node imports. Profiles never hold a secret: strict objects, no
// password field, and the settings store refuses secret-looking keys again.
import { z } from 'zod';
import { debuggerEncodingSchema, demoTargetSchema, sshAuthSchema, sshTargetSchema } from './sessionTypes';

/** The value rule of each kind of preset field; the shape around them is declared once, below. */
export interface LocalPresetFieldRules {
  /** kd.exe / cdb.exe, symbol and source search paths, the dump path. */
  path: z.ZodType<string>;
  tcpPort: z.ZodType<number>;
  kdnetKey: z.ZodType<string>;
  hostName: z.ZodType<string>;
  comPort: z.ZodType<string>;
  baud: z.ZodType<number>;
  pipeName: z.ZodType<string>;
  /** A Windows command line, split with the CommandLineToArgvW rules. */
  commandLine: z.ZodType<string>;
}

export const localPresetKinds = ['dump', 'kdnet', 'serial', 'pipe', 'local-kernel', 'remote-server', 'custom'] as const;
export type LocalPresetKind = (typeof localPresetKinds)[number];

/** The presets (crash dump, KDNET, serial, pipe, local kernel, debugging server, free command line) over `rules`. */
export function localPresetSchemaWith(rules: LocalPresetFieldRules) {
  const common = {
    executable: rules.path,
    /** `-y`: symbol search path, e.g. srv*C:\symbols*https://msdl.microsoft.com/download/symbols */
    symbolPath: rules.path.optional(),
    /** `-srcpath`: source search path. */
    sourcePath: rules.path.optional(),
  };
  return z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('dump'), ...common, dumpPath: rules.path }),
    /** `target`: the target's address, when the host has several network paths. */
    z.strictObject({ kind: z.literal('kdnet'), ...common, port: rules.tcpPort, key: rules.kdnetKey, target: rules.hostName.optional() }),
    z.strictObject({ kind: z.literal('serial'), ...common, comPort: rules.comPort, baud: rules.baud }),
    /** `reconnect` (absent: on): keep retrying when the VM restarts. */
    z.strictObject({ kind: z.literal('pipe'), ...common, pipeName: rules.pipeName, reconnect: z.boolean().optional() }),
    z.strictObject({ kind: z.literal('local-kernel'), ...common }),
    z.strictObject({ kind: z.literal('remote-server'), ...common, server: rules.hostName, port: rules.tcpPort }),
    z.strictObject({ kind: z.literal('custom'), commandLine: rules.commandLine }),
  ]);
}

// Shape checks only: empty is allowed here, the core answers "dumpPath: must not be empty" for the field.
export const localPresetSchema = localPresetSchemaWith({
  path: z.string().max(4096),
  tcpPort: z.number().int(),
  kdnetKey: z.string().max(128),
  hostName: z.string().max(255),
  comPort: z.string().max(16),
  baud: z.number().int(),
  pipeName: z.string().max(512),
  commandLine: z.string().max(32767),
});
export type LocalPreset = z.infer<typeof localPresetSchema>;

const profileId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const profileName = z.string().min(1).max(120);

/** The three profile kinds, the local and SSH ones over a preset schema (the contract's or the core's strict one). */
export function connectionProfileSchemasWith<P extends z.ZodType>(preset: P) {
  return {
    demo: z.strictObject({ kind: z.literal('demo'), id: profileId, name: profileName, scenario: demoTargetSchema.shape.scenario }),
    /** `encoding`: the debugger's code page; absent or 'auto' = the host's (CP936/CP932 on a Chinese/Japanese Windows). */
    local: z.strictObject({ kind: z.literal('local'), id: profileId, name: profileName, preset, encoding: debuggerEncodingSchema.optional() }),
    ssh: z.strictObject({
      kind: z.literal('ssh'),
      id: profileId,
      name: profileName,
      host: sshTargetSchema.shape.host,
      port: z.number().int().min(1).max(65535),
      user: sshTargetSchema.shape.user,
      // Strict: an extra key (a password…) is refused, not silently dropped.
      auth: sshAuthSchema,
      /** The debugger on the remote host (its paths are the remote host's). */
      remote: preset,
      encoding: debuggerEncodingSchema.optional(),
    }),
  };
}

const contractProfiles = connectionProfileSchemasWith(localPresetSchema);
export const connectionProfileSchema = z.discriminatedUnion('kind', [contractProfiles.demo, contractProfiles.local, contractProfiles.ssh]);
export type ConnectionProfile = z.infer<typeof connectionProfileSchema>;

export const recentProfileSchema = z.object({ profile: connectionProfileSchema, usedAt: z.string().datetime({ offset: true }) });
export type RecentProfile = z.infer<typeof recentProfileSchema>;

/** `local.buildArgv`: the argv, or the field to fix and why (the UI phrases it per field). */
export const argvBuildResultSchema = z.discriminatedUnion('valid', [
  z.object({ valid: z.literal(true), argv: z.array(z.string()) }),
  z.object({
    valid: z.literal(false),
    /** The preset field at fault (e.g. "port", "key", "dumpPath"), null when not one field. */
    field: z.string().max(64).nullable(),
    problem: z.enum(['invalid', 'not-found']),
    /** The core's English explanation (shown under the translated one). */
    message: z.string().max(2048),
  }),
]);
export type ArgvBuildResult = z.infer<typeof argvBuildResultSchema>;

export const foundDebuggerSchema = z.object({
  path: z.string(),
  debugger: z.enum(['kd', 'cdb']),
  arch: z.enum(['x64', 'x86', 'arm64']).nullable(),
  source: z.enum(['windows-kits', 'windbg', 'path']),
});
export type FoundDebugger = z.infer<typeof foundDebuggerSchema>;
