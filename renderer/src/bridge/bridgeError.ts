// The error a bridge call rejects with: the core's error code and message (with the
// typed failure when the core has one), or a local code when the call never got an answer.
import i18next from 'i18next';
import { failureMessageText } from '../i18n/failureTexts';

export type BridgeErrorCode = 'not-connected' | 'connection-lost' | 'invalid-response' | (string & {});

export class BridgeError extends Error {
  constructor(
    readonly code: BridgeErrorCode,
    message: string,
    /** The core's typed failure (contract/failureMessages.ts), unchecked: errorMessage translates what it knows. */
    readonly failure?: unknown,
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

/**
 * A rejection of the Electron preload: contextBridge copies an Error's message only, so a
 * typed failure comes as a plain `{ code, message, failure }` object (preload/bridge.ts).
 */
export function bridgeErrorFrom(err: unknown): unknown {
  if (err instanceof Error || typeof err !== 'object' || err === null) return err;
  const { code, message, failure } = err as { code?: unknown; message?: unknown; failure?: unknown };
  return typeof message === 'string' ? new BridgeError(typeof code === 'string' ? code : 'failed', message, failure) : err;
}

/** What to show for an error: a typed failure in the UI's language, else the error's own text. */
export function errorMessage(err: unknown, language: string = i18next.language ?? 'en'): string {
  if (err instanceof BridgeError && err.failure !== undefined) return failureMessageText(language, err.failure, err.message);
  return err instanceof Error ? err.message : String(err);
}
