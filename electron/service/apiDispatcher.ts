// Validates one request against the contract and hands it to the core service.
// Every shell (Electron IPC, WebSocket server, tests) goes through here, so a
// malformed message is rejected the same way everywhere and never throws.
import {
  requestSchemas,
  type ApiError,
  type RequestMethod,
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
    return { ok: false, error: { code: 'failed', message: err instanceof Error ? err.message : String(err) } };
  }
}
