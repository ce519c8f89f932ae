// Envelope of messages on the WebSocket (browser mode). Electron IPC carries the
// same params/results but uses ipcMain.handle for the request/response pairing.
import { z } from 'zod';
import { apiErrorSchema, requestMethods, type EventName, type RequestMethod } from './apiSchema';

export const clientRequestSchema = z
  .object({
    type: z.literal('request'),
    id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    method: z.enum(requestMethods as [RequestMethod, ...RequestMethod[]]),
    params: z.unknown(),
  })
  .strict();
export type ClientRequest = z.infer<typeof clientRequestSchema>;

export type ServerMessage =
  | { type: 'response'; id: number; ok: true; result: unknown }
  | { type: 'response'; id: number | null; ok: false; error: z.infer<typeof apiErrorSchema> }
  | { type: 'event'; event: EventName; payload: unknown };

/** The IPC channel name for a request method (Electron shell). */
export function ipcChannelFor(method: RequestMethod): string {
  return `poolsleuth:${method}`;
}
export const ipcEventChannel = 'poolsleuth:event';
