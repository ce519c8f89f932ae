// Requests only a desktop shell can answer (native file dialogs). The core's
// answers say "not here"; electron/main replaces them (nativeFileDialogs.ts).
import type { RequestHandlers } from './apiDispatcher';

type Handlers = Pick<RequestHandlers, 'app.capabilities' | 'dialog.openFile'>;

export function createShellCapabilityHandlers(): Handlers {
  return {
    'app.capabilities': async () => ({ nativeFileDialogs: false }),
    'dialog.openFile': async () => {
      throw new Error('Native file dialogs exist only in the desktop app; type the path instead.');
    },
  };
}
