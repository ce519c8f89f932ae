// `knownHosts.list` / `knownHosts.forget`: Settings → Known hosts. Only the app's own
// list (keys accepted with "Accept and remember"); the user's ~/.ssh/known_hosts is
// read when connecting but never listed or changed here.
import { KnownHostsStore } from '../settings/knownHostsStore';
import type { RequestHandlers } from './apiDispatcher';

type Handlers = Pick<RequestHandlers, 'knownHosts.list' | 'knownHosts.forget'>;

export function createKnownHostHandlers(settingsDir: string | undefined): Handlers {
  // The same file the SSH transport remembers keys in; conf reads it afresh on each access.
  let store: KnownHostsStore | null = null;
  const hosts = () => (store ??= new KnownHostsStore({ cwd: settingsDir }));
  return {
    'knownHosts.list': async () => ({
      hosts: hosts()
        .list()
        .map(({ host, port, keyType, fingerprintSha256, addedAt }) => ({ host, port, keyType, fingerprintSha256, addedAt })),
    }),
    'knownHosts.forget': async ({ host, port }) => ({ removed: hosts().forget(host, port) }),
  };
}
