// One SSH connection's credentials in the app. A remembered password or key
// passphrase is tried first, without asking. What the user types is kept
// (encrypted, by the SecretStore) only when they ticked "remember" AND the
// server then accepted it — a wrong password is never saved. A remembered secret
// that is refused is forgotten at once and the user is asked again, told why.
// Keyboard-interactive answers pass straight through and are never kept.
import type { ConsoleNote } from '../contract';
import type { AuthenticationOutcome, CredentialProvider, CredentialRequest } from '../debugger/ssh/credentialProvider';
import { errorMessage } from '../investigation/stepErrors';
import { passphraseSecretId, passwordSecretId } from '../settings/secretIds';
import type { SecretStore } from '../settings/secretStore';
import type { SecretPrompts } from './secretPrompts';

export interface RememberingCredentialsOptions {
  store: SecretStore;
  prompts: SecretPrompts;
  /** A line for the user (the console, typed: contract/consoleNotes.ts): a remembered secret forgotten, or one that could not be kept. Never holds a secret. */
  notify(note: ConsoleNote): void;
}

type SecretKind = 'password' | 'passphrase';

/** The answer in use for a kind: the one the server (or the key file) judges next. */
interface CurrentAnswer {
  id: string | null;
  value: string;
  fromStore: boolean;
  remember: boolean;
}

/** Create one per connection: it holds what was answered until the server has decided. */
export function rememberingCredentials({ store, prompts, notify }: RememberingCredentialsOptions): CredentialProvider {
  const current: Record<SecretKind, CurrentAnswer | null> = { password: null, passphrase: null };
  const storeTried = new Set<string>();

  /** Whose secret it was: the account (user@host:port) or the key file, from its id. */
  const owner = (kind: SecretKind, id: string): Record<string, string> =>
    kind === 'password' ? { account: id.slice('password:'.length) } : { keyFile: id.slice('passphrase:'.length) };

  async function forgetRefused(kind: SecretKind, id: string): Promise<void> {
    try {
      await store.delete(id);
      notify({ code: kind === 'password' ? 'saved-password-forgotten' : 'saved-passphrase-forgotten', params: owner(kind, id) });
    } catch (err) {
      notify({
        code: kind === 'password' ? 'saved-password-not-forgotten' : 'saved-passphrase-not-forgotten',
        params: { ...owner(kind, id), error: errorMessage(err) },
      });
    }
  }

  async function obtain(kind: SecretKind, request: CredentialRequest, keyFile: string): Promise<string | null> {
    const id = secretIdFor(kind, request, keyFile);
    const canRemember = id !== null && store.persistent;
    const previous = current[kind];
    current[kind] = null;
    // Asked again right after a remembered secret was used: it was refused.
    const savedSecretRejected = previous !== null && previous.fromStore && previous.id !== null;
    if (savedSecretRejected) await forgetRefused(kind, previous.id!);
    if (canRemember && !storeTried.has(id)) {
      storeTried.add(id);
      const saved = await store.get(id).catch(() => null);
      if (saved !== null) {
        current[kind] = { id, value: saved, fromStore: true, remember: false };
        return saved;
      }
    }
    const base = { ...request, canRemember, savedSecretRejected };
    const reply = await prompts.askSecret(kind === 'password' ? { ...base, kind } : { ...base, kind, keyFile });
    if (!reply) return null;
    current[kind] = { id, value: reply.value, fromStore: false, remember: canRemember && reply.remember };
    return reply.value;
  }

  async function keepAccepted(kind: SecretKind, answer: CurrentAnswer | null): Promise<void> {
    if (!answer || answer.fromStore || !answer.remember || answer.id === null) return;
    try {
      await store.set(answer.id, answer.value);
    } catch (err) {
      notify({ code: kind === 'password' ? 'password-not-remembered' : 'passphrase-not-remembered', params: { error: errorMessage(err) } });
    }
  }

  return {
    askPassword: (request) => obtain('password', request, ''),
    askPassphrase: (request) => obtain('passphrase', request, request.keyFile),
    answerKeyboardInteractive: (request) => prompts.answerKeyboardInteractive(request),
    async authenticationSettled(outcome: AuthenticationOutcome): Promise<void> {
      const { password, passphrase } = current;
      current.password = current.passphrase = null;
      if (outcome === 'accepted') {
        await keepAccepted('password', password);
        await keepAccepted('passphrase', passphrase);
      } else if (outcome === 'rejected' && password?.fromStore && password.id !== null) {
        // The server hung up on a remembered password without asking again. (A remembered
        // passphrase that got this far did unlock the key: the server refused the key itself.)
        await forgetRefused('password', password.id);
      }
    },
  };
}

function secretIdFor(kind: SecretKind, request: CredentialRequest, keyFile: string): string | null {
  try {
    return kind === 'password' ? passwordSecretId(request) : passphraseSecretId(keyFile);
  } catch {
    return null; // not an account or path we can name safely: simply not offered
  }
}
