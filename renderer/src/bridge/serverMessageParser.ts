// Messages from the WebSocket are JSON from another process: treat them as
// untrusted. Every shape is checked against the contract before the UI sees it;
// anything else is reported as invalid and dropped by the caller.
import { z } from 'zod';
import {
  apiErrorSchema,
  eventSchemas,
  requestSchemas,
  type ApiError,
  type EventName,
  type EventPayload,
  type RequestMethod,
  type RequestResult,
} from '../../../electron/contract';

export type ParsedServerMessage =
  | { kind: 'response'; id: number; ok: true; result: unknown }
  | { kind: 'response'; id: number | null; ok: false; error: ApiError }
  | { kind: 'event'; event: EventName; payload: EventPayload<EventName> }
  | { kind: 'invalid'; reason: string };

/** Larger frames are refused outright; the core sends console text in chunks far below this. */
export const maxServerMessageChars = 16 * 1024 * 1024;

const requestId = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const envelopeSchema = z.union([
  z.object({ type: z.literal('response'), id: requestId, ok: z.literal(true), result: z.unknown() }),
  z.object({ type: z.literal('response'), id: requestId.nullable(), ok: z.literal(false), error: apiErrorSchema }),
  z.object({ type: z.literal('event'), event: z.string().max(64), payload: z.unknown() }),
]);

function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(eventSchemas, name);
}

export function parseServerMessage(raw: unknown): ParsedServerMessage {
  if (typeof raw !== 'string') return { kind: 'invalid', reason: 'not a text frame' };
  if (raw.length > maxServerMessageChars) return { kind: 'invalid', reason: `frame of ${raw.length} characters is too large` };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', reason: 'not JSON' };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { kind: 'invalid', reason: `bad envelope: ${envelope.error.issues[0]?.message ?? 'invalid'}` };
  const message = envelope.data;
  if (message.type === 'response') {
    return message.ok
      ? { kind: 'response', id: message.id, ok: true, result: message.result }
      : { kind: 'response', id: message.id, ok: false, error: message.error };
  }
  if (!isEventName(message.event)) return { kind: 'invalid', reason: `unknown event ${JSON.stringify(message.event)}` };
  const payload = eventSchemas[message.event].safeParse(message.payload);
  if (!payload.success) return { kind: 'invalid', reason: `bad ${message.event} payload: ${payload.error.issues[0]?.message ?? 'invalid'}` };
  return { kind: 'event', event: message.event, payload: payload.data };
}

/** Checks a response's result against the schema of the method that was called. */
export function validateResult<M extends RequestMethod>(
  method: M,
  result: unknown,
): { ok: true; result: RequestResult<M> } | { ok: false; reason: string } {
  const parsed = requestSchemas[method].result.safeParse(result);
  if (!parsed.success) return { ok: false, reason: `bad ${method} result: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  return { ok: true, result: parsed.data as RequestResult<M> };
}
