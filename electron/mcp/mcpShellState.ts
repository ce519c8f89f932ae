// What the MCP shell keeps between tool calls: the core, its start-up options, the
// last question it refused (so `connect` can say why it failed) and the listener of a
// running investigation's events (for progress notifications).
import type { InvestigationEvent, PromptRequest } from '../contract';
import { requestCore } from '../service/apiDispatcher';
import type { CoreService } from '../service/coreService';

export interface McpShellOptions {
  core: CoreService;
  /** `connect` may take a free debugger command line. */
  allowCommandLines: boolean;
  /** `run_command` may let the target run (g, p, t, …). */
  allowResume: boolean;
  /** At most this many characters of a command's output per call. */
  outputCap?: number;
}

export interface McpShellState extends McpShellOptions {
  /** Why the last host-key or secret question was refused, until the next connect. */
  refusedQuestion: string | null;
  /** The running investigation's event listener (one at a time). */
  investigationListener: ((event: InvestigationEvent) => void) | null;
  dispose(): void;
}

/** Secrets never pass through MCP and host keys are never accepted here: every question is answered "no", with the reason kept. */
function refusal(request: PromptRequest): string {
  const where = request.kind === 'host-key' ? `${request.host}:${request.port}` : `${request.user}@${request.host}:${request.port}`;
  if (request.kind === 'host-key') {
    return (
      `The SSH host key of ${where} (${request.keyType} ${request.fingerprintSha256}) is not known yet. ` +
      'The MCP server never accepts a host key: accept the key in the PoolSleuth app (remember it), or with the CLI ' +
      '(poolsleuth investigate --ssh … --accept-new-host-key), first; then connect again.'
    );
  }
  return (
    `${where} asks for a ${request.kind === 'passphrase' ? 'key passphrase' : request.kind === 'password' ? 'password' : 'keyboard-interactive answer'}. ` +
    'Secrets never pass through MCP: use an SSH agent or a key without a passphrase, or connect in the PoolSleuth app.'
  );
}

export function createMcpShellState(options: McpShellOptions): McpShellState {
  const state: McpShellState = {
    ...options,
    refusedQuestion: null,
    investigationListener: null,
    dispose: () => unsubscribe(),
  };
  const unsubscribe = options.core.onEvent((event, payload) => {
    if (event === 'prompt.request') {
      const request = payload as PromptRequest;
      state.refusedQuestion = refusal(request);
      const answer =
        request.kind === 'host-key'
          ? ({ kind: 'host-key', decision: 'cancel' } as const)
          : request.kind === 'keyboard-interactive'
            ? ({ kind: 'keyboard-interactive', responses: null } as const)
            : ({ kind: 'secret', value: null } as const);
      requestCore(options.core.handlers, 'prompt.answer', { promptId: request.promptId, answer }).catch(() => undefined);
    } else if (event === 'investigation.event') {
      state.investigationListener?.(payload as InvestigationEvent);
    }
  });
  return state;
}
