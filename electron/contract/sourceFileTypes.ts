// Source viewer: where the PDB's source paths live on this machine (or on the
// SSH host), and what `source.read` answers. Pure: no Node imports.
import { z } from 'zod';

export const sourcePathMappingSchema = z.strictObject({
  /** Windows path prefix as recorded in the PDB, e.g. `d:\coding\wdmdrivers\`. */
  prefix: z.string().min(3).max(1024).regex(/^(?:[A-Za-z]:[\\/]|\\\\)/, 'a Windows path such as d:\\src\\ or \\\\server\\share\\'),
  /** `local`: a folder on this computer; `ssh`: a folder on the connected SSH host (read over SFTP). */
  location: z.enum(['local', 'ssh']),
  folder: z.string().min(1).max(4096),
});
export type SourcePathMapping = z.infer<typeof sourcePathMappingSchema>;

export const sourceReadParamsSchema = z.strictObject({
  /** The source path as the debugger printed it (ln, k): `d:\coding\…\handleioctl.c`. */
  file: z.string().min(1).max(1024),
  line: z.number().int().min(1).max(10_000_000),
});

export const sourceProblemSchema = z.enum(['no-mapping', 'outside-folder', 'not-found', 'too-large', 'binary', 'no-ssh', 'unreadable']);
export type SourceProblem = z.infer<typeof sourceProblemSchema>;

export const sourceReadResultSchema = z.discriminatedUnion('found', [
  z.object({
    found: z.literal(true),
    /** Where it was read from (local path, or `host:/path` over SFTP). */
    resolvedPath: z.string(),
    /** A window of the file around the requested line; `startLine` is the number of its first line. */
    text: z.string(),
    startLine: z.number().int().min(1),
    line: z.number().int().min(1),
    totalLines: z.number().int().min(0),
  }),
  z.object({ found: z.literal(false), problem: sourceProblemSchema, message: z.string().max(4096) }),
]);
export type SourceReadResult = z.infer<typeof sourceReadResultSchema>;
