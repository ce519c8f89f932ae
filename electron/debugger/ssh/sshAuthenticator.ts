// Drives ssh2's authentication for one connection attempt with the method the
// profile names. Secrets are requested from the CredentialProvider only when
// the server asks for them — so never before the host key was accepted — and
// are not kept after being handed to ssh2.
import os from 'node:os';
import path from 'node:path';
import ssh2, { type AnyAuthMethod, type AuthenticationType, type AuthHandlerMiddleware, type KeyboardInteractiveCallback, type Prompt } from 'ssh2';

// ssh2 is CommonJS; Node's ESM loader cannot see `utils` as a named export, so read it off the default.
const { utils } = ssh2;
import type { SshAuth } from '../../contract/sessionTypes';
import type { CredentialProvider } from './credentialProvider';
import { SshConnectError } from './sshErrors';

/** The contract's SSH auth union (no secret in it: those come from the CredentialProvider). */
export type SshAuthSpec = SshAuth;

export interface SshAuthenticatorOptions {
  host: string;
  port: number;
  user: string;
  auth: SshAuthSpec;
  credentials: CredentialProvider;
  readFile(file: string): Promise<Buffer>;
  /** Agent socket (default: SSH_AUTH_SOCK; on Windows the OpenSSH agent pipe). */
  agentSocket?: string;
  /** Wraps every question to the user, so connect timeouts can pause meanwhile. */
  whilePrompting<T>(question: Promise<T>): Promise<T>;
  maxAttempts?: number;
}

export function expandHome(file: string): string {
  return file === '~' || file.startsWith('~/') || file.startsWith('~\\') ? path.join(os.homedir(), file.slice(1)) : file;
}

export class SshAuthenticator {
  /** Methods tried, in order, for the failure message ("password ×3"). */
  private readonly tried: string[] = [];
  private failure: SshConnectError | null = null;
  private readonly maxAttempts: number;

  constructor(private readonly options: SshAuthenticatorOptions) {
    this.maxAttempts = options.maxAttempts ?? 3;
  }

  get asked(): boolean {
    return this.tried.length > 0;
  }

  /** The error to report when ssh2 gives up authenticating. */
  failureError(): SshConnectError {
    if (this.failure) return this.failure;
    const { user, host, port } = this.options;
    return new SshConnectError({ code: 'ssh-auth-failed', params: { user, target: `${host}:${port}`, tried: this.triedSummary() } }, 'auth');
  }

  readonly handler: AuthHandlerMiddleware = (methodsLeft, _partialSuccess, next) => {
    this.nextMethod(methodsLeft as AuthenticationType[] | null).then(
      (method) => next(method as AnyAuthMethod),
      (err: unknown) => {
        this.failure = err instanceof SshConnectError ? err : new SshConnectError(String(err), 'auth');
        next(false as unknown as AnyAuthMethod);
      },
    );
  };

  private triedSummary(): string {
    const counts = new Map<string, number>();
    for (const m of this.tried) counts.set(m, (counts.get(m) ?? 0) + 1);
    return [...counts].map(([m, n]) => (n > 1 ? `${m} ×${n}` : m)).join(', ') || 'none';
  }

  private attemptsOf(method: string): number {
    return this.tried.filter((m) => m === method).length;
  }

  private refuseUnoffered(method: string, offered: AuthenticationType[]): never {
    const { user, host, port } = this.options;
    throw new SshConnectError(
      { code: 'ssh-auth-method-refused', params: { user, target: `${host}:${port}`, method, offered: offered.join(', ') || 'nothing', tried: this.triedSummary() } },
      'auth',
    );
  }

