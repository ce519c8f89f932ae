// Electron exposes the core as `window.poolsleuth` (preload); browser mode has no
// preload and talks to `serve` over a same-origin WebSocket instead.
import type { PoolSleuthBridge } from '../../../electron/contract';
import { validatingBridge } from './validatingBridge';
import { WebSocketBridge } from './webSocketBridge';
import { webSocketUrlFor } from './webSocketUrl';

declare global {
  interface Window {
    poolsleuth?: PoolSleuthBridge;
  }
}

export function selectBridge(win: Window = window): PoolSleuthBridge {
  const preload = win.poolsleuth;
  if (preload && typeof preload.invoke === 'function' && typeof preload.onEvent === 'function') {
    return validatingBridge(preload);
  }
  return new WebSocketBridge(webSocketUrlFor(win.location));
}
