// Who may call the core over IPC: only the top frame of the main window,
// showing the app's own page. Anything else (a sub-frame, another window, a
// page that somehow navigated away) is refused before its params are read.
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';

export type IpcSenderInfo = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

export function isTrustedSender(
  event: IpcSenderInfo,
  window: BrowserWindow | null,
  isAppUrl: (url: string) => boolean,
): boolean {
  if (!window || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (event.sender !== contents) return false;
  const frame = event.senderFrame;
  // senderFrame is null once the frame navigated or died: the message is stale.
  if (!frame || frame.parent !== null) return false;
  // Distinct WebFrameMain objects may describe the same frame; Electron
  // documents processId + routingId as the identity.
  const top = contents.mainFrame;
  if (frame.processId !== top.processId || frame.routingId !== top.routingId) return false;
  return isAppUrl(frame.url);
}
