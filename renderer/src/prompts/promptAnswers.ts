// What the user chose in a prompt dialog, as the contract's `prompt.answer`.
// Cancelling always produces an answer too, so the core stops waiting at once.
import type { PromptAnswer, PromptRequest } from '../../../electron/contract';

export type HostKeyDecision = Extract<PromptAnswer, { kind: 'host-key' }>['decision'];

/** Whether the dialog offers "Remember" for this question (a password or passphrase the core can encrypt). */
export function offersRemember(request: PromptRequest): boolean {
  return (request.kind === 'password' || request.kind === 'passphrase') && request.canRemember;
}

export function cancelAnswerFor(request: PromptRequest): PromptAnswer {
  switch (request.kind) {
    case 'host-key':
      return { kind: 'host-key', decision: 'cancel' };
    case 'keyboard-interactive':
      return { kind: 'keyboard-interactive', responses: null };
    default:
      return { kind: 'secret', value: null, remember: false };
  }
}

/**
 * The answer for a submitted form: `values` are the text fields in order (one for secrets);
 * `remember` counts only where the question offered it.
 */
export function submitAnswerFor(request: PromptRequest, values: readonly string[], decision: HostKeyDecision = 'accept-once', remember = false): PromptAnswer {
  switch (request.kind) {
    case 'host-key':
      return { kind: 'host-key', decision };
    case 'keyboard-interactive':
      return { kind: 'keyboard-interactive', responses: request.prompts.map((_, i) => values[i] ?? '') };
    default:
      return { kind: 'secret', value: values[0] ?? '', remember: offersRemember(request) && remember };
  }
}
