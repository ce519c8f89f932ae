// The names the preload needs from the contract: one IPC channel per request
// method, the event names and the event channel. electron.vite.config.ts
// computes this object from electron/contract at build time and inlines it
// into the preload (`__POOLSLEUTH_BRIDGE_CONTRACT__`), so the sandboxed
// preload stays a few kilobytes and carries no zod — while the contract
// remains the single source of these names.
import { eventNames, ipcChannelFor, ipcEventChannel, requestMethods } from '../contract';

export interface BridgeContract {
  /** Request method → its ipcMain.handle channel. Only these methods may be invoked. */
  requestChannels: Readonly<Record<string, string>>;
  eventNames: readonly string[];
  eventChannel: string;
}

export function describeBridgeContract(): BridgeContract {
  return {
    requestChannels: Object.fromEntries(requestMethods.map((method) => [method, ipcChannelFor(method)])),
    eventNames: [...eventNames],
    eventChannel: ipcEventChannel,
  };
}
