// Messages from the main process to kdsim in its utilityProcess. A utility process
// has no stdin, so commands and Ctrl+C travel over its parent port; kdsim's output
// comes back on its stdout pipe like any debugger's.
/** stdin carries text (UTF-8) or bytes already encoded for kdsim's code page (`--encoding`). */
export type KdsimPortMessage = { type: 'stdin'; data: string | Uint8Array } | { type: 'end' } | { type: 'interrupt' };

/** The port message, or null for anything else (the port is ours, but checked all the same). */
export function readKdsimPortMessage(data: unknown): KdsimPortMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as { type?: unknown; data?: unknown };
  if (message.type === 'stdin' && (typeof message.data === 'string' || message.data instanceof Uint8Array)) return { type: 'stdin', data: message.data };
  if (message.type === 'end' || message.type === 'interrupt') return { type: message.type };
  return null;
}
