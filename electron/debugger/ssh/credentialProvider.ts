// How the SSH transport obtains secrets: it asks, uses the answer for one
// authentication attempt and forgets it. The UI (or a test) implements this;
// answers may come from the user or from the SecretStore — never from a file
// the transport writes. A provider that remembers secrets learns how the
// connection's authentication ended, so it keeps only one the server accepted.

export interface CredentialRequest {
  host: string;
  port: number;
  user: string;
  /** 1 for the first question, 2+ after a wrong answer. */
  attempt: number;
}

export interface KeyboardInteractiveRequest extends CredentialRequest {
  name: string;
  instructions: string;
  prompts: Array<{ prompt: string; echo: boolean }>;
}

/**
 * How one connection's authentication ended: `accepted` (the server let us in),
 * `rejected` (the server refused what was sent and gave up), `unfinished` (cancelled,
 * host key refused, unreachable, a bad key file…: nothing was learnt about the secrets).
 */
export type AuthenticationOutcome = 'accepted' | 'rejected' | 'unfinished';

/** Every method resolves to null when the user cancels. */
export interface CredentialProvider {
  askPassword(request: CredentialRequest): Promise<string | null>;
  askPassphrase(request: CredentialRequest & { keyFile: string }): Promise<string | null>;
  answerKeyboardInteractive(request: KeyboardInteractiveRequest): Promise<string[] | null>;
  /** Optional: called once per connection, before it is handed on or its failure is thrown. Must not throw. */
  authenticationSettled?(outcome: AuthenticationOutcome): Promise<void>;
}
