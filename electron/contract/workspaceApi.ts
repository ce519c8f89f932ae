// Requests around a session: connection profiles, local debugger presets,
// transcripts, source files, native file dialogs and menu commands. Merged
// into the request/event tables of apiSchema.ts. Pure: no Node imports.
import { z } from 'zod';
import { consoleNoteSpanSchema } from './consoleNotes';
import {
  argvBuildResultSchema,
  connectionProfileSchema,
  foundDebuggerSchema,
  localPresetSchema,
  recentProfileSchema,
} from './connectionProfileTypes';
import { sourcePathMappingSchema, sourceReadParamsSchema, sourceReadResultSchema } from './sourceFileTypes';

const emptyParams = z.object({}).strict();
const okResult = z.object({ ok: z.literal(true) });

/** Upload pieces stay well under the WebSocket message limit (1 MiB). */
export const transcriptChunkChars = 256 * 1024;

/** "Paste kd output" takes one message of text: a few thousand lines, under the WebSocket limit even as 3-byte UTF-8. */
export const pastedTextMaxChars = 256 * 1024;

export const workspaceRequestSchemas = {
  /** Reconnects to the last target (after `disconnected` or `failed`). */
  'session.reconnect': { params: emptyParams, result: okResult },

  /**
   * The console's recent text (up to 512 K characters, from a line start), prompt
   * included, for a page that (re)loads or a second window. It holds exactly what
   * earlier `console.output` events carried; events that arrive before this answer
   * are already in it.
   */
  'console.recent': {
    params: emptyParams,
    /** `notes`: the core's typed lines inside `text` (contract/consoleNotes.ts), shown in the page's language. */
    result: z.object({ text: z.string(), omittedChars: z.number().int().min(0), notes: z.array(consoleNoteSpanSchema).max(256).optional() }),
  },

  'profiles.list': {
    params: emptyParams,
    result: z.object({
      profiles: z.array(connectionProfileSchema),
      /** Most recent first. */
      recent: z.array(recentProfileSchema),
      recentDumps: z.array(z.string()),
    }),
  },
  /** Adds or replaces (by id) a saved profile. Secrets are never part of one. */
  'profiles.save': { params: z.strictObject({ profile: connectionProfileSchema }), result: okResult },
  'profiles.delete': { params: z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }), result: okResult },
  /** Remembers a target that just connected (the recent list; dumps also go to the recent dumps). */
  'profiles.recordRecent': { params: z.strictObject({ profile: connectionProfileSchema }), result: okResult },

  /** The argv a preset runs as; with `checkFiles`, also that the debugger and dump exist on this machine. */
  'local.buildArgv': {
    params: z.strictObject({ preset: localPresetSchema, checkFiles: z.boolean().default(false) }),
    result: argvBuildResultSchema,
  },
  /** kd.exe / cdb.exe found on this machine (Windows Kits, WinDbg, PATH); empty elsewhere. */
  'local.discover': { params: emptyParams, result: z.object({ debuggers: z.array(foundDebuggerSchema) }) },

  /** The session's transcript: JSON lines (reopenable) and a `.logopen`-style text log. Secrets never enter it. */
  'transcript.save': {
    params: emptyParams,
    result: z.object({
      fileName: z.string(),
      content: z.string(),
      logFileName: z.string(),
      logText: z.string(),
      /** The whole transcript and log as written on the core's disk (every line of a spilled output). */
      filePath: z.string().optional(),
      logFilePath: z.string().optional(),
      /** false: too large to send; `content`/`logText` hold each spilled output's head only, the files hold it all. */
      complete: z.boolean().optional(),
    }),
  },
  /**
   * Opens a saved transcript as a read-only offline session (commands answer from
   * the recording). The text arrives in pieces of at most `transcriptChunkChars`;
   * the last piece (`last: true`) opens it.
   */
  'transcript.open': {
    params: z.strictObject({
      uploadId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
      name: z.string().min(1).max(255),
      index: z.number().int().min(0).max(4096),
      chunk: z.string().max(transcriptChunkChars),
      last: z.boolean(),
    }),
    result: z.object({ ok: z.literal(true), opened: z.boolean() }),
  },
  /**
   * "Paste kd output": debugger text the user pasted (one command's output or a whole console, quoted,
   * commented or line-numbered by where it came from) opened as a read-only offline session like
   * `transcript.open`. The reply lists the commands the replay answers and what was stripped or
   * guessed, then each command's parse warnings.
   */
  'transcript.openText': {
    params: z.strictObject({ name: z.string().min(1).max(255), text: z.string().min(1).max(pastedTextMaxChars) }),
    result: z.object({ ok: z.literal(true), commands: z.array(z.string()), warnings: z.array(z.string()) }),
  },
  /** Electron only: a native open dialog, then the same as `transcript.open`. `opened: false` when cancelled. */
  'transcript.openWithDialog': { params: emptyParams, result: z.object({ ok: z.literal(true), opened: z.boolean() }) },

  'sourcePaths.list': { params: emptyParams, result: z.object({ mappings: z.array(sourcePathMappingSchema) }) },
  'sourcePaths.save': { params: z.strictObject({ mappings: z.array(sourcePathMappingSchema).max(100) }), result: okResult },
  /** A source file around `line`, through the source path mappings. */
  'source.read': { params: sourceReadParamsSchema, result: sourceReadResultSchema },

  /** What this shell offers beyond the contract's common ground. */
  'app.capabilities': {
    params: emptyParams,
    result: z.object({
      nativeFileDialogs: z.boolean(),
      /** Passwords/passphrases can be remembered, encrypted by the OS (Electron with safeStorage); never in browser mode. */
      rememberSecrets: z.boolean(),
    }),
  },
  /** Electron only: a native open dialog for a path the core will use (dump, key file). null when cancelled. */
  'dialog.openFile': {
    params: z.strictObject({ purpose: z.enum(['dump', 'identity-file', 'debugger']) }),
    result: z.object({ path: z.string().max(4096).nullable() }),
  },
} as const;

export const uiCommands = ['open-transcript', 'save-transcript', 'export-report'] as const;
export type UiCommand = (typeof uiCommands)[number];

export const workspaceEventSchemas = {
  /** A menu command (Electron File menu) for the renderer to perform. */
  'ui.command': z.object({ command: z.enum(uiCommands) }),
} as const;
