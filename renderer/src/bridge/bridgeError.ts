// The error a bridge call rejects with: the core's error code and message, or a
// local code when the call never got an answer.
export type BridgeErrorCode = 'not-connected' | 'connection-lost' | 'invalid-response' | (string & {});

export class BridgeError extends Error {
  constructor(
    readonly code: BridgeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
