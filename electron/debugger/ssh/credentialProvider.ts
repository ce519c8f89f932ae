// How the SSH transport obtains secrets: it asks, uses the answer for one
// authentication attempt and forgets it. The UI (or a test) implements this;
// answers may come from the user or from the SecretStore — never from a file
// the transport writes.

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

/** Every method resolves to null when the user cancels. */
export interface CredentialProvider {
  askPassword(request: CredentialRequest): Promise<string | null>;
  askPassphrase(request: CredentialRequest & { keyFile: string }): Promise<string | null>;
  answerKeyboardInteractive(request: KeyboardInteractiveRequest): Promise<string[] | null>;
}
