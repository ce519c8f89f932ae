// Electron IPC host of the contract: one ipcMain.handle channel per request
// method, each checking its sender and then going through the same
// dispatcher as every other shell. Core events go to the window on one channel.
import { ipcMain, type BrowserWindow } from 'electron';
import { ipcChannelFor, ipcEventChannel, requestMethods, type EventName } from '../contract';
import { dispatchRequest, type DispatchOutcome, type RequestHandlers } from '../service/apiDispatcher';
import { isTrustedSender } from './ipcSenderCheck';

/** The part of the core service the IPC host needs. */
export interface IpcCore {
  handlers: RequestHandlers;
  onEvent(listener: (event: EventName, payload: unknown) => void): () => void;
}

export interface IpcHostOptions {
  core: IpcCore;
  /** The main window, or null while there is none (e.g. macOS with all windows closed). */
  getWindow(): BrowserWindow | null;
  isAppUrl(url: string): boolean;
}

/** The message on `ipcEventChannel`; the preload unwraps it for `onEvent` listeners. */
export interface IpcEventMessage {
  event: EventName;
  payload: unknown;
}

const forbiddenSender: DispatchOutcome = {
  ok: false,
  error: { code: 'forbidden', message: 'request refused: it did not come from the PoolSleuth window' },
};

/** Registers every channel; returns a function that removes them again. */
export function registerIpcHost(options: IpcHostOptions): () => void {
  for (const method of requestMethods) {
    ipcMain.handle(ipcChannelFor(method), async (event, params: unknown): Promise<DispatchOutcome> => {
      if (!isTrustedSender(event, options.getWindow(), options.isAppUrl)) {
        console.warn(`PoolSleuth: refused ${method} from ${event.senderFrame?.url ?? 'a detached frame'}`);
        return forbiddenSender;
      }
      return dispatchRequest(options.core.handlers, method, params);
    });
  }

  const unsubscribe = options.core.onEvent((event, payload) => {
    const window = options.getWindow();
    if (!window || window.isDestroyed()) return;
    // Session data goes only to the app's own page.
    if (!options.isAppUrl(window.webContents.getURL())) return;
    const message: IpcEventMessage = { event, payload };
    window.webContents.send(ipcEventChannel, message);
  });

  return () => {
    unsubscribe();
    for (const method of requestMethods) ipcMain.removeHandler(ipcChannelFor(method));
  };
}
