// Local debugger presets and saved connection profiles as they cross the
// contract. These are shape checks (kinds, types, lengths); the core applies
// the strict field rules (ports, KDNET key, COM ports, paths) of
// electron/debugger/localDebuggerPresets.ts and answers with the field to fix.
// Pure: no Node imports. Profiles never hold a secret: strict objects, no
// password field, and the settings store refuses secret-looking keys again.
import { z } from 'zod';
import { demoTargetSchema, sshTargetSchema } from './sessionTypes';

// Empty is allowed here: the core answers "dumpPath: must not be empty" for the field, which the form can show.
const pathField = z.string().max(4096);
const optionalPath = pathField.optional();
const common = { executable: pathField, symbolPath: optionalPath, sourcePath: optionalPath };

export const localPresetKinds = ['dump', 'kdnet', 'serial', 'pipe', 'local-kernel', 'remote-server', 'custom'] as const;
export type LocalPresetKind = (typeof localPresetKinds)[number];

export const localPresetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dump'), ...common, dumpPath: pathField }),
  z.strictObject({ kind: z.literal('kdnet'), ...common, port: z.number().int(), key: z.string().max(128), target: z.string().min(1).max(255).optional() }),
  z.strictObject({ kind: z.literal('serial'), ...common, comPort: z.string().max(16), baud: z.number().int() }),
  z.strictObject({ kind: z.literal('pipe'), ...common, pipeName: z.string().max(512), reconnect: z.boolean().optional() }),
  z.strictObject({ kind: z.literal('local-kernel'), ...common }),
  z.strictObject({ kind: z.literal('remote-server'), ...common, server: z.string().max(255), port: z.number().int() }),
  z.strictObject({ kind: z.literal('custom'), commandLine: z.string().max(32767) }),
]);
export type LocalPreset = z.infer<typeof localPresetSchema>;

const profileId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const profileName = z.string().min(1).max(120);

export const connectionProfileSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('demo'), id: profileId, name: profileName, scenario: demoTargetSchema.shape.scenario }),
  z.strictObject({ kind: z.literal('local'), id: profileId, name: profileName, preset: localPresetSchema }),
  z.strictObject({
    kind: z.literal('ssh'),
    id: profileId,
    name: profileName,
    host: sshTargetSchema.shape.host,
    port: z.number().int().min(1).max(65535),
    user: sshTargetSchema.shape.user,
    // Strict: an extra key (a password…) is refused, not silently dropped.
    auth: z.discriminatedUnion('method', [
      z.strictObject({ method: z.literal('agent') }),
      z.strictObject({ method: z.literal('key'), identityFile: z.string().min(1).max(4096) }),
      z.strictObject({ method: z.literal('password') }),
      z.strictObject({ method: z.literal('keyboard-interactive') }),
    ]),
    /** The debugger on the remote host (its paths are the remote host's). */
    remote: localPresetSchema,
  }),
]);
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
