// Requests only a desktop shell can answer (native file dialogs). The core's
// answers say "not here"; electron/main replaces them (nativeFileDialogs.ts).
// Whether secrets can be remembered depends on the core's SecretStore, which
// the shell chose when it created the core.
import type { RequestHandlers } from './apiDispatcher';

type Handlers = Pick<RequestHandlers, 'app.capabilities' | 'dialog.openFile'>;

export function createShellCapabilityHandlers(facts: { rememberSecrets(): boolean }): Handlers {
  return {
    'app.capabilities': async () => ({ nativeFileDialogs: false, rememberSecrets: facts.rememberSecrets() }),
    'dialog.openFile': async () => {
      throw new Error('Native file dialogs exist only in the desktop app; type the path instead.');
    },
  };
}
