// Turns the SSH transport's questions (host key, password, passphrase,
// keyboard-interactive) into `prompt.request` events and waits for the UI's
// `prompt.answer`. Unanswered prompts are cancelled after a while so a
// connection never hangs forever on a closed window. Which secrets may be
// remembered is decided by rememberingCredentials.ts, one connection at a time.
import { randomBytes } from 'node:crypto';
import type { PromptAnswer, PromptRequest } from '../contract';
import type { KeyboardInteractiveRequest } from '../debugger/ssh/credentialProvider';
import type { HostKeyDecision, HostKeyPromptRequest } from '../debugger/ssh/hostKeyVerifier';
import type { SecretPrompts, SecretQuestion, SecretReply } from './secretPrompts';

type PromptQuestion = PromptRequest extends infer R ? (R extends PromptRequest ? Omit<R, 'promptId'> : never) : never;

interface Pending {
  kind: PromptRequest['kind'];
  resolve(answer: PromptAnswer | null): void;
  timer: ReturnType<typeof setTimeout>;
}

export class UserPromptBroker implements SecretPrompts {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly publish: (request: PromptRequest) => void,
    private readonly hasAudience: () => boolean,
    private readonly answerTimeoutMs = 5 * 60_000,
  ) {}

  /** Resolves null when cancelled, unanswered, or nobody can answer. */
  ask(question: PromptQuestion): Promise<PromptAnswer | null> {
    if (!this.hasAudience()) return Promise.resolve(null);
    const promptId = `p${randomBytes(8).toString('hex')}`;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.settle(promptId, null), this.answerTimeoutMs);
      this.pending.set(promptId, { kind: question.kind, resolve, timer });
      this.publish({ ...question, promptId } as PromptRequest);
    });
  }

  /** The UI's answer; refuses answers to unknown prompts or of the wrong kind. */
  answer(promptId: string, answer: PromptAnswer): void {
    const pending = this.pending.get(promptId);
    if (!pending) throw new Error('This question is no longer pending (it was answered or timed out).');
    const expected = pending.kind === 'host-key' ? 'host-key' : pending.kind === 'keyboard-interactive' ? 'keyboard-interactive' : 'secret';
    if (answer.kind !== expected) throw new Error(`Expected a ${expected} answer for this question.`);
    this.settle(promptId, answer);
  }

  /** Cancels every open question (disconnect, shutdown). */
  cancelAll(): void {
    for (const promptId of [...this.pending.keys()]) this.settle(promptId, null);
  }

  readonly hostKeyPrompt = async (request: HostKeyPromptRequest): Promise<HostKeyDecision> => {
    const answer = await this.ask({
      kind: 'host-key',
      host: request.host,
      port: request.port,
      keyType: request.keyType,
      fingerprintSha256: request.fingerprintSha256,
    });
    return answer?.kind === 'host-key' ? answer.decision : 'cancel';
  };

  /** A password or passphrase; `remember` is true only when the question offered it and the user ticked it. */
  readonly askSecret = async (question: SecretQuestion): Promise<SecretReply | null> => {
    const { kind, host, port, user, attempt, canRemember, savedSecretRejected } = question;
    const where = { host, port, user, attempt, canRemember, savedSecretRejected };
    const answer = await this.ask(kind === 'password' ? { kind, ...where } : { kind, ...where, keyFile: question.keyFile });
    if (answer?.kind !== 'secret' || answer.value === null) return null;
    return { value: answer.value, remember: canRemember && answer.remember };
  };

  /** Keyboard-interactive answers are never remembered: the question carries no such offer. */
  readonly answerKeyboardInteractive = async (request: KeyboardInteractiveRequest): Promise<string[] | null> => {
    const answer = await this.ask({
      kind: 'keyboard-interactive',
      ...pick(request),
      name: request.name,
      instructions: request.instructions,
      prompts: request.prompts,
    });
    return answer?.kind === 'keyboard-interactive' ? answer.responses : null;
  };

  private settle(promptId: string, answer: PromptAnswer | null): void {
    const pending = this.pending.get(promptId);
    if (!pending) return;
    this.pending.delete(promptId);
    clearTimeout(pending.timer);
    pending.resolve(answer);
  }
}

function pick(request: { host: string; port: number; user: string; attempt: number }) {
  return { host: request.host, port: request.port, user: request.user, attempt: request.attempt };
}

