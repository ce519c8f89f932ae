// Preload (sandboxed, bundled to out/preload/index.cjs): exposes the
// contract's bridge as `window.poolsleuth` and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';
import type { BridgeContract } from './bridgeContract';

/** Inlined by electron.vite.config.ts from describeBridgeContract(). */
declare const __POOLSLEUTH_BRIDGE_CONTRACT__: BridgeContract;

contextBridge.exposeInMainWorld('poolsleuth', createBridge(ipcRenderer, __POOLSLEUTH_BRIDGE_CONTRACT__));