  private async nextMethod(methodsLeft: AuthenticationType[] | null): Promise<AnyAuthMethod | false> {
    if (this.failure) return false;
    const offered = (m: AuthenticationType) => methodsLeft === null || methodsLeft.includes(m);
    const username = this.options.user;
    const auth = this.options.auth;
    switch (auth.method) {
      case 'agent': {
        if (this.attemptsOf('agent') > 0) return false; // ssh2 already offered every agent key
        if (!offered('publickey')) this.refuseUnoffered('public keys', methodsLeft!);
        const agent = this.options.agentSocket ?? process.env.SSH_AUTH_SOCK ?? (process.platform === 'win32' ? '\\\\.\\pipe\\openssh-ssh-agent' : '');
        if (!agent) throw new SshConnectError({ code: 'ssh-no-agent' }, 'auth');
        this.tried.push('agent');
        return { type: 'agent', username, agent };
      }
      case 'key': {
        if (this.attemptsOf('publickey') > 0) return false; // the server refused this key
        if (!offered('publickey')) this.refuseUnoffered('public keys', methodsLeft!);
        const { key, passphrase } = await this.loadKey(auth.identityFile);
        this.tried.push('publickey');
        return { type: 'publickey', username, key, passphrase };
      }
      case 'password':
      case 'keyboard-interactive': {
        const kind = auth.method;
        if (this.attemptsOf(kind) >= this.maxAttempts) return false;
        if (kind === 'password' && offered('password')) {
          const password = await this.ask(() => this.options.credentials.askPassword(this.request(this.attemptsOf('password') + 1)));
          this.tried.push('password');
          return { type: 'password', username, password };
        }
        // Many servers (PAM) ask for the password through keyboard-interactive.
        if (!offered('keyboard-interactive')) this.refuseUnoffered(kind, methodsLeft!);
        const attempt = this.attemptsOf(kind) + 1;
        this.tried.push(kind);
        return { type: 'keyboard-interactive', username, prompt: (name, instructions, _lang, prompts, finish) => this.answer(kind, attempt, name, instructions, prompts, finish) };
      }
    }
  }

  private request(attempt: number) {
    const { host, port, user } = this.options;
    return { host, port, user, attempt };
  }

  private async ask<T>(question: () => Promise<T | null>): Promise<T> {
    const answer = await this.options.whilePrompting(question());
    if (answer === null) {
      const { user, host, port } = this.options;
      throw new SshConnectError({ code: 'ssh-auth-cancelled', params: { user, target: `${host}:${port}` } }, 'cancelled');
    }
    return answer;
  }

  private answer(
    kind: 'password' | 'keyboard-interactive',
    attempt: number,
    name: string,
    instructions: string,
    prompts: Prompt[],
    finish: KeyboardInteractiveCallback,
  ): void {
    const single = prompts.length === 1 && prompts[0]!.echo !== true && /password/i.test(prompts[0]!.prompt);
    const answers =
      kind === 'password' && single
        ? this.ask(() => this.options.credentials.askPassword(this.request(attempt))).then((p) => [p])
        : prompts.length === 0
          ? Promise.resolve([] as string[])
          : this.ask(() =>
              this.options.credentials.answerKeyboardInteractive({
                ...this.request(attempt),
                name,
                instructions,
                prompts: prompts.map((p) => ({ prompt: p.prompt, echo: p.echo === true })),
              }),
            );
    answers.then(finish, (err: SshConnectError) => {
      this.failure = err;
      finish([]);
    });
  }

  private async loadKey(identityFile: string): Promise<{ key: Buffer; passphrase?: string }> {
    const file = expandHome(identityFile);
    let key: Buffer;
    try {
      key = await this.options.readFile(file);
    } catch (err) {
      throw new SshConnectError({ code: 'ssh-key-file-unreadable', params: { file, error: (err as Error).message } }, 'key-file');
    }
    let parsed = utils.parseKey(key);
    let passphrase: string | undefined;
    for (let attempt = 1; parsed instanceof Error && /no passphrase given|bad passphrase/i.test(parsed.message); attempt++) {
      if (attempt > this.maxAttempts) throw new SshConnectError({ code: 'ssh-key-passphrase-wrong', params: { file, attempts: String(this.maxAttempts) } }, 'key-file');
      passphrase = await this.ask(() => this.options.credentials.askPassphrase({ ...this.request(attempt), keyFile: file }));
      parsed = utils.parseKey(key, passphrase);
    }
    const first = Array.isArray(parsed) ? parsed[0] : parsed;
    if (first instanceof Error || !first || !first.isPrivateKey()) {
      const why = first instanceof Error ? first.message : 'it holds no private key';
      throw new SshConnectError({ code: 'ssh-key-file-unusable', params: { file, why } }, 'key-file');
    }
    return { key, passphrase };
  }
}
