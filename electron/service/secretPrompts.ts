// What the app asks the user for a password or key passphrase: the question
// (with whether "remember" can be offered) and the reply (with the user's choice).
// UserPromptBroker answers it through `prompt.request` / `prompt.answer`.
import type { CredentialRequest, KeyboardInteractiveRequest } from '../debugger/ssh/credentialProvider';

interface SecretQuestionBase extends CredentialRequest {
  /** The core can keep the answer encrypted (a persistent SecretStore). */
  canRemember: boolean;
  /** A remembered secret was refused just now and has been forgotten. */
  savedSecretRejected: boolean;
}

export type SecretQuestion = (SecretQuestionBase & { kind: 'password' }) | (SecretQuestionBase & { kind: 'passphrase'; keyFile: string });

export interface SecretReply {
  value: string;
  /** Keep it once it has worked (never true unless the question could remember). */
  remember: boolean;
}

export interface SecretPrompts {
  /** null when the user cancelled or nobody can answer. */
  askSecret(question: SecretQuestion): Promise<SecretReply | null>;
  answerKeyboardInteractive(request: KeyboardInteractiveRequest): Promise<string[] | null>;
}
