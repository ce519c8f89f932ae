// The CLI as a client of the core: every request goes through dispatchRequest, the
// same validation and handler table the Electron window (IPC) and browser mode
// (WebSocket) use, so the CLI can do nothing the other shells cannot.
import type { RequestMethod, RequestParams, RequestResult } from '../contract';
import { dispatchRequest } from '../service/apiDispatcher';
import type { CoreService } from '../service/coreService';

/** A refused request: `code` is the dispatcher's ('invalid-params', 'failed', …). */
export class CoreRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CoreRequestError';
  }
}

export type CoreCall = <M extends RequestMethod>(method: M, params: RequestParams<M>) => Promise<RequestResult<M>>;

export function coreClient(core: CoreService): CoreCall {
  return async (method, params) => {
    const outcome = await dispatchRequest(core.handlers, method, params);
    if (!outcome.ok) throw new CoreRequestError(outcome.error.code, outcome.error.message);
    return outcome.result as RequestResult<typeof method>;
  };
}
