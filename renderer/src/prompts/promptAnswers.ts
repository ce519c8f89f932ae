// What the user chose in a prompt dialog, as the contract's `prompt.answer`.
// Cancelling always produces an answer too, so the core stops waiting at once.
import type { PromptAnswer, PromptRequest } from '../../../electron/contract';

export type HostKeyDecision = Extract<PromptAnswer, { kind: 'host-key' }>['decision'];

export function cancelAnswerFor(request: PromptRequest): PromptAnswer {
  switch (request.kind) {
    case 'host-key':
      return { kind: 'host-key', decision: 'cancel' };
    case 'keyboard-interactive':
      return { kind: 'keyboard-interactive', responses: null };
    default:
      return { kind: 'secret', value: null };
  }
}

/** The answer for a submitted form: `values` are the text fields in order (one for secrets). */
export function submitAnswerFor(request: PromptRequest, values: readonly string[], decision: HostKeyDecision = 'accept-once'): PromptAnswer {
  switch (request.kind) {
    case 'host-key':
      return { kind: 'host-key', decision };
    case 'keyboard-interactive':
      return { kind: 'keyboard-interactive', responses: request.prompts.map((_, i) => values[i] ?? '') };
    default:
      return { kind: 'secret', value: values[0] ?? '' };
  }
}
