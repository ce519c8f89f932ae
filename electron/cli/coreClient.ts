// The CLI as a client of the core: every request goes through the dispatcher
// (service/apiDispatcher.ts), the same validation and handler table the Electron
// window (IPC) and browser mode (WebSocket) use, so the CLI can do nothing the other
// shells cannot.
import type { RequestMethod, RequestParams, RequestResult } from '../contract';
import { requestCore } from '../service/apiDispatcher';
import type { CoreService } from '../service/coreService';

export { CoreRequestError } from '../service/apiDispatcher';

export type CoreCall = <M extends RequestMethod>(method: M, params: RequestParams<M>) => Promise<RequestResult<M>>;

export function coreClient(core: CoreService): CoreCall {
  return (method, params) => requestCore(core.handlers, method, params);
}
