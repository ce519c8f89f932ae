// Whether the renderer can reach the core. The Electron preload is always
// reachable; the WebSocket client reports its reconnect cycle so the UI can say so.
export type BridgeConnection =
  | { status: 'connecting'; attempt: number }
  | { status: 'open' }
  | { status: 'waiting'; attempt: number; retryAt: number };

export interface ConnectionAwareBridge {
  readonly connection: BridgeConnection;
  onConnectionChange(listener: (connection: BridgeConnection) => void): () => void;
}

export function isConnectionAware(bridge: object): bridge is ConnectionAwareBridge {
  return 'onConnectionChange' in bridge && typeof (bridge as ConnectionAwareBridge).onConnectionChange === 'function';
}
