// What the dialog sends and what came back: the text checked against the contract's
// limit before it travels, and the core's reply kept for the summary card.
import { pastedTextMaxChars, type PoolSleuthBridge } from '../../../electron/contract';

export interface PastedTextOutcome {
  commands: string[];
  warnings: string[];
}

export type PasteCheck = { ok: true } | { ok: false; reason: 'empty' } | { ok: false; reason: 'tooLarge'; count: number; max: number };

export function checkPastedText(text: string): PasteCheck {
  if (text.trim().length === 0) return { ok: false, reason: 'empty' };
  if (text.length > pastedTextMaxChars) return { ok: false, reason: 'tooLarge', count: text.length, max: pastedTextMaxChars };
  return { ok: true };
}

/** Opens the text as an offline replay (the core strips paste decorations and names bare output), then starts the automatic investigation. */
export async function openPastedText(bridge: PoolSleuthBridge, text: string): Promise<PastedTextOutcome> {
  const reply = await bridge.invoke('transcript.openText', { name: 'pasted text', text });
  return { commands: reply.commands, warnings: reply.warnings };
}
