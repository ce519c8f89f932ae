// `secrets.forget`: drops a remembered password (by account) or key passphrase
// (by key file, resolved as the SSH authenticator resolves it when connecting).
// `secrets.list`: what is remembered, by account or key file (Settings).
import { expandHome } from '../debugger/ssh/sshAuthenticator';
import { describeSecretId, passphraseSecretId, passwordSecretId } from '../settings/secretIds';
import type { SecretStore } from '../settings/secretStore';
import type { RequestHandlers } from './apiDispatcher';

type Handlers = Pick<RequestHandlers, 'secrets.forget' | 'secrets.list'>;

export function createSavedSecretHandlers(store: SecretStore): Handlers {
  return {
    'secrets.forget': async (params) => {
      const id = params.kind === 'password' ? passwordSecretId(params) : passphraseSecretId(expandHome(params.keyFile));
      return { removed: (await store.delete(id)) ? 1 : 0 };
    },
    'secrets.list': async () => {
      const ids = (await store.ids?.()) ?? [];
      return { entries: ids.map(describeSecretId).filter((entry) => entry !== null) };
    },
  };
}
