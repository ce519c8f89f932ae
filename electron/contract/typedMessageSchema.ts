// The shape every typed message for the user shares (stepReasons.ts, failureMessages.ts, consoleNotes.ts):
// a code, params by plain-word name, and one nested typed part (a failure's `detail`, a
// console note's `reason`). Pure: no Node imports.
import { z } from 'zod';

/** A code and the values of its `{{name}}` placeholders: a whole message, or the nested part of one. */
export interface MessagePart<C extends string> {
  code: C;
  params?: Record<string, string>;
}

/** Parameter names are plain words (never `__proto__`); values are someone's text, bounded. */
export const messageParamsSchema = z.record(z.string().regex(/^[a-z][a-zA-Z]{0,31}$/), z.string().max(4096)).optional();

/** A part whose code this build knows. */
export function knownMessagePart<C extends string>(codes: readonly C[]) {
  return z.strictObject({ code: z.enum(codes as unknown as [C, ...C[]]), params: messageParamsSchema });
}

/** On the wire any code passes, so a newer core's message never makes a reply or an event unreadable. */
export const wireMessagePart = z.object({ code: z.string().max(64), params: messageParamsSchema });
