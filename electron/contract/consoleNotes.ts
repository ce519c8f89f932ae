// The console's own lines at the end of a session ("[debugger exited: …]", "[Disconnected: …]")
// and the core's reconnect notes, typed: a code, params and the typed exit reason
// (failureMessages.ts details), so the page writes them into the terminal in the user's
// language. The English, from this one table, is what the console stream carries for the
// CLI, the MCP server, the backlog and the transcript. Pure: the core and the renderer import it.
import { z } from 'zod';
import { failureDetailCodes, failureDetailText, type FailureDetail, type FailureDetailCode } from './failureMessages';
import { fillReasonTemplate } from './stepReasons';

export const consoleNoteTemplates = {
  'debugger-exited': '[debugger exited: {{reason}}]',
  disconnected: '[disconnected: {{reason}}]',
  'closed-as-asked': '[Disconnected: the debugger was closed as you asked.]',
  'session-failed': '[session failed: {{reason}}]',
  'link-lost-reconnecting': '[PoolSleuth] The link to {{host}} was lost ({{reason}}). Reconnecting…',
  'reconnect-attempt': '[PoolSleuth] Reconnect attempt {{attempt}} of {{attempts}} in {{seconds}} s…',
  'reconnect-failed': '[PoolSleuth] Could not reconnect: {{error}}',
} as const;

export type ConsoleNoteCode = keyof typeof consoleNoteTemplates;
export const consoleNoteCodes = Object.keys(consoleNoteTemplates) as ConsoleNoteCode[];

export interface ConsoleNote {
  code: ConsoleNoteCode;
  params?: Record<string, string>;
  /** Why the debugger ended (`{{reason}}`), typed. */
  reason?: FailureDetail;
}

const paramsSchema = z.record(z.string().regex(/^[a-z][a-zA-Z]{0,31}$/), z.string().max(4096)).optional();

export const consoleNoteSchema = z
  .object({
    code: z.enum(consoleNoteCodes as [ConsoleNoteCode, ...ConsoleNoteCode[]]),
    params: paramsSchema,
    reason: z.object({ code: z.enum(failureDetailCodes as [FailureDetailCode, ...FailureDetailCode[]]), params: paramsSchema }).strict().optional(),
  })
  .strict();

/**
 * Where a typed note sits in a `console.output` event's `data` (UTF-16 offsets). On the wire any
 * code passes; the page translates what `consoleNoteSchema` knows and leaves the English for the rest.
 */
export const consoleNoteSpanSchema = z.object({
  start: z.number().int().min(0),
  length: z.number().int().min(1),
  note: z.object({ code: z.string().max(64), params: paramsSchema, reason: z.object({ code: z.string().max(64), params: paramsSchema }).optional() }),
});
export type ConsoleNoteSpan = z.infer<typeof consoleNoteSpanSchema>;

/** The English of a note (the exit reason filled in as `{{reason}}`). */
export function consoleNoteText(note: ConsoleNote): string {
  const params = note.reason ? { ...note.params, reason: failureDetailText(note.reason) } : note.params;
  return fillReasonTemplate(consoleNoteTemplates[note.code], params);
}
