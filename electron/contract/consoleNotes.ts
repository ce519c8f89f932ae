// The console's own lines: the end of a session ("[debugger exited: …]", "[Disconnected: …]"),
// the core's `[PoolSleuth]` notes (reconnects, remembered secrets, a program that is not a
// debugger, a replay without the command) and the session's notices (break-in, timeouts, KDNET),
// typed: a code, params and the typed exit reason
// (failureMessages.ts details), so the page writes them into the terminal in the user's
// language. The English, from this one table, is what the console stream carries for the
// CLI, the MCP server, the backlog and the transcript. Pure: the core and the renderer import it.
import { z } from 'zod';
import { failureDetailCodes, failureDetailText, type FailureDetail } from './failureMessages';
import { fillReasonTemplate } from './stepReasons';
import { knownMessagePart, wireMessagePart, type MessagePart } from './typedMessageSchema';

export const consoleNoteTemplates = {
  'debugger-exited': '[debugger exited: {{reason}}]',
  disconnected: '[disconnected: {{reason}}]',
  'closed-as-asked': '[Disconnected: the debugger was closed as you asked.]',
  'session-failed': '[session failed: {{reason}}]',
  'link-lost-reconnecting': '[PoolSleuth] The link to {{host}} was lost ({{reason}}). Reconnecting…',
  'reconnect-attempt': '[PoolSleuth] Reconnect attempt {{attempt}} of {{attempts}} in {{seconds}} s…',
  'reconnect-failed': '[PoolSleuth] Could not reconnect: {{error}}',
  reconnected:
    '[PoolSleuth] Reconnected to {{host}}. The debugger was started again with the same command line: ' +
    'a dump is re-opened as it was; a live target was re-attached. Commands that were running when the link dropped were lost; ' +
    'debugger settings made during the session (.sympath, breakpoints, PoolHitTag) must be made again.',
  'not-a-debugger':
    '[PoolSleuth] {{program}} is not a debugger: it did not answer like kd or cdb, so PoolSleuth ended it. Choose kd.exe or cdb.exe as the debugger.',
  'not-in-transcript': "[PoolSleuth] '{{command}}' is not in the recorded transcript: a replay answers only the commands that were recorded.",
  // Remembered SSH secrets (service/rememberingCredentials.ts); never a secret in the params.
  'saved-password-forgotten': '[PoolSleuth] The saved password for {{account}} was rejected by the server; it has been forgotten.',
  'saved-password-not-forgotten': '[PoolSleuth] The saved password for {{account}} was rejected by the server, but could not be forgotten: {{error}}',
  'saved-passphrase-forgotten': '[PoolSleuth] The saved passphrase of {{keyFile}} did not unlock the key; it has been forgotten.',
  'saved-passphrase-not-forgotten': '[PoolSleuth] The saved passphrase of {{keyFile}} did not unlock the key, but could not be forgotten: {{error}}',
  'password-not-remembered': '[PoolSleuth] Could not remember the password: {{error}}',
  'passphrase-not-remembered': '[PoolSleuth] Could not remember the passphrase: {{error}}',
  // The session's own notices (debugger/debuggerSession.ts).
  'break-failed': '[PoolSleuth] The debugger did not stop within {{seconds}} s; it may not receive Ctrl+C (a wrapper script?). Disconnect to end it, or wait.',
  'commands-wait-for-stop': "[PoolSleuth] The target is running: '{{commands}}' will run when it stops (press Break to stop it now).",
  'command-silent-breaking': "[PoolSleuth] '{{command}}' printed nothing for {{seconds}} s; Breaking in once to recover…",
  'startup-silent-breaking': "[PoolSleuth] 'the debugger start-up' printed nothing for {{seconds}} s; Breaking in once to recover…",
  'waiting-for-target': '[PoolSleuth] The debugger is waiting for the target to reconnect (KDNET). Commands wait; Disconnect ends the session.',
  'target-connected-again': '[PoolSleuth] The target connected again ({{signal}}); it may have rebooted: earlier results describe the old boot.',
} as const;

export type ConsoleNoteCode = keyof typeof consoleNoteTemplates;
export const consoleNoteCodes = Object.keys(consoleNoteTemplates) as ConsoleNoteCode[];

export interface ConsoleNote extends MessagePart<ConsoleNoteCode> {
  /** Why the debugger ended (`{{reason}}`), typed. */
  reason?: FailureDetail;
}

export const consoleNoteSchema = z.strictObject({
  ...knownMessagePart(consoleNoteCodes).shape,
  reason: knownMessagePart(failureDetailCodes).optional(),
});

/**
 * Where a typed note sits in a `console.output` event's `data` (UTF-16 offsets). On the wire any
 * code passes; the page translates what `consoleNoteSchema` knows and leaves the English for the rest.
 */
export const consoleNoteSpanSchema = z.object({
  start: z.number().int().min(0),
  length: z.number().int().min(1),
  note: z.object({ ...wireMessagePart.shape, reason: wireMessagePart.optional() }),
});
export type ConsoleNoteSpan = z.infer<typeof consoleNoteSpanSchema>;

/** The English of a note (the exit reason filled in as `{{reason}}`). */
export function consoleNoteText(note: ConsoleNote): string {
  const params = note.reason ? { ...note.params, reason: failureDetailText(note.reason) } : note.params;
  return fillReasonTemplate(consoleNoteTemplates[note.code], params);
}
