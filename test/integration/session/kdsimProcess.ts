// Starts kdsim as a real child process over pipes, as the app does for the demo target.
import { DebuggerSession, type SessionObserver, type SessionOptions } from '../../../electron/debugger/debuggerSession';
import { LocalProcessTransport } from '../../../electron/debugger/localProcessTransport';
import { ownCliLauncher } from '../../../electron/service/nodeEntryPoints';

export function kdsimSession(kdsimArgs: string[], observer: SessionObserver = {}, options: SessionOptions = {}) {
  const launcher = ownCliLauncher();
  const transport = new LocalProcessTransport({
    argv: [...launcher.argvPrefix, 'kdsim', ...kdsimArgs],
    description: 'kdsim',
  });
  return new DebuggerSession(transport, observer, options);
}
