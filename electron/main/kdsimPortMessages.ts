// Messages from the main process to kdsim in its utilityProcess. A utility process
// has no stdin, so commands and Ctrl+C travel over its parent port; kdsim's output
// comes back on its stdout pipe like any debugger's.
export type KdsimPortMessage = { type: 'stdin'; text: string } | { type: 'end' } | { type: 'interrupt' };

/** The port message, or null for anything else (the port is ours, but checked all the same). */
export function readKdsimPortMessage(data: unknown): KdsimPortMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as { type?: unknown; text?: unknown };
  if (message.type === 'stdin' && typeof message.text === 'string') return { type: 'stdin', text: message.text };
  if (message.type === 'end' || message.type === 'interrupt') return { type: message.type };
  return null;
}
