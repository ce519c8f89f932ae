// The shell's own requests to the core (open a dump, reconnect a recent target) go
// through the same dispatcher and zod validation as the page's, so a path from the
// command line or a drop is checked exactly like one typed into the form.
import type { RequestMethod, RequestParams, RequestResult } from '../contract';
import { dispatchRequest, type RequestHandlers } from '../service/apiDispatcher';

export async function requestCore<M extends RequestMethod>(handlers: RequestHandlers, method: M, params: RequestParams<M>): Promise<RequestResult<M>> {
  const outcome = await dispatchRequest(handlers, method, params);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result as RequestResult<M>;
}
