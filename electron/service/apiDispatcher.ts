// Validates one request against the contract and hands it to the core service.
// Every shell (Electron IPC, WebSocket server, tests) goes through here, so a
// malformed message is rejected the same way everywhere and never throws.
import {
  failureOf,
  requestSchemas,
  type ApiError,
  type RequestMethod,
  type RequestParams,
  type RequestResult,
} from '../contract';

export type RequestHandlers = {
  [M in RequestMethod]: (params: import('zod').infer<(typeof requestSchemas)[M]['params']>) => Promise<RequestResult<M>>;
};

export type DispatchOutcome = { ok: true; result: unknown } | { ok: false; error: ApiError };

export function isRequestMethod(method: unknown): method is RequestMethod {
  return typeof method === 'string' && Object.prototype.hasOwnProperty.call(requestSchemas, method);
}

export async function dispatchRequest(
  handlers: RequestHandlers,
  method: unknown,
  params: unknown,
): Promise<DispatchOutcome> {
  if (!isRequestMethod(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `unknown method ${JSON.stringify(String(method)).slice(0, 80)}` } };
  }
  const parsed = requestSchemas[method].params.safeParse(params ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'params';
    return { ok: false, error: { code: 'invalid-params', message: `${method}: ${where}: ${issue?.message ?? 'invalid'}` } };
  }
  try {
    const handler = handlers[method] as (p: unknown) => Promise<unknown>;
    return { ok: true, result: await handler(parsed.data) };
  } catch (err) {
    const failure = failureOf(err);
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: failure ? { code: 'failed', message, failure } : { code: 'failed', message } };
  }
}

/** A request the core refused; `code` is the dispatcher's ('invalid-params', 'failed', …). */
export class CoreRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CoreRequestError';
  }
}

/**
 * For in-process callers (the CLI, the Electron shell's own requests): the same
 * validation as a request from a page, the result or a CoreRequestError.
 */
export async function requestCore<M extends RequestMethod>(handlers: RequestHandlers, method: M, params: RequestParams<M>): Promise<RequestResult<M>> {
  const outcome = await dispatchRequest(handlers, method, params);
  if (!outcome.ok) throw new CoreRequestError(outcome.error.code, outcome.error.message);
  return outcome.result as RequestResult<M>;
}
